package com.souk.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The conversations: one per order, and one per buyer and product for questions before buying. Their messages are
 * {@link Messages}; how far each party has read, and so what is unread, is {@link ConversationReads}.
 */
public interface Conversations extends Repository<Conversation, Long> {

    Optional<Conversation> findById(long id);

    default Optional<Conversation> byId(long id) {
        return findById(id);
    }

    @Query("select c from Conversation c where c.orderId = :orderId")
    Optional<Conversation> findByOrderId(long orderId);

    default Optional<Conversation> ofOrder(long orderId) {
        return findByOrderId(orderId);
    }

    @Query("select c from Conversation c where c.productId = :productId and c.buyerId = :buyerId")
    Optional<Conversation> findByProductIdAndBuyerId(long productId, long buyerId);

    default Optional<Conversation> inquiry(long productId, long buyerId) {
        return findByProductIdAndBuyerId(productId, buyerId);
    }

    /**
     * Stores the new conversation unless the order's, or the buyer's about the product, is there already, and
     * answers the stored one: two parties starting it at once get the same conversation, and neither fails.
     */
    default Conversation start(Conversation fresh) {
        if (fresh.isInquiry()) {
            insertInquiryIfAbsent(fresh.productId(), fresh.buyerId(), fresh.sellerId(), fresh.createdAt());
            return inquiry(fresh.productId(), fresh.buyerId()).orElseThrow();
        }
        insertForOrderIfAbsent(fresh.orderId(), fresh.buyerId(), fresh.sellerId(), fresh.createdAt());
        return ofOrder(fresh.orderId()).orElseThrow();
    }

    // Native SQL for the one thing JPA has no words for: an insert that yields to a concurrent one on a unique key
    // without failing the transaction.
    @Modifying
    @Query(value = """
            insert into conversations (order_id, buyer_id, seller_id, created_at)
            values (:orderId, :buyerId, :sellerId, :createdAt) on conflict do nothing""", nativeQuery = true)
    void insertForOrderIfAbsent(long orderId, long buyerId, long sellerId, Instant createdAt);

    @Modifying
    @Query(value = """
            insert into conversations (product_id, buyer_id, seller_id, created_at)
            values (:productId, :buyerId, :sellerId, :createdAt) on conflict do nothing""", nativeQuery = true)
    void insertInquiryIfAbsent(long productId, long buyerId, long sellerId, Instant createdAt);

    /** Inquiries the user is a party to, most recently active first. */
    @Query("""
            select c from Conversation c where c.productId is not null and (c.buyerId = :userId or c.sellerId = :userId)
            order by c.lastMessageAt desc, c.id desc""")
    List<Conversation> inquiriesOf(long userId);

    @Query("""
            select c from Conversation c where c.buyerId = :userId or c.sellerId = :userId
            order by c.lastMessageAt desc nulls last, c.id desc""")
    List<Conversation> findOfUser(long userId, Pageable page);

    /** The user's conversations of either kind, most recently active first, those without a message last. */
    default List<Conversation> ofUser(long userId, int page, int size) {
        return findOfUser(userId, Pageable.ofSize(size).withPage(page));
    }

    @Query("select count(c) from Conversation c where c.buyerId = :userId or c.sellerId = :userId")
    long countOf(long userId);
}
