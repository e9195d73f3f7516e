package com.souk.protection;

import com.souk.common.ConflictException;
import com.souk.common.Money;
import java.time.Instant;

/** A buyer's claim against one order, and everything said and decided about it. */
public record Dispute(long id, long orderId, long buyerId, long sellerId, DisputeReason reason, String description,
        Money requestedRefund, DisputeStatus status, SellerDecision sellerDecision, String sellerMessage,
        Money offeredRefund, Boolean offerAccepted, Long agentId, AgentOutcome agentOutcome, String agentNote,
        String outcome, Money refund, boolean escalated, Instant openedAt, Instant settledAt) {

    void require(DisputeStatus expected, String action) {
        if (status != expected) {
            throw new ConflictException("Dispute " + id + " cannot " + action + " while it is " + status + ".");
        }
    }
}
