package com.souk.shipping;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The shipments; one per order. */
public interface Shipments extends Repository<Shipment, Long> {

    Shipment save(Shipment shipment);

    Optional<Shipment> findById(long orderId);

    /** Records the order's shipment; an order ships once. */
    default void record(Shipment shipment) {
        save(shipment);
    }

    default Optional<Shipment> forOrder(long orderId) {
        return findById(orderId);
    }
}
