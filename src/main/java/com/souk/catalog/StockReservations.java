package com.souk.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes stock out of sale for an order and gives it back; both are safe to repeat for the same order.
 *
 * <p>Kept on JdbcClient: many orders reserve the same product at once, and {@code stock = stock - ?} computed by the
 * database on a locked row is what keeps them from overselling; loading each product as an entity to subtract in
 * Java would turn every such race into a version conflict and a retried job. Every statement here that changes a
 * products row also raises its {@code version}: {@link Product} is versioned, and a seller's edit loaded before the
 * reservation must then fail rather than write back the stock it read, which would hand the reserved units out again.
 * It reads no {@link Product} entity: one loaded earlier in the same transaction would not see the new stock (no
 * purchase step holds one).
 */
@Service
public class StockReservations {

    private final JdbcClient jdbc;

    StockReservations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One product and how many of it. */
    public record Line(long productId, int quantity) {
    }

    private record Available(long id, String title, int stock) {
    }

    /**
     * Reserves every line or none and answers what is short. A shortage is an answer, not an exception:
     * the caller commits it as a process path, so nothing may be half reserved and nothing marked for rollback.
     * The rows are locked in id order first, so that two orders of the same products queue up instead of
     * deadlocking, and every line is checked before any stock moves.
     */
    @Transactional
    public Optional<String> reserve(long orderId, List<Line> lines) {
        if (alreadyReserved(orderId)) {
            return Optional.empty();
        }
        Map<Long, Integer> wanted = new TreeMap<>();
        lines.forEach(l -> wanted.merge(l.productId(), l.quantity(), Integer::sum));
        List<Available> locked = jdbc.sql("select id, title, stock from products where id in (:ids) order by id for update")
                .param("ids", wanted.keySet())
                .query((rs, n) -> new Available(rs.getLong("id"), rs.getString("title"), rs.getInt("stock"))).list();
        for (Map.Entry<Long, Integer> line : wanted.entrySet()) {
            Optional<Available> product = locked.stream().filter(p -> p.id() == line.getKey()).findFirst();
            if (product.isEmpty()) {
                return Optional.of("product " + line.getKey() + " no longer exists");
            }
            if (product.get().stock() < line.getValue()) {
                return Optional.of("only " + product.get().stock() + " of '" + product.get().title() + "' left, "
                        + line.getValue() + " ordered");
            }
        }
        wanted.forEach((productId, quantity) -> {
            int taken = jdbc.sql("""
                    update products set stock = stock - ?, version = version + 1 where id = ? and stock >= ?""")
                    .params(quantity, productId, quantity).update();
            if (taken != 1) {
                // The row is locked and was checked above; this would mean the lock did not hold.
                throw new IllegalStateException("stock of product " + productId + " moved under its lock");
            }
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
            jdbc.sql("update products set stock = stock + ?, version = version + 1 where id = ?")
                    .params(line.quantity(), line.productId()).update();
        }
        jdbc.sql("update stock_reservations set released = true where order_id = ?").param(orderId).update();
    }

    private boolean alreadyReserved(long orderId) {
        return jdbc.sql("select count(*) from stock_reservations where order_id = ?").param(orderId)
                .query(Long.class).single() > 0;
    }
}
