package com.souk.protection;

import com.souk.ordering.OrderEvent;
import com.souk.ordering.PurchaseSteps;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The process's steps on a dispute: settle the money, hand over to an agent, escalate. Each one repeatable. */
@Service
public class DisputeSettlement {

    private final Disputes disputes;
    private final PurchaseSteps steps;
    private final TriageExplanation triage;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DisputeSettlement(Disputes disputes, PurchaseSteps steps, TriageExplanation triage,
            ApplicationEventPublisher events, Clock clock) {
        this.disputes = disputes;
        this.steps = steps;
        this.triage = triage;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Settles the money and the dispute; {@link DisputeSettled} goes out only the first time, not on a replay. An
     * automatic refund by triage keeps the rule that decided it, for the agent and the seller to read.
     */
    @Transactional
    public PurchaseSteps.Settlement settle(long disputeId, long orderId, long refundMinor, OrderEvent event) {
        PurchaseSteps.Settlement settlement = steps.settleDispute(orderId, refundMinor, event);
        Dispute dispute = load(disputeId);
        if (dispute.status() != DisputeStatus.SETTLED) {
            TriageRule why = event == OrderEvent.AUTO_REFUNDED_BY_TRIAGE ? triage.whyAutoRefunded(dispute) : null;
            dispute.settle(event, settlement.refunded(), why, clock.instant());
            events.publishEvent(new DisputeSettled(disputeId, orderId, dispute.buyerId(), dispute.sellerId(),
                    settlement.refunded(), event));
        }
        return settlement;
    }

    @Transactional
    public void toAgentReview(long disputeId, long orderId) {
        load(disputeId).toAgentReview();
        steps.record(orderId, null, OrderEvent.AGENT_REVIEW_REQUESTED);
    }

    @Transactional
    public void escalate(long disputeId, long orderId) {
        load(disputeId).escalate();
        steps.record(orderId, null, OrderEvent.DISPUTE_ESCALATED);
    }

    private Dispute load(long disputeId) {
        return disputes.byId(disputeId).orElseThrow(() -> new IllegalStateException("No dispute " + disputeId));
    }
}
