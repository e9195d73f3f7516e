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

    @Transactional(readOnly = true)
    public List<Entry> of(long orderId) {
        return orders.byId(orderId).map(o -> o.timeline().stream()
                .map(e -> new Entry(e.at(), e.event(), e.detail())).toList()).orElse(List.of());
    }
}
