package com.souk.ordering;

import com.souk.identity.SoukUser;
import com.souk.workflow.Workflow;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The buyer asks for more protection time (goods still on the way); the seller agrees, and auto-confirmation moves. */
@Service
public class ExtendProtection {

    public static final int MAX_DAYS = 30;

    private final OrderAccess access;
    private final Orders orders;
    private final Workflow workflow;
    private final Clock clock;

    ExtendProtection(OrderAccess access, Orders orders, Workflow workflow, Clock clock) {
        this.access = access;
        this.orders = orders;
        this.workflow = workflow;
        this.clock = clock;
    }

    @Transactional
    public Order request(SoukUser buyer, long orderId, int days) {
        Order order = access.ofBuyer(buyer, orderId);
        order.requestExtension(days, clock.instant());
        return order;
    }

    @Transactional
    public Order approve(SoukUser seller, long orderId) {
        Order order = access.ofSeller(seller, orderId);
        order.approveExtension(clock.instant());
        workflow.correlate(PurchaseProcess.MESSAGE_PROTECTION_EXTENDED, String.valueOf(orderId),
                Map.of(PurchaseProcess.VAR_AUTO_CONFIRM_AT, Date.from(order.autoConfirmAt())));
        return order;
    }

    /** Days the buyer asked for that the seller has not answered yet. */
    @Transactional(readOnly = true)
    public Optional<Integer> pendingDays(long orderId) {
        return orders.byId(orderId).flatMap(Order::pendingExtensionDays);
    }
}
