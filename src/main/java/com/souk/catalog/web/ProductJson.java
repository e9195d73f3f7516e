package com.souk.catalog.web;

import com.souk.catalog.Product;
import com.souk.common.Money;
import java.util.Map;

/** A product as the API shows it; the description only on the product's own resource. */
record ProductJson(long id, String title, String description, Money price, String category, long sellerId,
        String sellerName, Double sellerRating, Double rating, int reviewCount, int stock) {

    static ProductJson summary(Product p, Map<Long, String> sellerNames) {
        return new ProductJson(p.id(), p.title(), null, p.price(), p.category(), p.sellerId(),
                sellerNames.get(p.sellerId()), null, null, 0, p.stock());
    }

    static ProductJson full(Product p, Map<Long, String> sellerNames) {
        return new ProductJson(p.id(), p.title(), p.description(), p.price(), p.category(), p.sellerId(),
                sellerNames.get(p.sellerId()), null, null, 0, p.stock());
    }
}
