package com.souk.catalog;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rating aggregates of products and sellers, kept beside the products so that search ranks by them in one
 * query. Each rating adds to a sum and a count as it comes in; nothing is recounted when a page is shown.
 * The reviews module decides what counts as a rating and is the one that adds them.
 *
 * <p>Kept on JdbcClient: a rating is two counters moved by one {@code update ... set x = x + ?} statement, so two
 * ratings arriving at once both count without a lock or a retry; as a versioned entity one of them would fail.
 * The counters sit in their own tables, not on the products row, so rating never touches a product's version.
 */
@Service
public class Ratings {

    private final JdbcClient jdbc;

    Ratings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds one rating to each of the products; a product named twice is rated once. */
    @Transactional
    public void rateProducts(Collection<Long> productIds, int stars) {
        Rating.requireStars(stars);
        for (long productId : new LinkedHashSet<>(productIds)) {
            add("product_ratings", "product_id", productId, stars);
        }
    }

    @Transactional
    public void rateSeller(long sellerId, int stars) {
        Rating.requireStars(stars);
        add("seller_ratings", "seller_id", sellerId, stars);
    }

    public Rating ofProduct(long productId) {
        return ofProducts(List.of(productId)).getOrDefault(productId, Rating.NONE);
    }

    /** Ratings by product id; products nobody rated are missing from the map. */
    public Map<Long, Rating> ofProducts(Collection<Long> productIds) {
        return read("product_ratings", "product_id", productIds);
    }

    public Rating ofSeller(long sellerId) {
        return ofSellers(List.of(sellerId)).getOrDefault(sellerId, Rating.NONE);
    }

    /** Ratings by seller id; sellers nobody rated are missing from the map. */
    public Map<Long, Rating> ofSellers(Collection<Long> sellerIds) {
        return read("seller_ratings", "seller_id", sellerIds);
    }

    // One statement per change, so two ratings arriving at once both count; the insert only makes sure the row exists.
    private void add(String table, String key, long id, int stars) {
        jdbc.sql("insert into " + table + " (" + key + ", rating_sum, rating_count) values (?, 0, 0) on conflict do nothing")
                .param(id).update();
        jdbc.sql("update " + table + " set rating_sum = rating_sum + ?, rating_count = rating_count + 1 where " + key
                + " = ?").params(stars, id).update();
    }

    private Map<Long, Rating> read(String table, String key, Collection<Long> ids) {
        Map<Long, Rating> ratings = new HashMap<>();
        if (ids.isEmpty()) {
            return ratings;
        }
        jdbc.sql("select " + key + ", rating_sum, rating_count from " + table + " where " + key + " in (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    ratings.put(rs.getLong(1), new Rating(rs.getLong(2), rs.getLong(3)));
                });
        ratings.values().removeIf(r -> r.count() == 0);
        return ratings;
    }
}
