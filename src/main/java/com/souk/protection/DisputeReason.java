package com.souk.protection;

/** Why the buyer disputes the order. */
public enum DisputeReason {
    NOT_RECEIVED("Not received"),
    NOT_AS_DESCRIBED("Not as described");

    private final String words;

    DisputeReason(String words) {
        this.words = words;
    }

    /** The reason as the order's timeline and the seller's and agent's pages say it. */
    public String words() {
        return words;
    }
}
