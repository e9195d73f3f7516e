package com.souk.ordering.web;

import com.souk.common.Money;
import com.souk.ordering.Order;
import com.souk.ordering.OrderItem;
import com.souk.ordering.OrderTimeline;
import com.souk.shipping.Shipment;
import java.time.Instant;
import java.util.List;

/** An order as the API shows it to its buyer, its seller and agents. */
record OrderJson(long id, String status, long buyerId, long sellerId, List<ItemJson> items, Money total,
        Money commission, Money refunded, Deadlines deadlines, ShipmentJson shipment, String cardLast4,
        Instant createdAt, List<OrderTimeline.Entry> timeline, Long disputeId) {

    record ItemJson(long productId, String title, int quantity, Money unitPrice, Money lineTotal) {
    }

    record Deadlines(Instant shipBy, Instant autoConfirmAt) {
    }

    record ShipmentJson(String carrier, String trackingNumber, Instant shippedAt) {
    }

    static OrderJson of(Order o, List<OrderTimeline.Entry> timeline, Shipment shipment) {
        return new OrderJson(o.id(), o.status().name(), o.buyerId(), o.sellerId(),
                o.items().stream().map(OrderJson::item).toList(), o.total(), o.commission(), o.refunded(),
                new Deadlines(o.shipByAt(), o.autoConfirmAt()),
                shipment == null ? null : new ShipmentJson(shipment.carrier(), shipment.trackingNumber(),
                        shipment.shippedAt()),
                o.cardLast4(), o.createdAt(), timeline, o.disputeId());
    }

    private static ItemJson item(OrderItem i) {
        return new ItemJson(i.productId(), i.title(), i.quantity(), i.unitPrice(), i.lineTotal());
    }
}
