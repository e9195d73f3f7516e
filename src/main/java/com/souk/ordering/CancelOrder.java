package com.souk.ordering;

import com.souk.identity.SoukUser;
import com.souk.workflow.Workflow;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The buyer cancels an order that has not shipped: the order becomes CANCELLED in the same transaction that tells
 * the process, which refunds the whole amount and releases the stock. A shipment recorded at the same moment changes
 * the same order, so one of the two fails on the order's version and only one of them happens.
 */
@Service
public class CancelOrder {

    private final OrderAccess access;
    private final Workflow workflow;
    private final Clock clock;

    CancelOrder(OrderAccess access, Workflow workflow, Clock clock) {
        this.access = access;
        this.workflow = workflow;
        this.clock = clock;
    }

    @Transactional
    public Order cancel(SoukUser buyer, long orderId) {
        Order order = access.ofBuyer(buyer, orderId);
        order.cancelByBuyer(clock.instant());
        workflow.correlate(PurchaseProcess.MESSAGE_ORDER_CANCELLED, String.valueOf(orderId), Map.of());
        return order;
    }
}
