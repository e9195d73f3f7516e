package com.souk.ordering;

import com.souk.common.ConflictException;
import com.souk.common.IsoDurations;
import com.souk.common.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A purchase from one seller. It guards its own status changes; the purchase process drives them. */
public class Order {

    private final long id;
    private final long buyerId;
    private final long sellerId;
    private OrderStatus status;
    private final Money total;
    private Money commission;
    private Money refunded;
    private Integer commissionBps;
    private String shipByPeriod;
    private String protectionPeriod;
    private Instant shipByAt;
    private Instant autoConfirmAt;
    private final String paymentToken;
    private final String cardLast4;
    private final ShippingAddress address;
    private final Instant createdAt;
    private final int version;
    private final List<OrderItem> items;
    private Long disputeId;

    Order(long id, long buyerId, long sellerId, OrderStatus status, Money total, Money commission, Money refunded,
            Integer commissionBps, String shipByPeriod, String protectionPeriod, Instant shipByAt,
            Instant autoConfirmAt, String paymentToken, String cardLast4, ShippingAddress address, Instant createdAt,
            int version, List<OrderItem> items, Long disputeId) {
        this.id = id;
        this.buyerId = buyerId;
        this.sellerId = sellerId;
        this.status = status;
        this.total = total;
        this.commission = commission;
        this.refunded = refunded;
        this.commissionBps = commissionBps;
        this.shipByPeriod = shipByPeriod;
        this.protectionPeriod = protectionPeriod;
        this.shipByAt = shipByAt;
        this.autoConfirmAt = autoConfirmAt;
        this.paymentToken = paymentToken;
        this.cardLast4 = cardLast4;
        this.address = address;
        this.createdAt = createdAt;
        this.version = version;
        this.items = List.copyOf(items);
        this.disputeId = disputeId;
    }

    /** Moves to the given status; moving to the status it already has is a no-op, so replays are harmless. */
    void moveTo(OrderStatus next) {
        if (next == status) {
            return;
        }
        if (!status.next().contains(next)) {
            throw new ConflictException("Order " + id + " is " + status + " and cannot become " + next + ".");
        }
        status = next;
    }

    /** Payment is held: the rules' terms apply from now on. */
    void paymentHeld(String shipBy, String protection, int bps, Instant now) {
        this.shipByPeriod = shipBy;
        this.protectionPeriod = protection;
        this.commissionBps = bps;
        this.commission = total.basisPoints(bps);
        this.shipByAt = after(now, shipBy);
        moveTo(OrderStatus.AWAITING_SHIPMENT);
    }

    void shipped(Instant now) {
        requireStatus(OrderStatus.AWAITING_SHIPMENT, "shipped");
        this.autoConfirmAt = after(now, protectionPeriod);
        moveTo(OrderStatus.SHIPPED);
    }

    void disputeOpened(long dispute) {
        requireStatus(OrderStatus.SHIPPED, "disputed");
        if (disputeId != null) {
            throw new ConflictException("Order " + id + " already has a dispute.");
        }
        this.disputeId = dispute;
        moveTo(OrderStatus.IN_DISPUTE);
    }

    /** The buyer's protection runs the given number of days longer. */
    void protectionExtended(int days) {
        requireStatus(OrderStatus.SHIPPED, "given more protection time");
        this.autoConfirmAt = autoConfirmAt.plus(Duration.ofDays(days));
    }

    void released(Money commissionTaken) {
        this.commission = commissionTaken;
    }

    void refunded(Money amount) {
        this.refunded = amount;
    }

    void requireStatus(OrderStatus required, String action) {
        if (status != required) {
            throw new ConflictException("Order " + id + " cannot be " + action + " while it is " + status
                    + (status == OrderStatus.PLACED ? " (payment is still being processed; try again shortly)" : "")
                    + ".");
        }
    }

    static Instant after(Instant from, String iso) {
        return IsoDurations.after(from, iso);
    }

    public long id() { return id; }
    public long buyerId() { return buyerId; }
    public long sellerId() { return sellerId; }
    public OrderStatus status() { return status; }
    public Money total() { return total; }
    public Money commission() { return commission; }
    public Money refunded() { return refunded; }
    public Integer commissionBps() { return commissionBps; }
    public String shipByPeriod() { return shipByPeriod; }
    public String protectionPeriod() { return protectionPeriod; }
    public Instant shipByAt() { return shipByAt; }
    public Instant autoConfirmAt() { return autoConfirmAt; }
    public String paymentToken() { return paymentToken; }
    public String cardLast4() { return cardLast4; }
    public ShippingAddress address() { return address; }
    public Instant createdAt() { return createdAt; }
    int version() { return version; }
    public List<OrderItem> items() { return items; }
    public String currency() { return total.currency(); }
    public Long disputeId() { return disputeId; }
}
