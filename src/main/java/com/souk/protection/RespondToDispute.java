package com.souk.protection;

import com.souk.common.BusinessRuleException;
import com.souk.common.FieldErrorException;
import com.souk.identity.SoukUser;
import com.souk.ordering.PurchaseProcess;
import com.souk.workflow.Workflow;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The seller's side of a dispute: accept the refund, offer part of it, or contest. */
@Service
public class RespondToDispute {

    private final DisputeAccess access;
    private final Disputes disputes;
    private final Workflow workflow;

    RespondToDispute(DisputeAccess access, Disputes disputes, Workflow workflow) {
        this.access = access;
        this.disputes = disputes;
        this.workflow = workflow;
    }

    @Transactional
    public Dispute respond(SoukUser seller, long disputeId, SellerDecision decision, Long partialMinor, String message) {
        Dispute dispute = access.ofSeller(seller, disputeId);
        dispute.require(DisputeStatus.AWAITING_SELLER, "take a seller response");
        Long offered = null;
        if (decision == SellerDecision.OFFER_PARTIAL) {
            if (partialMinor == null || partialMinor <= 0) {
                throw new FieldErrorException("partialRefund", "an offer needs an amount above zero");
            }
            if (partialMinor >= dispute.requestedRefund().amountMinor()) {
                throw new BusinessRuleException("A partial offer must be less than the " + dispute.requestedRefund()
                        + " asked for; accept the refund instead.");
            }
            offered = partialMinor;
        }
        disputes.sellerResponded(disputeId, decision, message, offered);
        Map<String, Object> variables = new HashMap<>();
        variables.put(PurchaseProcess.VAR_SELLER_DECISION, decision.name());
        if (offered != null) {
            variables.put(PurchaseProcess.VAR_REFUND, offered);
        }
        workflow.correlate(PurchaseProcess.MESSAGE_SELLER_RESPONDED, String.valueOf(dispute.orderId()), variables);
        return disputes.byId(disputeId).orElseThrow();
    }

    @Transactional
    public Dispute answerOffer(SoukUser buyer, long disputeId, boolean accept) {
        Dispute dispute = access.ofBuyer(buyer, disputeId);
        dispute.require(DisputeStatus.AWAITING_BUYER, "take an answer to an offer");
        disputes.buyerAnswered(disputeId, accept);
        workflow.correlate(PurchaseProcess.MESSAGE_BUYER_ANSWERED, String.valueOf(dispute.orderId()),
                Map.of(PurchaseProcess.VAR_OFFER_ACCEPTED, accept));
        return disputes.byId(disputeId).orElseThrow();
    }
}
