package com.souk.ordering;

import com.souk.common.Money;
import com.souk.common.SqlTimes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Past purchases as rule simulations replay them: the variables each purchase process was started with, and what
 * then happened to the order (the terms it got, its deadlines, shipment and refunds). Kept on JdbcClient: a read
 * model over thousands of orders joined with their shipments, events and extensions in one query; loading each order
 * as an aggregate would cost a query per order and change nothing.
 */
@Repository
public class PurchaseCases {

    /** The variables every purchase process starts with, so every past order has them. */
    public static final Set<String> VARIABLES = Set.of(PurchaseProcess.VAR_ORDER_ID, PurchaseProcess.VAR_BUYER_ID,
            PurchaseProcess.VAR_SELLER_ID, PurchaseProcess.VAR_AMOUNT, PurchaseProcess.VAR_CURRENCY,
            PurchaseProcess.VAR_CATEGORY);

    private static final int BATCH = 500;

    private static final String SELECT = """
            select o.id, o.buyer_id, o.seller_id, o.status, o.currency, o.total_minor, o.refunded_minor, o.category,
              o.commission_bps, o.ship_by_period, o.protection_period, o.ship_by_at, o.auto_confirm_at, o.created_at,
              s.shipped_at,
              (select min(e.at) from order_events e where e.order_id = o.id and e.event = 'PAYMENT_HELD')
                as payment_held_at,
              coalesce((select sum(x.days) from protection_extensions x
                        where x.order_id = o.id and x.approved_at is not null), 0) as extension_days
            from orders o left join shipments s on s.order_id = o.id
            """;

    private final JdbcClient jdbc;

    PurchaseCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One past order. {@code variables} are exactly those its process started with; {@code commissionBps},
     * {@code shipByPeriod} and {@code protectionPeriod} are the terms the rules gave it when its payment was held
     * (null before). The ship-by deadline ran from {@code paymentHeldAt}; auto-confirmation falls at
     * {@code shippedAt} plus the protection period plus the {@code extensionDays} the seller approved.
     */
    public record PurchaseCase(long orderId, Map<String, Object> variables, OrderStatus status, String category,
            Money total, Money refunded, Integer commissionBps, String shipByPeriod, String protectionPeriod,
            Instant createdAt, Instant paymentHeldAt, Instant shipByAt, Instant shippedAt, Instant autoConfirmAt,
            int extensionDays) {

        public PurchaseCase {
            variables = Collections.unmodifiableMap(variables);
        }

        /** Whether the payment was held, so the decisions before it (ship-by, protection, commission) ran. */
        public boolean paymentHeld() {
            return commissionBps != null;
        }

        /** What the seller's payout and the commission are computed from: what stays in escrow after refunds. */
        public Money payoutBase() {
            return total.minus(refunded);
        }
    }

    /** Orders placed at or after the instant (every order when null), newest first. */
    public List<PurchaseCase> placedSince(Instant since) {
        if (since == null) {
            return jdbc.sql(SELECT + " order by o.created_at desc, o.id desc").query(PurchaseCases::map).list();
        }
        return jdbc.sql(SELECT + " where o.created_at >= ? order by o.created_at desc, o.id desc")
                .param(SqlTimes.utc(since)).query(PurchaseCases::map).list();
    }

    /** The orders with these ids, in no particular order; ids without an order are left out. */
    public List<PurchaseCase> withIds(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<PurchaseCase> cases = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += BATCH) {
            List<Long> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            String marks = String.join(", ", Collections.nCopies(batch.size(), "?"));
            cases.addAll(jdbc.sql(SELECT + " where o.id in (" + marks + ")").params(batch.toArray())
                    .query(PurchaseCases::map).list());
        }
        return cases;
    }

    private static PurchaseCase map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        String currency = rs.getString("currency");
        Money total = Money.of(rs.getLong("total_minor"), currency);
        String category = rs.getString("category");
        return new PurchaseCase(id,
                PlaceOrder.startVariables(id, rs.getLong("buyer_id"), rs.getLong("seller_id"), total, category),
                OrderStatus.valueOf(rs.getString("status")), category, total,
                Money.of(rs.getLong("refunded_minor"), currency),
                rs.getObject("commission_bps") == null ? null : rs.getInt("commission_bps"),
                rs.getString("ship_by_period"), rs.getString("protection_period"), SqlTimes.instant(rs, "created_at"),
                SqlTimes.instant(rs, "payment_held_at"), SqlTimes.instant(rs, "ship_by_at"),
                SqlTimes.instant(rs, "shipped_at"), SqlTimes.instant(rs, "auto_confirm_at"),
                rs.getInt("extension_days"));
    }
}
