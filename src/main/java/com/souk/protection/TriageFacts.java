package com.souk.protection;

import com.souk.ordering.PurchaseProcess;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.HashMap;
import java.util.Map;

/**
 * What dispute triage is told about a new dispute beside its reason and amount, kept with the dispute so that rule
 * simulations replay it and the auto-refund reason can be worked out again. Any of them may be null on disputes
 * opened before Souk recorded it.
 *
 * @param hasTracking whether the seller shipped with a tracking number
 * @param sellerOrders90d orders the seller finished (completed or refunded) in the 90 days before the dispute
 * @param sellerDefectRate refunds the seller did not agree to, divided by those orders; null without orders
 * @param buyerPastDisputes disputes the buyer opened before this one
 */
@Embeddable
public record TriageFacts(
        @Column(name = "has_tracking", updatable = false) Boolean hasTracking,
        @Column(name = "seller_orders_90d", updatable = false) Integer sellerOrders90d,
        @Column(name = "seller_defect_rate", updatable = false) Double sellerDefectRate,
        @Column(name = "buyer_past_disputes", updatable = false) Integer buyerPastDisputes) {

    /**
     * The variables of the DisputeOpened message, with the names and Java types the process and its decision
     * tables receive; the same for a new dispute and for a replay of a past one.
     */
    public static Map<String, Object> message(long disputeId, DisputeReason reason, long requestedMinor,
            TriageFacts facts) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(PurchaseProcess.VAR_DISPUTE_ID, String.valueOf(disputeId));
        variables.put(PurchaseProcess.VAR_REASON, reason.name());
        variables.put(PurchaseProcess.VAR_REQUESTED_REFUND, requestedMinor);
        variables.put(PurchaseProcess.VAR_HAS_TRACKING, facts.hasTracking());
        variables.put(PurchaseProcess.VAR_SELLER_ORDERS_90D,
                facts.sellerOrders90d() == null ? null : facts.sellerOrders90d().longValue());
        variables.put(PurchaseProcess.VAR_SELLER_DEFECT_RATE, facts.sellerDefectRate());
        variables.put(PurchaseProcess.VAR_BUYER_PAST_DISPUTES,
                facts.buyerPastDisputes() == null ? null : facts.buyerPastDisputes().longValue());
        return variables;
    }
}
