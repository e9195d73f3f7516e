package com.souk.reviews;

import java.time.Instant;

/** A buyer's verdict on one completed order: stars for its products and for its seller, and optional words. */
public record Review(long id, long orderId, long buyerId, long sellerId, int productRating, int sellerRating,
        String text, Instant createdAt) {
}
