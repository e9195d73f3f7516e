package com.souk.protection;

import com.souk.catalog.Ratings;
import org.springframework.stereotype.Component;

/**
 * The seller's rating as dispute triage sees it: the plain average that buyers see, which counts reviews and
 * refunded disputes alike. A seller nobody has rated has none, and triage's rules treat that as unknown, not bad.
 */
@Component
class SellerStanding {

    private final Ratings ratings;

    SellerStanding(Ratings ratings) {
        this.ratings = ratings;
    }

    Double rating(long sellerId) {
        return ratings.ofSeller(sellerId).average();
    }
}
