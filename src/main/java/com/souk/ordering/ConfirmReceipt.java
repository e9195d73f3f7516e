package com.souk.ordering;

import com.souk.identity.SoukUser;
import java.time.Clock;
import com.souk.workflow.Workflow;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The buyer says the goods arrived as described; the process releases the payment to the seller. */
@Service
public class ConfirmReceipt {

    private final OrderAccess access;
    private final Workflow workflow;
    private final Clock clock;

    ConfirmReceipt(OrderAccess access, Workflow workflow, Clock clock) {
        this.access = access;
        this.workflow = workflow;
        this.clock = clock;
    }

    @Transactional
    public Order confirm(SoukUser buyer, long orderId) {
        Order order = access.ofBuyer(buyer, orderId);
        order.confirmDelivery(clock.instant());
        workflow.correlate(PurchaseProcess.MESSAGE_DELIVERY_CONFIRMED, String.valueOf(orderId), Map.of());
        return order;
    }
}
