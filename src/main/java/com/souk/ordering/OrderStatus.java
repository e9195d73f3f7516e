package com.souk.ordering;

import java.util.EnumSet;
import java.util.Set;

/** Where an order stands, as the buyer and seller see it, and which status may follow which. */
public enum OrderStatus {
    PLACED("Placed"),
    AWAITING_SHIPMENT("Awaiting shipment"),
    SHIPPED("Shipped"),
    COMPLETED("Completed"),
    REJECTED("Not enough stock"),
    PAYMENT_DECLINED("Payment declined"),
    CANCELLED("Cancelled"),
    IN_DISPUTE("In dispute"),
    REFUNDED("Refunded"),
    PARTIALLY_REFUNDED("Partly refunded");

    private final String label;

    OrderStatus(String label) {
        this.label = label;
    }

    /** The status in words, as every page's badge shows it. */
    public String label() {
        return label;
    }

    Set<OrderStatus> next() {
        return switch (this) {
            case PLACED -> EnumSet.of(AWAITING_SHIPMENT, REJECTED, PAYMENT_DECLINED);
            case AWAITING_SHIPMENT -> EnumSet.of(SHIPPED, CANCELLED);
            case SHIPPED -> EnumSet.of(COMPLETED, IN_DISPUTE);
            case IN_DISPUTE -> EnumSet.of(REFUNDED, PARTIALLY_REFUNDED, COMPLETED);
            default -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    /** Ended after the goods were shipped: completed, refunded or partly refunded (what seller standing counts). */
    public boolean isFinished() {
        return this == COMPLETED || this == REFUNDED || this == PARTIALLY_REFUNDED;
    }

    public boolean isTerminal() {
        return next().isEmpty();
    }
}
