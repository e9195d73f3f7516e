package com.souk.ordering;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What happened to an order, in order: the timeline the buyer, the seller and agents read. */
@Component
public class OrderTimeline {

    private final Orders orders;

    OrderTimeline(Orders orders) {
        this.orders = orders;
    }

    /** One thing that happened. */
    public record Entry(Instant at, String event, String detail) {
    }

    /** The timeline of an order at hand: read from it where it is loaded (a new order's is), else from the database. */
    @Transactional(readOnly = true)
    public List<Entry> of(Order order) {
        Order loaded = order.timelineLoaded() ? order : orders.byId(order.id()).orElse(null);
        return loaded == null ? List.of() : entries(loaded);
    }

    @Transactional(readOnly = true)
    public List<Entry> of(long orderId) {
        return orders.byId(orderId).map(OrderTimeline::entries).orElse(List.of());
    }

    private static List<Entry> entries(Order order) {
        return order.timeline().stream().map(e -> new Entry(e.at(), e.event(), e.detail())).toList();
    }
}
