package com.souk.reviews;

import com.souk.common.SqlTimes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The reviews and the products each one covers. */
@Repository
public class Reviews {

    private final JdbcClient jdbc;

    Reviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the order already has a review */
    long insert(long orderId, long buyerId, long sellerId, int productRating, int sellerRating, String text,
            Collection<Long> productIds, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into reviews (order_id, buyer_id, seller_id, product_rating, seller_rating, body, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(orderId, buyerId, sellerId, productRating, sellerRating, text, SqlTimes.utc(now))
                .update(key, "id");
        long id = key.getKey().longValue();
        productIds.forEach(productId -> jdbc.sql("insert into review_products (product_id, review_id) values (?, ?)")
                .params(productId, id).update());
        return id;
    }

    public Optional<Review> byOrder(long orderId) {
        return jdbc.sql("select * from reviews where order_id = ?").param(orderId).query(Reviews::map).optional();
    }

    /** Newest first. */
    public List<Review> ofProduct(long productId, int page, int size) {
        return jdbc.sql("""
                select r.* from reviews r join review_products p on p.review_id = r.id where p.product_id = ?
                order by r.created_at desc, r.id desc limit ? offset ?""")
                .params(productId, size, (long) page * size).query(Reviews::map).list();
    }

    public long countOfProduct(long productId) {
        return jdbc.sql("select count(*) from review_products where product_id = ?").param(productId)
                .query(Long.class).single();
    }

    private static Review map(ResultSet rs, int row) throws SQLException {
        return new Review(rs.getLong("id"), rs.getLong("order_id"), rs.getLong("buyer_id"), rs.getLong("seller_id"),
                rs.getInt("product_rating"), rs.getInt("seller_rating"), rs.getString("body"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
