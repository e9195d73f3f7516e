package com.souk.protection;

import com.souk.common.BusinessRuleException;
import com.souk.common.ConflictException;
import com.souk.common.FieldErrorException;
import com.souk.common.Money;
import com.souk.ordering.OrderEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;

/**
 * A buyer's claim against one order, and everything said and decided about it. Each step of the claim is a method
 * here that checks where the dispute stands first; process steps that may run twice change nothing the second time.
 */
@Entity
@Table(name = "disputes")
public class Dispute {

    private static final TriageFacts NO_FACTS = new TriageFacts(null, null, null, null);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", updatable = false)
    private long orderId;

    @Column(name = "buyer_id", updatable = false)
    private long buyerId;

    @Column(name = "seller_id", updatable = false)
    private long sellerId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private DisputeReason reason;

    @Column(updatable = false)
    private String description;

    @Column(updatable = false)
    private String currency;

    @Column(name = "requested_refund_minor", updatable = false)
    private long requestedRefundMinor;

    @Enumerated(EnumType.STRING)
    private DisputeStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "seller_decision")
    private SellerDecision sellerDecision;

    @Column(name = "seller_message")
    private String sellerMessage;

    @Column(name = "offered_refund_minor")
    private Long offeredRefundMinor;

    @Column(name = "offer_accepted")
    private Boolean offerAccepted;

    @Column(name = "agent_id")
    private Long agentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "agent_outcome")
    private AgentOutcome agentOutcome;

    @Column(name = "agent_note")
    private String agentNote;

    private String outcome;

    @Column(name = "refund_minor")
    private Long refundMinor;

    private boolean escalated;

    @Column(name = "opened_at", updatable = false)
    private Instant openedAt;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Embedded
    private TriageFacts facts;

    @Column(name = "auto_refund_rule")
    private String autoRefundRule;

    @Column(name = "auto_refund_reason")
    private String autoRefundReason;

    @Version
    private int version;

    protected Dispute() {
    }

    /** A new claim: it waits for the seller's answer. */
    static Dispute open(long orderId, long buyerId, long sellerId, DisputeReason reason, String description,
            Money requested, TriageFacts facts, Instant now) {
        if (requested.amountMinor() <= 0) {
            throw new FieldErrorException("requestedRefund", "must be above zero");
        }
        Dispute d = new Dispute();
        d.orderId = orderId;
        d.buyerId = buyerId;
        d.sellerId = sellerId;
        d.reason = reason;
        d.description = description.trim();
        d.currency = requested.currency();
        d.requestedRefundMinor = requested.amountMinor();
        d.status = DisputeStatus.AWAITING_SELLER;
        d.facts = facts;
        d.openedAt = now;
        return d;
    }

    /** The seller accepts, offers part of the refund (less than asked, above zero), or contests. */
    void respond(SellerDecision decision, String message, Long partialMinor) {
        require(DisputeStatus.AWAITING_SELLER, "take a seller response");
        Long offered = null;
        if (decision == SellerDecision.OFFER_PARTIAL) {
            if (partialMinor == null || partialMinor <= 0) {
                throw new FieldErrorException("partialRefund", "an offer needs an amount above zero");
            }
            if (partialMinor >= requestedRefundMinor) {
                throw new BusinessRuleException("A partial offer must be less than the " + requestedRefund()
                        + " asked for; accept the refund instead.");
            }
            offered = partialMinor;
        }
        sellerDecision = decision;
        sellerMessage = message;
        offeredRefundMinor = offered;
        status = decision == SellerDecision.OFFER_PARTIAL ? DisputeStatus.AWAITING_BUYER : DisputeStatus.IN_REVIEW;
    }

    /** The buyer takes or refuses the seller's offer. */
    void answerOffer(boolean accept) {
        require(DisputeStatus.AWAITING_BUYER, "take an answer to an offer");
        offerAccepted = accept;
        status = DisputeStatus.IN_REVIEW;
    }

    /** Triage handed it to an agent; a settled dispute stays settled. */
    void toAgentReview() {
        if (status != DisputeStatus.SETTLED) {
            status = DisputeStatus.IN_REVIEW;
        }
    }

    /** The agent's decision, recorded once the review task is completed; the same decision again changes nothing. */
    void agentDecided(long agent, AgentOutcome decided, String note) {
        if (agentOutcome != null) {
            if (agentOutcome == decided && agentId == agent) {
                return;
            }
            throw new ConflictException("Dispute " + id() + " was already decided by an agent.");
        }
        if (status != DisputeStatus.IN_REVIEW && status != DisputeStatus.SETTLED) {
            throw new ConflictException("Dispute " + id() + " cannot take an agent's decision while it is " + status
                    + ".");
        }
        agentId = agent;
        agentOutcome = decided;
        agentNote = note;
    }

    /** The review ran past its SLA. */
    void escalate() {
        if (!escalated) {
            require(DisputeStatus.IN_REVIEW, "be escalated");
            escalated = true;
        }
    }

    /**
     * Closes the dispute with the refund the ledger posted and the model's outcome; {@code why} is the rule that
     * refunded it automatically, if one did. Whether this call settled it: a settled dispute stays as it was.
     */
    boolean settle(OrderEvent settledBy, Money refund, TriageRule why, Instant now) {
        if (status == DisputeStatus.SETTLED) {
            return false;
        }
        status = DisputeStatus.SETTLED;
        outcome = settledBy.name();
        refundMinor = refund.amountMinor();
        settledAt = now;
        if (why != null) {
            autoRefundRule = why.id();
            autoRefundReason = why.description();
        }
        return true;
    }

    void require(DisputeStatus expected, String action) {
        if (status != expected) {
            throw new ConflictException("Dispute " + id() + " cannot " + action + " while it is " + status + ".");
        }
    }

    /** The DisputeOpened message this dispute gives the purchase process. */
    public Map<String, Object> openedMessage() {
        return TriageFacts.message(id(), reason, requestedRefundMinor, facts());
    }

    public long id() { return id == null ? 0 : id; }
    public long orderId() { return orderId; }
    public long buyerId() { return buyerId; }
    public long sellerId() { return sellerId; }
    public DisputeReason reason() { return reason; }
    public String description() { return description; }
    public Money requestedRefund() { return Money.of(requestedRefundMinor, currency); }
    public DisputeStatus status() { return status; }
    public SellerDecision sellerDecision() { return sellerDecision; }
    public String sellerMessage() { return sellerMessage; }
    public Money offeredRefund() { return money(offeredRefundMinor); }
    public Boolean offerAccepted() { return offerAccepted; }
    public Long agentId() { return agentId; }
    public AgentOutcome agentOutcome() { return agentOutcome; }
    public String agentNote() { return agentNote; }
    /** The event that settled it (an {@link OrderEvent} name), null while open. */
    public String outcome() { return outcome; }
    public Money refund() { return money(refundMinor); }
    public boolean escalated() { return escalated; }
    public Instant openedAt() { return openedAt; }
    public Instant settledAt() { return settledAt; }
    public TriageFacts facts() { return facts == null ? NO_FACTS : facts; }
    /** Why triage refunded the buyer without an agent, in the words of the decision table's rule; null otherwise. */
    public String autoRefundReason() { return autoRefundReason; }
    /** The id of that rule in the decision table. */
    public String autoRefundRule() { return autoRefundRule; }

    private Money money(Long minor) {
        return minor == null ? null : Money.of(minor, currency);
    }
}
