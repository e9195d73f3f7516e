package com.souk.ordering;

import com.souk.identity.SoukUser;
import com.souk.shipping.Shipment;
import com.souk.shipping.Shipments;
import com.souk.workflow.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The seller hands the order to a carrier; the buyer's protection period starts. */
@Service
public class ShipOrder {

    private final OrderAccess access;
    private final Shipments shipments;
    private final Workflow workflow;
    private final Clock clock;

    ShipOrder(OrderAccess access, Shipments shipments, Workflow workflow, Clock clock) {
        this.access = access;
        this.shipments = shipments;
        this.workflow = workflow;
        this.clock = clock;
    }

    @Transactional
    public Order ship(SoukUser seller, long orderId, String carrier, String trackingNumber) {
        Order order = access.ofSeller(seller, orderId);
        Instant now = clock.instant();
        order.ship(carrier.trim(), trackingNumber.trim(), now);
        shipments.record(Shipment.of(orderId, carrier.trim(), trackingNumber.trim(), now));
        workflow.correlate(PurchaseProcess.MESSAGE_ORDER_SHIPPED, String.valueOf(orderId),
                Map.of(PurchaseProcess.VAR_AUTO_CONFIRM_AT, Date.from(order.autoConfirmAt())));
        return order;
    }
}
