package com.souk.protection;

/** Where a dispute stands. */
public enum DisputeStatus {
    AWAITING_SELLER, AWAITING_BUYER, IN_REVIEW, SETTLED
}
