package com.souk.ordering;

/** Names shared with bpmn/purchase.bpmn: process id, messages, job types, error codes, variables. */
public final class PurchaseProcess {

    public static final String PROCESS_ID = "purchase";

    public static final String MESSAGE_ORDER_SHIPPED = "OrderShipped";
    public static final String MESSAGE_ORDER_CANCELLED = "OrderCancelled";
    public static final String MESSAGE_DELIVERY_CONFIRMED = "DeliveryConfirmed";
    public static final String MESSAGE_PROTECTION_EXTENDED = "ProtectionExtended";
    public static final String MESSAGE_DISPUTE_OPENED = "DisputeOpened";
    public static final String MESSAGE_SELLER_RESPONDED = "SellerResponded";
    public static final String MESSAGE_BUYER_ANSWERED = "BuyerAnswered";

    public static final String JOB_RESERVE_STOCK = "reserve-stock";
    public static final String JOB_RELEASE_STOCK = "release-stock";
    public static final String JOB_HOLD_PAYMENT = "hold-payment";
    public static final String JOB_REFUND_PAYMENT = "refund-payment";
    public static final String JOB_RELEASE_PAYMENT = "release-payment";
    public static final String JOB_UPDATE_ORDER = "update-order";
    public static final String JOB_SETTLE_DISPUTE = "settle-dispute";
    public static final String JOB_ESCALATE_DISPUTE = "escalate-dispute";
    public static final String JOB_REQUEST_AGENT_REVIEW = "request-agent-review";
    public static final String JOB_INVITE_REVIEW = "invite-review";

    public static final String DECISION_SHIP_BY_PERIOD = "ship-by-period";
    public static final String DECISION_PROTECTION_PERIOD = "protection-period";
    public static final String DECISION_COMMISSION = "commission";
    public static final String DECISION_SELLER_RESPONSE_WINDOW = "seller-response-window";
    public static final String DECISION_BUYER_ANSWER_WINDOW = "buyer-answer-window";
    public static final String DECISION_AGENT_SLA = "agent-sla";
    public static final String DECISION_DISPUTE_TRIAGE = "dispute-triage";
    public static final String DECISION_REVIEW_WINDOW = "review-window";

    public static final String ERROR_OUT_OF_STOCK = "OUT_OF_STOCK";
    public static final String ERROR_PAYMENT_DECLINED = "PAYMENT_DECLINED";

    public static final String VAR_ORDER_ID = "orderId";
    public static final String VAR_BUYER_ID = "buyerId";
    public static final String VAR_SELLER_ID = "sellerId";
    public static final String VAR_AMOUNT = "amountMinor";
    public static final String VAR_CURRENCY = "currency";
    public static final String VAR_CATEGORY = "category";
    public static final String VAR_SHIP_BY = "shipBy";
    public static final String VAR_PROTECTION_PERIOD = "protectionPeriod";
    public static final String VAR_COMMISSION_BPS = "commissionBps";
    public static final String VAR_REFUND = "refundMinor";
    public static final String VAR_AUTO_CONFIRM_AT = "autoConfirmAt";
    public static final String VAR_DISPUTE_ID = "disputeId";
    public static final String VAR_REASON = "reason";
    public static final String VAR_REQUESTED_REFUND = "requestedRefundMinor";
    public static final String VAR_HAS_TRACKING = "hasTracking";
    /** Orders the seller finished in the 90 days before the dispute. */
    public static final String VAR_SELLER_ORDERS_90D = "sellerOrders90d";
    /** Refunds the seller did not agree to over those orders; null when there were none. */
    public static final String VAR_SELLER_DEFECT_RATE = "sellerDefectRate";
    public static final String VAR_BUYER_PAST_DISPUTES = "buyerPastDisputes";
    public static final String VAR_SELLER_DECISION = "sellerDecision";
    public static final String VAR_OFFER_ACCEPTED = "offerAccepted";
    public static final String VAR_AGENT_OUTCOME = "agentOutcome";
    public static final String VAR_AGENT_NOTE = "note";
    public static final String VAR_AGENT_SLA = "agentSla";
    public static final String VAR_REVIEW_WINDOW = "reviewWindow";

    public static final String HEADER_STATUS = "status";
    public static final String HEADER_EVENT = "event";
    public static final String HEADER_REFUND = "refund";

    /** What the settle-dispute task's refund header may say: the whole amount, the buyer's, the decided one, none. */
    public static final java.util.Set<String> REFUNDS = java.util.Set.of("full", "requested", "decided", "none");

    /** The headers each job type reads, with the values its handler understands. */
    public static java.util.Map<String, java.util.Set<String>> headerValues(String jobType) {
        return switch (jobType) {
            case JOB_UPDATE_ORDER -> java.util.Map.of(HEADER_EVENT, OrderEvent.names(), HEADER_STATUS,
                    java.util.Arrays.stream(OrderStatus.values()).map(Enum::name)
                            .collect(java.util.stream.Collectors.toSet()));
            case JOB_SETTLE_DISPUTE -> java.util.Map.of(HEADER_EVENT, OrderEvent.names(), HEADER_REFUND, REFUNDS);
            default -> java.util.Map.of();
        };
    }

    /** The headers each job type cannot do without. */
    public static java.util.Set<String> requiredHeaders(String jobType) {
        return JOB_SETTLE_DISPUTE.equals(jobType) ? java.util.Set.of(HEADER_EVENT, HEADER_REFUND) : java.util.Set.of();
    }

    private PurchaseProcess() {
    }
}
