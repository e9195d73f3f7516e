package com.souk.account.web;

import com.souk.ordering.OrderEvent;
import com.souk.protection.AgentOutcome;
import com.souk.protection.DisputeReason;
import com.souk.protection.DisputeStatus;
import com.souk.protection.SellerDecision;
import java.util.Locale;
import java.util.Optional;

/** Words for the codes the process and the disputes record, as a buyer reads them. */
final class Labels {

    private Labels() {
    }

    /** An event of the timeline; a code an older Souk wrote and this one does not know is read out in words. */
    static String event(String code) {
        Optional<OrderEvent> known = OrderEvent.of(code);
        if (known.isPresent()) {
            return known.get().label();
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? code : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String detail(String code, String detail) {
        return OrderEvent.of(code).filter(OrderEvent::detailShown).isPresent() ? detail : null;
    }

    static String reason(DisputeReason reason) {
        return switch (reason) {
            case NOT_RECEIVED -> "The item did not arrive";
            case NOT_AS_DESCRIBED -> "The item is not as described";
        };
    }

    static String status(DisputeStatus status) {
        return switch (status) {
            case AWAITING_SELLER -> "Waiting for the seller's response";
            case AWAITING_BUYER -> "Waiting for your answer to the seller's offer";
            case IN_REVIEW -> "Being reviewed by Souk";
            case SETTLED -> "Settled";
        };
    }

    static String decision(SellerDecision decision) {
        return switch (decision) {
            case ACCEPT_REFUND -> "Accepted your refund";
            case OFFER_PARTIAL -> "Offered a partial refund";
            case CONTEST -> "Contested the dispute";
        };
    }

    static String outcome(AgentOutcome outcome) {
        return switch (outcome) {
            case REFUND_FULL -> "Full refund";
            case REFUND_PARTIAL -> "Partial refund";
            case REJECT -> "Dispute rejected";
        };
    }
}
