package com.souk.rules.simulation;

import com.souk.common.Money;
import com.souk.ordering.PurchaseCases.PurchaseCase;
import com.souk.protection.DisputeCases.DisputeCase;
import java.util.Map;

/** One past order or dispute a decision is replayed on: its variables, and the facts of what happened to it. */
record PastCase(String orderId, String disputeId, Map<String, Object> variables, PurchaseCase order,
        DisputeCase dispute) {

    static PastCase of(PurchaseCase order) {
        return new PastCase(String.valueOf(order.orderId()), null, order.variables(), order, null);
    }

    static PastCase of(DisputeCase dispute) {
        return new PastCase(String.valueOf(dispute.orderId()), String.valueOf(dispute.disputeId()),
                dispute.variables(), dispute.order(), dispute);
    }

    /** What is at stake in the case: the requested refund of a dispute, the total of an order. */
    Money value() {
        return dispute != null ? dispute.requestedRefund() : order.total();
    }

    String category() {
        return order.category() == null ? "(none)" : order.category();
    }

    String currency() {
        return order.total().currency();
    }
}
