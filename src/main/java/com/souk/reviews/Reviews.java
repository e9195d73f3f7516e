package com.souk.reviews;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The reviews and the products each one covers; at most one review per order. */
public interface Reviews extends Repository<Review, Long> {

    /** @throws org.springframework.dao.DataIntegrityViolationException when the order already has a review */
    Review save(Review review);

    @Query("select r from Review r where r.orderId = :orderId")
    Optional<Review> findByOrderId(long orderId);

    default Optional<Review> byOrder(long orderId) {
        return findByOrderId(orderId);
    }

    @Query("""
            select r from Review r join r.productIds product where product = :productId
            order by r.createdAt desc, r.id desc""")
    List<Review> findOfProduct(long productId, Pageable page);

    /** Newest first. */
    default List<Review> ofProduct(long productId, int page, int size) {
        return findOfProduct(productId, Pageable.ofSize(size).withPage(page));
    }

    @Query("select count(r) from Review r join r.productIds product where product = :productId")
    long countOfProduct(long productId);
}
