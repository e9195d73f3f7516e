package com.souk.protection;

import com.souk.ordering.OrderEvent;
import com.souk.common.Money;

/**
 * Published once, in the settling transaction, when a dispute is closed: with the refund the buyer got (zero
 * when it was rejected in the seller's favour) and the outcome the model named.
 */
public record DisputeSettled(long disputeId, long orderId, long buyerId, long sellerId, Money refunded,
        OrderEvent outcome) {

    public boolean refundedBuyer() {
        return refunded.amountMinor() > 0;
    }
}
