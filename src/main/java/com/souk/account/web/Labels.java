package com.souk.account.web;

import com.souk.protection.AgentOutcome;
import com.souk.protection.DisputeReason;
import com.souk.protection.DisputeStatus;
import com.souk.protection.SellerDecision;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Words for the codes the process and the disputes record, as a buyer reads them. */
final class Labels {

    private static final Map<String, String> EVENTS = Map.ofEntries(
            Map.entry("ORDER_PLACED", "Order placed"),
            Map.entry("STOCK_RESERVED", "Items reserved for you"),
            Map.entry("STOCK_SHORT", "Not enough stock"),
            Map.entry("STOCK_RELEASED", "Reserved items released"),
            Map.entry("PAYMENT_HELD", "Payment held in escrow"),
            Map.entry("CARD_DECLINED", "Card declined"),
            Map.entry("PAYMENT_DECLINED", "Order stopped: payment declined"),
            Map.entry("REJECTED_OUT_OF_STOCK", "Order stopped: out of stock"),
            Map.entry("SHIPPED", "Shipped"),
            Map.entry("DELIVERY_CONFIRMED", "You confirmed receipt"),
            Map.entry("AUTO_CONFIRMED", "Confirmed automatically when buyer protection ended"),
            Map.entry("COMPLETED", "Order completed"),
            Map.entry("PAYMENT_RELEASED", "Payment released to the seller"),
            Map.entry("PROTECTION_EXTENSION_REQUESTED", "You asked for more protection time"),
            Map.entry("PROTECTION_EXTENSION_APPROVED", "The seller agreed to more protection time"),
            Map.entry("PROTECTION_EXTENDED", "Buyer protection extended"),
            Map.entry("CANCELLED_NOT_SHIPPED", "Cancelled: not shipped in time"),
            Map.entry("REFUNDED", "Money refunded to your card"),
            Map.entry("DISPUTE_OPENED", "You opened a dispute"),
            Map.entry("SELLER_ACCEPTED_REFUND", "The seller accepted the refund"),
            Map.entry("PARTIAL_OFFER_ACCEPTED", "You accepted the seller's offer"),
            Map.entry("SELLER_DID_NOT_RESPOND", "The seller did not respond in time"),
            Map.entry("AUTO_REFUNDED_BY_TRIAGE", "Refunded under buyer protection"),
            Map.entry("AGENT_REVIEW_REQUESTED", "Passed to a Souk agent for review"),
            Map.entry("DISPUTE_ESCALATED", "Review escalated: it is taking longer than promised"),
            Map.entry("AGENT_REFUNDED_IN_FULL", "Souk decided: full refund"),
            Map.entry("AGENT_REFUNDED_PARTIALLY", "Souk decided: partial refund"),
            Map.entry("AGENT_REJECTED_DISPUTE", "Souk decided: dispute rejected"));

    /** Events whose recorded detail helps the buyer; the others' details are internal bookkeeping. */
    private static final Set<String> DETAILED = Set.of("SHIPPED", "CARD_DECLINED", "STOCK_SHORT",
            "PROTECTION_EXTENSION_REQUESTED");

    private Labels() {
    }

    static String event(String code) {
        String known = EVENTS.get(code);
        if (known != null) {
            return known;
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? code : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String detail(String code, String detail) {
        return DETAILED.contains(code) ? detail : null;
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
