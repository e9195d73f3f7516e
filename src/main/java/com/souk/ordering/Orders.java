package com.souk.ordering;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The orders, each loaded whole with its items (its timeline on first use); saving checks the version. */
public interface Orders extends Repository<Order, Long> {

    Order save(Order order);

    Optional<Order> findById(long id);

    default Optional<Order> byId(long id) {
        return findById(id);
    }

    @Query("select o from Order o where o.buyerId = :buyerId order by o.id desc")
    List<Order> findByBuyerIdOrderByIdDesc(long buyerId, Pageable page);

    /** Newest first. */
    default List<Order> ofBuyer(long buyerId, int page, int size) {
        return findByBuyerIdOrderByIdDesc(buyerId, Pageable.ofSize(size).withPage(page));
    }

    @Query("select o from Order o where o.sellerId = :sellerId order by o.id desc")
    List<Order> findBySellerIdOrderByIdDesc(long sellerId, Pageable page);

    /** Newest first. */
    default List<Order> ofSeller(long sellerId, int page, int size) {
        return findBySellerIdOrderByIdDesc(sellerId, Pageable.ofSize(size).withPage(page));
    }

    /** Orders waiting for shipment first, the one due soonest on top; then all others, newest first. */
    @Query("""
            select o from Order o where o.sellerId = :sellerId
            order by case when o.status = com.souk.ordering.OrderStatus.AWAITING_SHIPMENT then 0 else 1 end,
              case when o.status = com.souk.ordering.OrderStatus.AWAITING_SHIPMENT then o.shipByAt end, o.id desc""")
    List<Order> toShipFirst(long sellerId, Pageable page);

    default List<Order> ofSellerToShipFirst(long sellerId, int page, int size) {
        return toShipFirst(sellerId, Pageable.ofSize(size).withPage(page));
    }

    @Query("select count(o) from Order o where o.sellerId = :sellerId")
    long countBySellerId(long sellerId);

    default long countOfSeller(long sellerId) {
        return countBySellerId(sellerId);
    }

    @Query("select count(o) from Order o where o.sellerId = :sellerId and o.finishedAt >= :since")
    long countBySellerIdAndFinishedAtGreaterThanEqual(long sellerId, java.time.Instant since);

    /** The seller's orders completed, refunded or partly refunded at or after the instant. */
    default long finishedOfSellerSince(long sellerId, java.time.Instant since) {
        return countBySellerIdAndFinishedAtGreaterThanEqual(sellerId, since);
    }

    /** Ids of all of the seller's orders, e.g. to total their ledger postings. */
    @Query("select o.id from Order o where o.sellerId = :sellerId order by o.id")
    List<Long> idsOfSeller(long sellerId);
}
