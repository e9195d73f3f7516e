package com.souk.reviews.web;

import com.souk.reviews.Review;
import java.time.Instant;

/** A review as the API shows it; the order id only to the order's own parties, never on a product's page. */
record ReviewJson(long id, Long orderId, String reviewerName, int productRating, int sellerRating, String text,
        Instant createdAt) {

    static ReviewJson ofOrder(Review r, String reviewerName) {
        return new ReviewJson(r.id(), r.orderId(), reviewerName, r.productRating(), r.sellerRating(), r.text(),
                r.createdAt());
    }

    static ReviewJson onProduct(Review r, String reviewerName) {
        return new ReviewJson(r.id(), null, reviewerName, r.productRating(), r.sellerRating(), r.text(),
                r.createdAt());
    }
}
