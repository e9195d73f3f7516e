package com.souk.catalog;

import com.souk.common.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The product table: listings, lookups and the search query. */
@Repository
public class Products {

    private final JdbcClient jdbc;

    Products(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Product> byId(long id) {
        return jdbc.sql("select * from products where id = ?").param(id).query(Products::map).optional();
    }

    public List<Product> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from products where id in (:ids) order by id").param("ids", ids)
                .query(Products::map).list();
    }

    /** A seller's own listings, newest first. */
    public List<Product> ofSeller(long sellerId, int page, int size) {
        return jdbc.sql("select * from products where seller_id = ? order by id desc limit ? offset ?")
                .params(sellerId, size, (long) page * size).query(Products::map).list();
    }

    public long countOfSeller(long sellerId) {
        return jdbc.sql("select count(*) from products where seller_id = ?").param(sellerId).query(Long.class).single();
    }

    /** Locks the rows so that two reservations of the same product queue up instead of overselling. */
    List<Product> lockForUpdate(Collection<Long> ids) {
        return jdbc.sql("select * from products where id in (:ids) order by id for update").param("ids", ids)
                .query(Products::map).list();
    }

    long insert(long sellerId, String title, String description, String category, Money price, int stock,
            Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into products (seller_id, title, description, category, price_minor, currency, stock, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(sellerId, title, description, category, price.amountMinor(), price.currency(), stock,
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update(key, "id");
        return key.getKey().longValue();
    }

    void update(Product p) {
        jdbc.sql("update products set description = ?, price_minor = ?, stock = ? where id = ?")
                .params(p.description(), p.price().amountMinor(), p.stock(), p.id()).update();
    }

    void changeStock(long productId, int delta) {
        jdbc.sql("update products set stock = stock + ? where id = ?").params(delta, productId).update();
    }

    boolean existsWithTitle(long sellerId, String title) {
        return jdbc.sql("select count(*) from products where seller_id = ? and title = ?").params(sellerId, title)
                .query(Long.class).single() > 0;
    }

    static Product map(ResultSet rs, int row) throws SQLException {
        return new Product(rs.getLong("id"), rs.getLong("seller_id"), rs.getString("title"),
                rs.getString("description"), rs.getString("category"),
                Money.of(rs.getLong("price_minor"), rs.getString("currency")), rs.getInt("stock"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
