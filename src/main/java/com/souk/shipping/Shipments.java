package com.souk.shipping;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The shipments table; one shipment per order. */
@Repository
public class Shipments {

    private final JdbcClient jdbc;

    Shipments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Shipment shipment) {
        jdbc.sql("insert into shipments (order_id, carrier, tracking_number, shipped_at) values (?, ?, ?, ?)")
                .params(shipment.orderId(), shipment.carrier(), shipment.trackingNumber(),
                        OffsetDateTime.ofInstant(shipment.shippedAt(), ZoneOffset.UTC))
                .update();
    }

    public Optional<Shipment> forOrder(long orderId) {
        return jdbc.sql("select * from shipments where order_id = ?").param(orderId)
                .query((rs, n) -> new Shipment(rs.getLong("order_id"), rs.getString("carrier"),
                        rs.getString("tracking_number"), rs.getObject("shipped_at", OffsetDateTime.class).toInstant()))
                .optional();
    }
}
