package com.souk.protection;

import com.souk.identity.SoukUser;
import com.souk.ordering.PurchaseProcess;
import com.souk.workflow.Workflow;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The seller's side of a dispute: accept the refund, offer part of it, or contest; and the buyer's answer to an offer. */
@Service
public class RespondToDispute {

    private final DisputeAccess access;
    private final Workflow workflow;

    RespondToDispute(DisputeAccess access, Workflow workflow) {
        this.access = access;
        this.workflow = workflow;
    }

    @Transactional
    public Dispute respond(SoukUser seller, long disputeId, SellerDecision decision, Long partialMinor, String message) {
        Dispute dispute = access.ofSeller(seller, disputeId);
        dispute.respond(decision, message, partialMinor);
        Map<String, Object> variables = new HashMap<>();
        variables.put(PurchaseProcess.VAR_SELLER_DECISION, decision.name());
        if (dispute.offeredRefund() != null) {
            variables.put(PurchaseProcess.VAR_REFUND, dispute.offeredRefund().amountMinor());
        }
        workflow.correlate(PurchaseProcess.MESSAGE_SELLER_RESPONDED, String.valueOf(dispute.orderId()), variables);
        return dispute;
    }

    @Transactional
    public Dispute answerOffer(SoukUser buyer, long disputeId, boolean accept) {
        Dispute dispute = access.ofBuyer(buyer, disputeId);
        dispute.answerOffer(accept);
        workflow.correlate(PurchaseProcess.MESSAGE_BUYER_ANSWERED, String.valueOf(dispute.orderId()),
                Map.of(PurchaseProcess.VAR_OFFER_ACCEPTED, accept));
        return dispute;
    }
}
