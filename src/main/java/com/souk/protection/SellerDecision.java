package com.souk.protection;

/** The seller's answer to a dispute. */
public enum SellerDecision {
    ACCEPT_REFUND, OFFER_PARTIAL, CONTEST
}
