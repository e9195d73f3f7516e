package com.souk.reviews;

import java.time.Instant;

/** The buyer of a completed order is asked for a review, which is taken until {@code reviewBy}. */
public record Invitation(long orderId, long buyerId, long sellerId, Instant invitedAt, Instant reviewBy) {

    public boolean openAt(Instant now) {
        return !now.isAfter(reviewBy);
    }
}
