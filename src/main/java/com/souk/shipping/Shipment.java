package com.souk.shipping;

import java.time.Instant;

/** An order handed to a carrier. */
public record Shipment(long orderId, String carrier, String trackingNumber, Instant shippedAt) {
}
