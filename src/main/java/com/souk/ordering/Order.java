package com.souk.ordering;

import com.souk.common.ConflictException;
import com.souk.common.IsoDurations;
import com.souk.common.Money;
import com.souk.payment.Commission;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Hibernate;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.ListIndexBase;

/**
 * A purchase from one seller, with its items and its timeline. Every change of its status, terms and money goes
 * through a method here that checks the status first; the purchase process drives them. Steps the process may run
 * twice (jobs are at-least-once) change nothing the second time.
 */
@Entity
@Table(name = "orders")
public class Order {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "buyer_id", updatable = false)
    private long buyerId;

    @Column(name = "seller_id", updatable = false)
    private long sellerId;

    @Enumerated(EnumType.STRING)
    private OrderStatus status;

    @Column(updatable = false)
    private String currency;

    @Column(name = "total_minor", updatable = false)
    private long totalMinor;

    /** What the ledger posted as commission at release; empty before. */
    @Column(name = "commission_minor")
    private Long commissionMinor;

    @Column(name = "refunded_minor")
    private long refundedMinor;

    @Column(name = "commission_bps")
    private Integer commissionBps;

    @Column(name = "ship_by_period")
    private String shipByPeriod;

    @Column(name = "protection_period")
    private String protectionPeriod;

    @Column(name = "ship_by_at")
    private Instant shipByAt;

    @Column(name = "auto_confirm_at")
    private Instant autoConfirmAt;

    @Column(name = "payment_token", updatable = false)
    private String paymentToken;

    @Column(name = "card_last4", updatable = false)
    private String cardLast4;

    /** The category the rules see: that of the largest line. */
    @Column(updatable = false)
    private String category;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "name", column = @Column(name = "ship_name", updatable = false)),
            @AttributeOverride(name = "line1", column = @Column(name = "ship_line1", updatable = false)),
            @AttributeOverride(name = "city", column = @Column(name = "ship_city", updatable = false)),
            @AttributeOverride(name = "postalCode", column = @Column(name = "ship_postal_code", updatable = false)),
            @AttributeOverride(name = "country", column = @Column(name = "ship_country", updatable = false))})
    private ShippingAddress address;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "dispute_id")
    private Long disputeId;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private int version;

    /** Loaded with the order: every reader of an order shows or needs its items. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_items", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    @ListIndexBase(1)
    private List<OrderLine> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "protection_extensions", joinColumns = @JoinColumn(name = "order_id"))
    private List<ProtectionExtension> extensions = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<TimelineEntry> timeline = new ArrayList<>();

    /**
     * The codes on the timeline when the order was read, comma-separated, in the same statement: a process step
     * that runs again finds its entry here without loading the timeline (new entries queue on the unread list).
     */
    @Formula("(select string_agg(e.event, ',') from order_events e where e.order_id = id)")
    private String eventsWhenRead;

    /** Codes recorded since the order was read. */
    @Transient
    private final Set<String> eventsSinceRead = new HashSet<>();

    private static final java.time.format.DateTimeFormatter SHIP_BY = java.time.format.DateTimeFormatter
            .ofPattern("d MMM yyyy, HH:mm 'UTC'", java.util.Locale.ENGLISH).withZone(java.time.ZoneOffset.UTC);

    protected Order() {
    }

    /** A new order, PLACED, with its first timeline entry. */
    static Order place(long buyerId, long sellerId, List<OrderItem> items, String token, String last4,
            ShippingAddress address, Instant now) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one item");
        }
        Order order = new Order();
        order.buyerId = buyerId;
        order.sellerId = sellerId;
        order.status = OrderStatus.PLACED;
        Money total = items.stream().map(OrderItem::lineTotal).reduce(Money::plus).orElseThrow();
        order.currency = total.currency();
        order.totalMinor = total.amountMinor();
        order.category = mainCategory(items);
        order.paymentToken = token;
        order.cardLast4 = last4;
        order.address = address;
        order.createdAt = now;
        items.forEach(i -> order.lines.add(new OrderLine(i)));
        order.record(OrderEvent.ORDER_PLACED, items.size() + " item(s), " + total + ", card ending " + last4, now);
        return order;
    }

    /** The category the rules see: that of the order's largest line, the first of equal ones. */
    static String mainCategory(List<OrderItem> items) {
        OrderItem main = items.get(0);
        for (OrderItem item : items) {
            if (item.lineTotal().amountMinor() > main.lineTotal().amountMinor()) {
                main = item;
            }
        }
        return main.category();
    }

    /** The stock step's outcome: reserved, or what is short. */
    void stockChecked(Optional<String> shortage, Instant now) {
        recordOnce(shortage.isEmpty() ? OrderEvent.STOCK_RESERVED : OrderEvent.STOCK_SHORT, shortage.orElse(null), now);
    }

    void stockReleased(Instant now) {
        recordOnce(OrderEvent.STOCK_RELEASED, null, now);
    }

    void cardDeclined(String reason, Instant now) {
        recordOnce(OrderEvent.CARD_DECLINED, "card ending " + cardLast4 + ": " + reason, now);
    }

    /** Payment is held: the rules' terms apply from now on. A replay after the order moved on changes nothing. */
    void paymentHeld(String shipBy, String protection, int bps, Instant now) {
        if (status == OrderStatus.PLACED) {
            this.shipByPeriod = shipBy;
            this.protectionPeriod = protection;
            this.commissionBps = bps;
            this.shipByAt = after(now, shipBy);
            moveTo(OrderStatus.AWAITING_SHIPMENT, now);
        }
        recordOnce(OrderEvent.PAYMENT_HELD, total() + " held in escrow; ship by "
                + (shipByAt == null ? "the seller's deadline" : SHIP_BY.format(shipByAt)), now);
    }

    void ship(String carrier, String trackingNumber, Instant now) {
        requireStatus(OrderStatus.AWAITING_SHIPMENT, "shipped");
        this.autoConfirmAt = after(now, protectionPeriod);
        moveTo(OrderStatus.SHIPPED, now);
        record(OrderEvent.SHIPPED, "with " + carrier + ", tracking " + trackingNumber, now);
    }

    /**
     * The buyer calls the order off before it ships: it is cancelled at once, so the seller can no longer ship it;
     * the process then refunds the buyer in full and puts the stock back.
     */
    void cancelByBuyer(Instant now) {
        requireStatus(OrderStatus.AWAITING_SHIPMENT, "cancelled (only an order that has not shipped yet can be)");
        moveTo(OrderStatus.CANCELLED, now);
        record(OrderEvent.CANCELLED_BY_BUYER, "the whole " + total() + " goes back to the card ending " + cardLast4,
                now);
    }

    /** Whether the buyer cancelled the order, rather than the seller not shipping it in time. */
    public boolean cancelledByBuyer() {
        return status == OrderStatus.CANCELLED && hasRecorded(OrderEvent.CANCELLED_BY_BUYER);
    }

    void confirmDelivery(Instant now) {
        requireStatus(OrderStatus.SHIPPED, "confirmed as received");
        record(OrderEvent.DELIVERY_CONFIRMED, "confirmed by the buyer", now);
    }

    /** The buyer asks for more protection time; one request waits for the seller at a time. */
    void requestExtension(int days, Instant now) {
        requireStatus(OrderStatus.SHIPPED, "given more protection time");
        if (pendingExtensionDays().isPresent()) {
            throw new ConflictException("A request for more protection time is already waiting for the seller.");
        }
        extensions.add(new ProtectionExtension(days, now));
        record(OrderEvent.PROTECTION_EXTENSION_REQUESTED, days + " more day(s) asked by the buyer", now);
    }

    /** The seller agrees: auto-confirmation moves by the days asked. */
    void approveExtension(Instant now) {
        requireStatus(OrderStatus.SHIPPED, "given more protection time");
        ProtectionExtension pending = extensions.stream().filter(ProtectionExtension::pending).findFirst()
                .orElseThrow(() -> new ConflictException("The buyer has not asked for more protection time."));
        pending.approve(now);
        this.autoConfirmAt = autoConfirmAt.plus(Duration.ofDays(pending.days()));
        record(OrderEvent.PROTECTION_EXTENSION_APPROVED, "auto-confirms on " + autoConfirmAt, now);
    }

    public Optional<Integer> pendingExtensionDays() {
        return extensions.stream().filter(ProtectionExtension::pending).map(ProtectionExtension::days).findFirst();
    }

    void openDispute(long dispute, String detail, Instant now) {
        requireStatus(OrderStatus.SHIPPED, "disputed");
        if (disputeId != null) {
            throw new ConflictException("Order " + id + " already has a dispute.");
        }
        this.disputeId = dispute;
        moveTo(OrderStatus.IN_DISPUTE, now);
        record(OrderEvent.DISPUTE_OPENED, detail, now);
    }

    /** The ledger refunded this to the buyer's card. */
    void refunded(Money posted, Instant now) {
        if (posted.amountMinor() > 0) {
            this.refundedMinor = posted.amountMinor();
            recordOnce(OrderEvent.REFUNDED, posted + " back to the card ending " + cardLast4, now);
        }
    }

    /** The ledger paid the seller and took the commission. */
    void released(Money toSeller, Money commission, Instant now) {
        this.commissionMinor = commission.amountMinor();
        recordOnce(OrderEvent.PAYMENT_RELEASED, toSeller + " to the seller, " + commission + " commission", now);
    }

    /**
     * A dispute ended with this refund (zero when rejected): the order ends refunded, partly refunded or completed.
     * A replay finds it there already.
     */
    OrderStatus disputeSettled(Money refund, Instant now) {
        OrderStatus end = refund.amountMinor() >= totalMinor ? OrderStatus.REFUNDED
                : refund.amountMinor() > 0 ? OrderStatus.PARTIALLY_REFUNDED : OrderStatus.COMPLETED;
        if (status != end) {
            requireStatus(OrderStatus.IN_DISPUTE, "settled as a dispute");
            moveTo(end, now);
        }
        return end;
    }

    /**
     * Moves to the given status at that moment; moving to the status it already has is a no-op, so replays are
     * harmless. An order that reaches its end with the goods delivered or refunded is finished then.
     */
    void moveTo(OrderStatus next, Instant at) {
        if (next == status) {
            return;
        }
        if (!status.next().contains(next)) {
            throw new ConflictException("Order " + id + " is " + status + " and cannot become " + next + ".");
        }
        status = next;
        if (next.isFinished()) {
            finishedAt = at;
        }
    }

    void requireStatus(OrderStatus required, String action) {
        if (status != required) {
            throw new ConflictException("Order " + id + " cannot be " + action + " while it is " + status
                    + (status == OrderStatus.PLACED ? " (payment is still being processed; try again shortly)" : "")
                    + ".");
        }
    }

    /** Adds an entry to the timeline. */
    void record(OrderEvent event, String detail, Instant at) {
        timeline.add(new TimelineEntry(this, event, detail, at));
        eventsSinceRead.add(event.name());
    }

    /** Adds an entry unless the timeline has one of that event already: process steps run at least once. */
    void recordOnce(OrderEvent event, String detail, Instant at) {
        if (!hasRecorded(event)) {
            record(event, detail, at);
        }
    }

    /** Whether the timeline has an entry of the event, read from the timeline only when it is loaded already. */
    boolean hasRecorded(OrderEvent event) {
        if (Hibernate.isInitialized(timeline)) {
            return timeline.stream().anyMatch(e -> e.is(event));
        }
        return eventsSinceRead.contains(event.name())
                || (eventsWhenRead != null && Arrays.asList(eventsWhenRead.split(",")).contains(event.name()));
    }

    static Instant after(Instant from, String iso) {
        return IsoDurations.after(from, iso);
    }

    public long id() { return id == null ? 0 : id; }
    public long buyerId() { return buyerId; }
    public long sellerId() { return sellerId; }
    public OrderStatus status() { return status; }
    public Money total() { return Money.of(totalMinor, currency); }

    /**
     * The platform's commission: what the ledger took at release, or before that what it will take on the amount
     * held ({@link Commission}, the one rule for both); empty until the rules set a rate.
     */
    public Money commission() {
        if (commissionMinor != null) {
            return Money.of(commissionMinor, currency);
        }
        return commissionBps == null ? null : Commission.on(total(), commissionBps);
    }

    public Money refunded() { return Money.of(refundedMinor, currency); }
    public Integer commissionBps() { return commissionBps; }
    public String shipByPeriod() { return shipByPeriod; }
    public String protectionPeriod() { return protectionPeriod; }
    public Instant shipByAt() { return shipByAt; }
    public Instant autoConfirmAt() { return autoConfirmAt; }
    public String paymentToken() { return paymentToken; }
    public String cardLast4() { return cardLast4; }
    public ShippingAddress address() { return address; }
    public Instant createdAt() { return createdAt; }
    public String category() { return category; }
    int version() { return version; }
    public List<OrderItem> items() { return lines.stream().map(l -> l.item(currency)).toList(); }
    public String currency() { return currency; }
    public Long disputeId() { return disputeId; }
    /** When it was completed or refunded; null before. */
    public Instant finishedAt() { return finishedAt; }

    /** What happened to the order, oldest first. */
    public List<TimelineEntry> timeline() { return List.copyOf(timeline); }

    /** Whether the timeline is in memory: always for a new order, after first use for one read from the database. */
    public boolean timelineLoaded() { return Hibernate.isInitialized(timeline); }
}
