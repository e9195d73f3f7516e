package com.souk.ordering;

import java.util.EnumSet;
import java.util.Set;

/** Where an order stands, as the buyer and seller see it, and which status may follow which. */
public enum OrderStatus {
    PLACED, AWAITING_SHIPMENT, SHIPPED, COMPLETED, REJECTED, PAYMENT_DECLINED, CANCELLED, IN_DISPUTE, REFUNDED,
    PARTIALLY_REFUNDED;

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
