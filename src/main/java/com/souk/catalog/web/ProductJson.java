package com.souk.catalog.web;

import com.souk.catalog.Product;
import com.souk.catalog.Rating;
import com.souk.common.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * A product as the API shows it; the description only on the product's own resource. {@code rating} and
 * {@code sellerRating} are plain averages of 1 to 5 stars (absent while nobody has rated), to two decimals.
 */
record ProductJson(long id, String title, String description, Money price, String category, long sellerId,
        String sellerName, Double sellerRating, Double rating, long reviewCount, int stock) {

    /** What the list and the single product need besides the products themselves. */
    record Context(Map<Long, String> sellerNames, Map<Long, Rating> productRatings, Map<Long, Rating> sellerRatings) {
    }

    static ProductJson summary(Product p, Context c) {
        return of(p, null, c);
    }

    static ProductJson full(Product p, Context c) {
        return of(p, p.description(), c);
    }

    private static ProductJson of(Product p, String description, Context c) {
        Rating rating = c.productRatings().getOrDefault(p.id(), Rating.NONE);
        Rating seller = c.sellerRatings().getOrDefault(p.sellerId(), Rating.NONE);
        return new ProductJson(p.id(), p.title(), description, p.price(), p.category(), p.sellerId(),
                c.sellerNames().get(p.sellerId()), twoDecimals(seller.average()), twoDecimals(rating.average()),
                rating.count(), p.stock());
    }

    private static Double twoDecimals(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
