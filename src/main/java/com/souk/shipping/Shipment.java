package com.souk.shipping;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An order handed to a carrier, once (table shipments). */
@Entity
@Table(name = "shipments")
public class Shipment {

    @Id
    @Column(name = "order_id")
    private long orderId;

    @Column(updatable = false)
    private String carrier;

    @Column(name = "tracking_number", updatable = false)
    private String trackingNumber;

    @Column(name = "shipped_at", updatable = false)
    private Instant shippedAt;

    /** Empty until first saved, which tells Spring Data to insert rather than look the row up first. */
    @Version
    private Integer version;

    protected Shipment() {
    }

    /** A shipment needs a carrier; a tracking number may be empty (the seller shipped without one). */
    public static Shipment of(long orderId, String carrier, String trackingNumber, Instant shippedAt) {
        if (carrier == null || carrier.isBlank()) {
            throw new IllegalArgumentException("a shipment needs a carrier");
        }
        Shipment s = new Shipment();
        s.orderId = orderId;
        s.carrier = carrier;
        s.trackingNumber = trackingNumber == null ? "" : trackingNumber;
        s.shippedAt = shippedAt;
        return s;
    }

    public long orderId() {
        return orderId;
    }

    public String carrier() {
        return carrier;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    /** Whether the buyer can follow the parcel. */
    public boolean tracked() {
        return !trackingNumber.isBlank();
    }

    /** The carrier's own page for this parcel, or null for a carrier Souk does not know (see {@link Carriers}). */
    public String trackingUrl() {
        return Carriers.trackingUrl(carrier, trackingNumber).orElse(null);
    }

    public Instant shippedAt() {
        return shippedAt;
    }
}
