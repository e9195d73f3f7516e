package com.souk.protection.web;

import com.souk.protection.SellerDecision;
import java.math.BigDecimal;

/** The seller's answer to a dispute as typed into the page; the amount stays text until it is checked. */
public class SellerResponseForm {

    static final String AMOUNT_PATTERN = "\\d{1,7}([.,]\\d{1,2})?";
    static final int MAX_MESSAGE = 2000;

    private String decision;
    private String partialRefund;
    private String message;
    private boolean confirmed;

    /** The offered amount in minor units, only for an offer; call only once it has passed validation. */
    public Long partialMinor() {
        return decision() != SellerDecision.OFFER_PARTIAL || partialRefund == null || partialRefund.isBlank() ? null
                : new BigDecimal(partialRefund.trim().replace(',', '.')).movePointRight(2).longValueExact();
    }

    /** The chosen answer, or null when none (or something unknown) was sent. */
    SellerDecision decision() {
        for (SellerDecision known : SellerDecision.values()) {
            if (known.name().equals(decision)) {
                return known;
            }
        }
        return null;
    }

    /** Accepting the refund and offering part of it give money back: the seller confirms those first. */
    boolean needsConfirmation() {
        return decision() == SellerDecision.ACCEPT_REFUND || decision() == SellerDecision.OFFER_PARTIAL;
    }

    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
    public String getPartialRefund() { return partialRefund; }
    public void setPartialRefund(String partialRefund) { this.partialRefund = partialRefund; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public boolean isConfirmed() { return confirmed; }
    public void setConfirmed(boolean confirmed) { this.confirmed = confirmed; }
}
