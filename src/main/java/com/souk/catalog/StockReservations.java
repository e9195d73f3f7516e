package com.souk.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Takes stock out of sale for an order and gives it back; both are safe to repeat for the same order. */
@Service
public class StockReservations {

    private final JdbcClient jdbc;
    private final Products products;

    StockReservations(JdbcClient jdbc, Products products) {
        this.jdbc = jdbc;
        this.products = products;
    }

    /** One product and how many of it. */
    public record Line(long productId, int quantity) {
    }

    /**
     * Reserves every line or none and answers what is short. A shortage is an answer, not an exception:
     * the caller commits it as a process path, so nothing may be half reserved and nothing marked for rollback.
     */
    @Transactional
    public Optional<String> reserve(long orderId, List<Line> lines) {
        if (alreadyReserved(orderId)) {
            return Optional.empty();
        }
        Map<Long, Integer> wanted = new TreeMap<>();
        lines.forEach(l -> wanted.merge(l.productId(), l.quantity(), Integer::sum));
        List<Product> locked = products.lockForUpdate(wanted.keySet());
        for (Map.Entry<Long, Integer> line : wanted.entrySet()) {
            Optional<Product> product = locked.stream().filter(p -> p.id() == line.getKey()).findFirst();
            if (product.isEmpty()) {
                return Optional.of("product " + line.getKey() + " no longer exists");
            }
            if (product.get().stock() < line.getValue()) {
                return Optional.of("only " + product.get().stock() + " of '" + product.get().title() + "' left, "
                        + line.getValue() + " ordered");
            }
        }
        wanted.forEach((productId, quantity) -> {
            products.changeStock(productId, -quantity);
            jdbc.sql("insert into stock_reservations (order_id, product_id, quantity) values (?, ?, ?)")
                    .params(orderId, productId, quantity).update();
        });
        return Optional.empty();
    }

    /** Returns the order's reserved stock to sale; a second call finds nothing left to release. */
    @Transactional
    public void release(long orderId) {
        List<Line> open = jdbc.sql("""
                select product_id, quantity from stock_reservations
                where order_id = ? and released = false order by product_id for update""")
                .param(orderId).query((rs, n) -> new Line(rs.getLong(1), rs.getInt(2))).list();
        for (Line line : open) {
            products.changeStock(line.productId(), line.quantity());
        }
        jdbc.sql("update stock_reservations set released = true where order_id = ?").param(orderId).update();
    }

    private boolean alreadyReserved(long orderId) {
        return jdbc.sql("select count(*) from stock_reservations where order_id = ?").param(orderId)
                .query(Long.class).single() > 0;
    }
}
