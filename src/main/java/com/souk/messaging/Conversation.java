package com.souk.messaging;

import com.souk.common.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Messages between one buyer and one seller, about an order or, before buying, about a product (table
 * conversations). Its parties and subject never change; a message posted through {@link #post} moves the time of the
 * latest one. That time is activity bookkeeping, so the conversation has no version: both parties writing at the
 * same moment must both get their message in, and neither write depends on what the other changed.
 */
@Entity
@Table(name = "conversations")
public class Conversation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", updatable = false)
    private Long orderId;

    @Column(name = "product_id", updatable = false)
    private Long productId;

    @Column(name = "buyer_id", updatable = false)
    private long buyerId;

    @Column(name = "seller_id", updatable = false)
    private long sellerId;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "last_message_at")
    private Instant lastMessageAt;

    protected Conversation() {
    }

    /** A new conversation about the order, for {@link Conversations#start}. */
    static Conversation aboutOrder(long orderId, long buyerId, long sellerId, Instant now) {
        return between(orderId, null, buyerId, sellerId, now);
    }

    /** A new inquiry of the buyer about the product, for {@link Conversations#start}. */
    static Conversation aboutProduct(long productId, long buyerId, long sellerId, Instant now) {
        return between(null, productId, buyerId, sellerId, now);
    }

    private static Conversation between(Long orderId, Long productId, long buyerId, long sellerId, Instant now) {
        if (buyerId == sellerId) {
            throw new ConflictException("A conversation needs two parties; buyer and seller are both user " + buyerId + ".");
        }
        Conversation c = new Conversation();
        c.orderId = orderId;
        c.productId = productId;
        c.buyerId = buyerId;
        c.sellerId = sellerId;
        c.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        return c;
    }

    /** Whether this is a question before buying rather than an order's conversation. */
    public boolean isInquiry() {
        return productId != null;
    }

    public boolean hasParty(long userId) {
        return buyerId == userId || sellerId == userId;
    }

    /**
     * A new message from one of the two parties, its text exactly as written; the conversation is active as of now.
     *
     * @throws com.souk.common.FieldErrorException when the text is blank or too long
     * @throws ConflictException when the sender is not a party
     */
    Message post(long senderId, String text, Instant now) {
        String checked = MessageText.require(text);
        if (!hasParty(senderId)) {
            throw new ConflictException("Only the buyer and the seller write in conversation " + id + ".");
        }
        Instant sentAt = now.truncatedTo(ChronoUnit.MICROS);
        if (lastMessageAt == null || sentAt.isAfter(lastMessageAt)) {
            lastMessageAt = sentAt;
        }
        return new Message(this, senderId, checked, sentAt);
    }

    public long id() {
        return id;
    }

    public Long orderId() {
        return orderId;
    }

    public Long productId() {
        return productId;
    }

    public long buyerId() {
        return buyerId;
    }

    public long sellerId() {
        return sellerId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When the latest message was written; null while nobody has. */
    public Instant lastMessageAt() {
        return lastMessageAt;
    }
}
