package com.souk.payment;

/** The gateway's reference to a card, safe to keep on an order; only the last four digits are shown. */
public record CardToken(String token, String last4) {
}
