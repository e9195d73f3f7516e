package com.souk.protection.web;

import com.souk.common.Money;
import com.souk.protection.Dispute;
import java.time.Instant;

/** A dispute with the case around it, as its buyer, its seller and agents see it. */
record DisputeJson(long id, long orderId, long buyerId, long sellerId, String reason, String description,
        Money requestedRefund, String status, SellerResponse sellerResponse, BuyerAnswer buyerAnswer,
        AgentDecision agentDecision, String outcome, Money refund, boolean escalated, Instant openedAt,
        Instant settledAt, String autoRefundRule, String autoRefundReason, CaseFile caseFile) {

    record SellerResponse(String decision, Money partialRefund, String message) {
    }

    record BuyerAnswer(boolean acceptOffer) {
    }

    record AgentDecision(String outcome, String note) {
    }

    /**
     * What an agent needs beside the dispute: the order's state, its shipment, both parties' history, and the
     * seller's standing over the last 90 days (finished orders, and defects: refunds the seller did not agree to).
     */
    record CaseFile(String orderStatus, Money orderTotal, String carrier, String trackingNumber,
            long buyerDisputes, long sellerRefundedDisputes, long sellerFinishedOrders90d, long sellerDefects90d,
            Double sellerDefectRate90d) {
    }

    static DisputeJson of(Dispute d, CaseFile caseFile) {
        return new DisputeJson(d.id(), d.orderId(), d.buyerId(), d.sellerId(), d.reason().name(), d.description(),
                d.requestedRefund(), d.status().name(),
                d.sellerDecision() == null ? null : new SellerResponse(d.sellerDecision().name(), d.offeredRefund(),
                        d.sellerMessage()),
                d.offerAccepted() == null ? null : new BuyerAnswer(d.offerAccepted()),
                d.agentOutcome() == null ? null : new AgentDecision(d.agentOutcome().name(), d.agentNote()),
                d.outcome(), d.refund(), d.escalated(), d.openedAt(), d.settledAt(), d.autoRefundRule(),
                d.autoRefundReason(), caseFile);
    }
}
