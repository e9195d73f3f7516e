package com.souk.payment;

/** What the gateway answered to a charge. */
public record ChargeResult(Outcome outcome, String reference) {

    /** Approved, or the reason it was not. */
    public enum Outcome {
        APPROVED, DECLINED, INSUFFICIENT_FUNDS;
    }

    public boolean approved() {
        return outcome == Outcome.APPROVED;
    }
}
