package com.souk.ordering;

import com.souk.common.SqlTimes;
import com.souk.common.ConflictException;
import com.souk.common.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The orders and their items. Saving checks the version, so two writers of one order never both win. */
@Repository
public class Orders {

    private final JdbcClient jdbc;

    Orders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long buyerId, long sellerId, Money total, String category, String token, String last4,
            ShippingAddress a, List<OrderItem> items, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into orders (buyer_id, seller_id, status, currency, total_minor, category, payment_token,
                  card_last4, ship_name, ship_line1, ship_city, ship_postal_code, ship_country, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(buyerId, sellerId, OrderStatus.PLACED.name(), total.currency(), total.amountMinor(), category,
                        token, last4, a.name(), a.line1(), a.city(), a.postalCode(), a.country(), SqlTimes.utc(now))
                .update(key, "id");
        long id = key.getKey().longValue();
        for (int i = 0; i < items.size(); i++) {
            OrderItem item = items.get(i);
            jdbc.sql("""
                    insert into order_items (order_id, line_no, product_id, title, category, unit_price_minor, quantity)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, i + 1, item.productId(), item.title(), item.category(),
                            item.unitPrice().amountMinor(), item.quantity())
                    .update();
        }
        return id;
    }

    public Optional<Order> byId(long id) {
        return jdbc.sql("select * from orders where id = ?").param(id).query(this::map).optional();
    }

    /** Newest first. */
    public List<Order> ofBuyer(long buyerId, int page, int size) {
        return jdbc.sql("select * from orders where buyer_id = ? order by id desc limit ? offset ?")
                .params(buyerId, size, (long) page * size).query(this::map).list();
    }

    /** Newest first. */
    public List<Order> ofSeller(long sellerId, int page, int size) {
        return jdbc.sql("select * from orders where seller_id = ? order by id desc limit ? offset ?")
                .params(sellerId, size, (long) page * size).query(this::map).list();
    }

    /** Orders waiting for shipment first, the one due soonest on top; then all others, newest first. */
    public List<Order> ofSellerToShipFirst(long sellerId, int page, int size) {
        return jdbc.sql("""
                select * from orders where seller_id = ?
                order by case when status = 'AWAITING_SHIPMENT' then 0 else 1 end,
                  case when status = 'AWAITING_SHIPMENT' then ship_by_at end, id desc
                limit ? offset ?""")
                .params(sellerId, size, (long) page * size).query(this::map).list();
    }

    public long countOfSeller(long sellerId) {
        return jdbc.sql("select count(*) from orders where seller_id = ?").param(sellerId).query(Long.class).single();
    }

    /** Ids of all of the seller's orders, e.g. to total their ledger postings. */
    public List<Long> idsOfSeller(long sellerId) {
        return jdbc.sql("select id from orders where seller_id = ? order by id").param(sellerId).query(Long.class).list();
    }

    void save(Order o) {
        int updated = jdbc.sql("""
                update orders set status = ?, commission_minor = ?, refunded_minor = ?, commission_bps = ?,
                  ship_by_period = ?, protection_period = ?, ship_by_at = ?, auto_confirm_at = ?, dispute_id = ?,
                  version = version + 1
                where id = ? and version = ?""")
                .params(o.status().name(), o.commission() == null ? null : o.commission().amountMinor(),
                        o.refunded().amountMinor(), o.commissionBps(), o.shipByPeriod(), o.protectionPeriod(),
                        SqlTimes.utc(o.shipByAt()), SqlTimes.utc(o.autoConfirmAt()), o.disputeId(), o.id(), o.version())
                .update();
        if (updated == 0) {
            throw new ConflictException("Order " + o.id() + " changed at the same moment; please try again.");
        }
    }

    private Order map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        String currency = rs.getString("currency");
        Money commission = rs.getObject("commission_minor") == null ? null
                : Money.of(rs.getLong("commission_minor"), currency);
        Integer bps = rs.getObject("commission_bps") == null ? null : rs.getInt("commission_bps");
        return new Order(id, rs.getLong("buyer_id"), rs.getLong("seller_id"), OrderStatus.valueOf(rs.getString("status")),
                Money.of(rs.getLong("total_minor"), currency),
                commission,
                Money.of(rs.getLong("refunded_minor"), currency), bps, rs.getString("ship_by_period"),
                rs.getString("protection_period"), SqlTimes.instant(rs, "ship_by_at"), SqlTimes.instant(rs, "auto_confirm_at"),
                rs.getString("payment_token"), rs.getString("card_last4"),
                new ShippingAddress(rs.getString("ship_name"), rs.getString("ship_line1"), rs.getString("ship_city"),
                        rs.getString("ship_postal_code"), rs.getString("ship_country")),
                SqlTimes.instant(rs, "created_at"), rs.getInt("version"), items(id),
                rs.getObject("dispute_id") == null ? null : rs.getLong("dispute_id"));
    }

    private List<OrderItem> items(long orderId) {
        return jdbc.sql("select * from order_items o join orders x on x.id = o.order_id where o.order_id = ? order by line_no")
                .param(orderId)
                .query((rs, n) -> new OrderItem(rs.getLong("product_id"), rs.getString("title"), rs.getString("category"),
                        Money.of(rs.getLong("unit_price_minor"), rs.getString("currency")), rs.getInt("quantity")))
                .list();
    }
}
