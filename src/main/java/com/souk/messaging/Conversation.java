package com.souk.messaging;

import java.time.Instant;

/** Messages between one buyer and one seller, about an order or, before buying, about a product. */
public record Conversation(long id, Long orderId, Long productId, long buyerId, long sellerId, Instant createdAt,
        Instant lastMessageAt) {

    public boolean hasParty(long userId) {
        return buyerId == userId || sellerId == userId;
    }
}
