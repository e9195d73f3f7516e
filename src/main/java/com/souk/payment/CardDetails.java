package com.souk.payment;

/** A card as the buyer typed it; it goes straight to the gateway and is never stored by Souk. */
public record CardDetails(String number, String expiry, String cvc) {

    @Override
    public String toString() {
        return "CardDetails[****]";
    }
}
