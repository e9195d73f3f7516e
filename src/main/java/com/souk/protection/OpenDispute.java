package com.souk.protection;

import com.souk.common.BusinessRuleException;
import com.souk.common.ConflictException;
import com.souk.common.Money;
import com.souk.identity.SoukUser;
import com.souk.ordering.Order;
import com.souk.ordering.OrderAccess;
import com.souk.ordering.OrderStatus;
import com.souk.ordering.PurchaseProcess;
import com.souk.ordering.PurchaseSteps;
import com.souk.shipping.Shipments;
import com.souk.workflow.Workflow;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The buyer disputes a shipped order; the money stays in escrow and the auto-confirmation stops. */
@Service
public class OpenDispute {

    private final OrderAccess orders;
    private final PurchaseSteps steps;
    private final Disputes disputes;
    private final Shipments shipments;
    private final SellerStanding standing;
    private final Workflow workflow;
    private final Clock clock;

    OpenDispute(OrderAccess orders, PurchaseSteps steps, Disputes disputes, Shipments shipments,
            SellerStanding standing, Workflow workflow, Clock clock) {
        this.orders = orders;
        this.steps = steps;
        this.disputes = disputes;
        this.shipments = shipments;
        this.standing = standing;
        this.workflow = workflow;
        this.clock = clock;
    }

    @Transactional
    public Dispute open(SoukUser buyer, long orderId, DisputeReason reason, String description, long requestedMinor) {
        Order order = orders.ofBuyer(buyer, orderId);
        if (order.disputeId() != null) {
            throw new ConflictException("Order " + orderId + " already has dispute " + order.disputeId() + ".");
        }
        if (order.status() != OrderStatus.SHIPPED) {
            throw new ConflictException("A dispute can be opened only while the order is SHIPPED; order " + orderId
                    + " is " + order.status() + ".");
        }
        Money requested = Money.of(requestedMinor, order.currency());
        if (requestedMinor > order.total().amountMinor()) {
            throw new BusinessRuleException("The refund asked for (" + requested + ") is more than was paid ("
                    + order.total() + ").");
        }
        SellerStanding.Standing seller = standing.of(order.sellerId());
        TriageFacts facts = new TriageFacts(
                shipments.forOrder(orderId).map(s -> !s.trackingNumber().isBlank()).orElse(false),
                Math.toIntExact(seller.finishedOrders()), seller.defectRate(),
                Math.toIntExact(disputes.countByBuyer(buyer.id())));
        Dispute dispute = disputes.save(Dispute.open(orderId, buyer.id(), order.sellerId(), reason, description,
                requested, facts, clock.instant()));
        steps.markInDispute(orderId, dispute.id(), reason.words() + ", " + requested + " asked back");
        workflow.correlate(PurchaseProcess.MESSAGE_DISPUTE_OPENED, String.valueOf(orderId), dispute.openedMessage());
        return dispute;
    }
}
