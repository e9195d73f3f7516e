package com.souk.ordering;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What can happen to an order, as its timeline records it. The BPMN names some of them in the {@code event} header of
 * its job tasks (validation checks that each one is known); the pages show the label.
 */
public enum OrderEvent {

    ORDER_PLACED("Order placed"),
    STOCK_RESERVED("Items reserved for you", "Items reserved"),
    STOCK_SHORT("Not enough stock", true),
    STOCK_RELEASED("Reserved items released"),
    PAYMENT_HELD("Payment held in escrow"),
    CARD_DECLINED("Card declined", true),
    PAYMENT_DECLINED("Order stopped: payment declined"),
    REJECTED_OUT_OF_STOCK("Order stopped: out of stock"),
    SHIPPED("Shipped", true),
    DELIVERY_CONFIRMED("You confirmed receipt", "The buyer confirmed receipt"),
    AUTO_CONFIRMED("Confirmed automatically when buyer protection ended"),
    COMPLETED("Order completed"),
    PAYMENT_RELEASED("Payment released to the seller"),
    PROTECTION_EXTENSION_REQUESTED("You asked for more protection time", "The buyer asked for more protection time",
            true),
    PROTECTION_EXTENSION_APPROVED("The seller agreed to more protection time"),
    PROTECTION_EXTENDED("Buyer protection extended"),
    CANCELLED_NOT_SHIPPED("Cancelled: not shipped in time"),
    CANCELLED_BY_BUYER("You cancelled the order before it shipped", "The buyer cancelled the order before it shipped"),
    REFUNDED("Money refunded to your card", "Money refunded to the buyer's card"),
    DISPUTE_OPENED("You opened a dispute", "The buyer opened a dispute"),
    SELLER_ACCEPTED_REFUND("The seller accepted the refund"),
    PARTIAL_OFFER_ACCEPTED("You accepted the seller's offer", "The buyer accepted the seller's offer"),
    SELLER_DID_NOT_RESPOND("The seller did not respond in time"),
    AUTO_REFUNDED_BY_TRIAGE("Refunded under buyer protection"),
    AGENT_REVIEW_REQUESTED("Passed to a Souk agent for review"),
    DISPUTE_ESCALATED("Review escalated: it is taking longer than promised"),
    AGENT_REFUNDED_IN_FULL("Souk decided: full refund"),
    AGENT_REFUNDED_PARTIALLY("Souk decided: partial refund"),
    AGENT_REJECTED_DISPUTE("Souk decided: dispute rejected"),
    REVIEW_INVITED("You can review this order", "The buyer was invited to review");

    private static final Map<String, OrderEvent> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toMap(Enum::name, Function.identity()));

    private final String label;
    private final String partyLabel;
    private final boolean detailShown;

    OrderEvent(String label) {
        this(label, label, false);
    }

    OrderEvent(String label, boolean detailShown) {
        this(label, label, detailShown);
    }

    OrderEvent(String label, String partyLabel) {
        this(label, partyLabel, false);
    }

    OrderEvent(String label, String partyLabel, boolean detailShown) {
        this.label = label;
        this.partyLabel = partyLabel;
        this.detailShown = detailShown;
    }

    /** The event as the buyer reads it on the order page. */
    public String label() {
        return label;
    }

    /** The event as the seller and the agents read it: the buyer in the third person. */
    public String partyLabel() {
        return partyLabel;
    }

    /** Whether the recorded detail helps the buyer; the others' details are internal bookkeeping. */
    public boolean detailShown() {
        return detailShown;
    }

    /** The event a stored or modelled code names, if Souk knows it. */
    public static Optional<OrderEvent> of(String code) {
        return Optional.ofNullable(code == null ? null : BY_NAME.get(code));
    }

    /** The event a job task's header names, or null for none; a name Souk does not know is a defect of the model. */
    public static OrderEvent fromHeader(String code) {
        return code == null ? null
                : of(code).orElseThrow(() -> new IllegalArgumentException("unknown order event '" + code + "'"));
    }

    /** Every event's name, as a model's header may give it. */
    public static Set<String> names() {
        return BY_NAME.keySet();
    }
}
