package com.souk.reviews;

import com.souk.ordering.OrderEvent;
import com.souk.common.SqlTimes;
import com.souk.common.IsoDurations;
import com.souk.ordering.Order;
import com.souk.ordering.Orders;
import com.souk.ordering.PurchaseSteps;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Invites the buyer of a completed order to review it, for as long as the model's review window says. */
@Service
public class ReviewInvitations {

    private final JdbcClient jdbc;
    private final Orders orders;
    private final PurchaseSteps steps;
    private final Clock clock;

    ReviewInvitations(JdbcClient jdbc, Orders orders, PurchaseSteps steps, Clock clock) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.steps = steps;
        this.clock = clock;
    }

    /**
     * Invites once: a repeated call (a retried job) finds the invitation and keeps its deadline.
     *
     * @param window an ISO-8601 period from now, e.g. {@code P30D}
     */
    @Transactional
    public Invitation invite(long orderId, String window) {
        Optional<Invitation> earlier = forOrder(orderId);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Order order = orders.byId(orderId).orElseThrow(() -> new IllegalStateException("order " + orderId + " is gone"));
        Instant now = clock.instant();
        jdbc.sql("""
                insert into review_invitations (order_id, buyer_id, seller_id, invited_at, review_by)
                values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(orderId, order.buyerId(), order.sellerId(), SqlTimes.utc(now), SqlTimes.utc(IsoDurations.after(now, window)))
                .update();
        steps.record(orderId, null, OrderEvent.REVIEW_INVITED);
        return forOrder(orderId).orElseThrow();
    }

    public Optional<Invitation> forOrder(long orderId) {
        return jdbc.sql("select * from review_invitations where order_id = ?").param(orderId)
                .query((rs, n) -> new Invitation(rs.getLong("order_id"), rs.getLong("buyer_id"), rs.getLong("seller_id"),
                        rs.getObject("invited_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("review_by", OffsetDateTime.class).toInstant()))
                .optional();
    }
}
