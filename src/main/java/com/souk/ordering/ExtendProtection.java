package com.souk.ordering;

import com.souk.common.SqlTimes;
import com.souk.common.ConflictException;
import com.souk.identity.SoukUser;
import com.souk.workflow.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The buyer asks for more protection time (goods still on the way); the seller agrees, and auto-confirmation moves. */
@Service
public class ExtendProtection {

    public static final int MAX_DAYS = 30;

    private final OrderAccess access;
    private final Orders orders;
    private final OrderTimeline timeline;
    private final Workflow workflow;
    private final JdbcClient jdbc;
    private final Clock clock;

    ExtendProtection(OrderAccess access, Orders orders, OrderTimeline timeline, Workflow workflow, JdbcClient jdbc,
            Clock clock) {
        this.access = access;
        this.orders = orders;
        this.timeline = timeline;
        this.workflow = workflow;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Order request(SoukUser buyer, long orderId, int days) {
        Order order = access.ofBuyer(buyer, orderId);
        order.requireStatus(OrderStatus.SHIPPED, "given more protection time");
        if (pendingDays(orderId).isPresent()) {
            throw new ConflictException("A request for more protection time is already waiting for the seller.");
        }
        Instant now = clock.instant();
        jdbc.sql("insert into protection_extensions (order_id, days, requested_at) values (?, ?, ?)")
                .params(orderId, days, SqlTimes.utc(now)).update();
        timeline.append(orderId, OrderEvent.PROTECTION_EXTENSION_REQUESTED, days + " more day(s) asked by the buyer", now);
        return order;
    }

    @Transactional
    public Order approve(SoukUser seller, long orderId) {
        Order order = access.ofSeller(seller, orderId);
        order.requireStatus(OrderStatus.SHIPPED, "given more protection time");
        int days = pendingDays(orderId)
                .orElseThrow(() -> new ConflictException("The buyer has not asked for more protection time."));
        order.protectionExtended(days);
        orders.save(order);
        jdbc.sql("update protection_extensions set approved_at = ? where order_id = ? and approved_at is null")
                .params(SqlTimes.utc(clock.instant()), orderId).update();
        workflow.correlate(PurchaseProcess.MESSAGE_PROTECTION_EXTENDED, String.valueOf(orderId),
                Map.of(PurchaseProcess.VAR_AUTO_CONFIRM_AT, Date.from(order.autoConfirmAt())));
        timeline.append(orderId, OrderEvent.PROTECTION_EXTENSION_APPROVED, "auto-confirms on " + order.autoConfirmAt(),
                clock.instant());
        return order;
    }

    public Optional<Integer> pendingDays(long orderId) {
        return jdbc.sql("select days from protection_extensions where order_id = ? and approved_at is null")
                .param(orderId).query(Integer.class).optional();
    }
}
