package com.souk.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One thing that happened to an order (table order_events). Never changed once written. The code is kept as text:
 * an entry an older Souk wrote may name an event this one no longer knows. Immutable to Hibernate as well, so a flush
 * does not compare every entry of a loaded timeline with a snapshot of it.
 */
@Entity
@Immutable
@Table(name = "order_events")
public class TimelineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", updatable = false)
    private Order order;

    @Column(updatable = false)
    private Instant at;

    @Column(updatable = false)
    private String event;

    @Column(updatable = false)
    private String detail;

    protected TimelineEntry() {
    }

    TimelineEntry(Order order, OrderEvent event, String detail, Instant at) {
        this.order = order;
        this.event = event.name();
        this.detail = detail;
        this.at = at;
    }

    public Instant at() {
        return at;
    }

    /** The event's code, an {@link OrderEvent} name for everything this Souk writes. */
    public String event() {
        return event;
    }

    public String detail() {
        return detail;
    }

    boolean is(OrderEvent e) {
        return event.equals(e.name());
    }
}
