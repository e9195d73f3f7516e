package com.souk.ordering;

import com.souk.catalog.StockReservations;
import com.souk.common.Money;
import com.souk.payment.ChargeResult;
import com.souk.payment.Escrow;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work behind each step of the purchase process, one method per job type. Every method may run more
 * than once for the same order (jobs are at-least-once) and then changes nothing the second time.
 */
@Service
public class PurchaseSteps {

    private final Orders orders;
    private final OrderTimeline timeline;
    private final StockReservations stock;
    private final Escrow escrow;
    private final Clock clock;

    PurchaseSteps(Orders orders, OrderTimeline timeline, StockReservations stock, Escrow escrow, Clock clock) {
        this.orders = orders;
        this.timeline = timeline;
        this.stock = stock;
        this.escrow = escrow;
        this.clock = clock;
    }

    /** Reserves the items; answers what is short when they cannot all be had. */
    @Transactional
    public Optional<String> reserveStock(long orderId) {
        Order order = load(orderId);
        Optional<String> shortage = stock.reserve(orderId, order.items().stream()
                .map(i -> new StockReservations.Line(i.productId(), i.quantity())).toList());
        timeline.appendOnce(orderId, shortage.isEmpty() ? OrderEvent.STOCK_RESERVED : OrderEvent.STOCK_SHORT, shortage.orElse(null),
                clock.instant());
        return shortage;
    }

    @Transactional
    public void releaseStock(long orderId) {
        stock.release(orderId);
        timeline.appendOnce(orderId, OrderEvent.STOCK_RELEASED, null, clock.instant());
    }

    /** Charges the card into escrow; answers the reason when the card was refused. */
    @Transactional
    public Optional<String> holdPayment(long orderId, String shipBy, String protectionPeriod, int commissionBps) {
        Order order = load(orderId);
        ChargeResult result = escrow.hold(orderId, order.paymentToken(), order.total());
        Instant now = clock.instant();
        if (!result.approved()) {
            String reason = result.outcome() == ChargeResult.Outcome.INSUFFICIENT_FUNDS ? "insufficient funds"
                    : "declined by the card issuer";
            timeline.appendOnce(orderId, OrderEvent.CARD_DECLINED, "card ending " + order.cardLast4() + ": " + reason, now);
            return Optional.of(reason);
        }
        if (order.status() == OrderStatus.PLACED) {
            order.paymentHeld(shipBy, protectionPeriod, commissionBps, now);
            orders.save(order);
        }
        timeline.appendOnce(orderId, OrderEvent.PAYMENT_HELD, order.total() + " held in escrow; ship by "
                + order.shipByAt(), now);
        return Optional.empty();
    }

    /** Refunds the given amount, or all that is still in escrow when none is given. */
    @Transactional
    public Money refund(long orderId, Long amountMinor) {
        Order order = load(orderId);
        Money amount = amountMinor != null ? Money.of(amountMinor, order.currency())
                : escrow.inEscrow(orderId, order.currency());
        if (order.refunded().amountMinor() > 0) {
            return order.refunded();
        }
        Money refunded = escrow.refund(orderId, order.paymentToken(), amount);
        order.refunded(refunded);
        orders.save(order);
        timeline.appendOnce(orderId, OrderEvent.REFUNDED, refunded + " back to the card ending " + order.cardLast4(),
                clock.instant());
        return refunded;
    }

    @Transactional
    public void releasePayment(long orderId) {
        Order order = load(orderId);
        Escrow.Release release = escrow.release(orderId, order.sellerId(), order.currency(), order.commissionBps());
        order.released(release.commission());
        orders.save(order);
        timeline.appendOnce(orderId, OrderEvent.PAYMENT_RELEASED, release.toSeller() + " to the seller, "
                + release.commission() + " commission", clock.instant());
    }

    /** A dispute now holds the order's money: no release until it is settled. */
    @Transactional
    public Order markInDispute(long orderId, long disputeId, String detail) {
        Order order = load(orderId);
        order.disputeOpened(disputeId);
        orders.save(order);
        timeline.append(orderId, OrderEvent.DISPUTE_OPENED, detail, clock.instant());
        return order;
    }

    /** How a dispute ended for the money: refunded to the buyer, released to the seller, and the order's status. */
    public record Settlement(Money refunded, Money released, OrderStatus status) {
    }

    /**
     * Refunds the decided amount (capped at what is held), releases the rest to the seller minus commission,
     * and closes the order accordingly. Repeating it finds both postings done and changes nothing.
     */
    @Transactional
    public Settlement settleDispute(long orderId, long refundMinor, OrderEvent event) {
        Order order = load(orderId);
        Money held = order.total();
        long refund = Math.min(Math.max(refundMinor, 0), held.amountMinor());
        Money refunded = refund > 0 ? refund(orderId, refund) : Money.zero(order.currency());
        Money inEscrow = escrow.inEscrow(orderId, order.currency());
        Money released = Money.zero(order.currency());
        if (inEscrow.amountMinor() > 0) {
            Escrow.Release release = escrow.release(orderId, order.sellerId(), order.currency(), order.commissionBps());
            released = release.toSeller();
            order = load(orderId);
            order.released(release.commission());
            orders.save(order);
        }
        OrderStatus status = refunded.amountMinor() >= held.amountMinor() ? OrderStatus.REFUNDED
                : refunded.amountMinor() > 0 ? OrderStatus.PARTIALLY_REFUNDED : OrderStatus.COMPLETED;
        record(orderId, status, event);
        return new Settlement(refunded, released, status);
    }

    /** Records a step of the process on the order: a new status, a timeline event, or both. */
    @Transactional
    public void record(long orderId, OrderStatus status, OrderEvent event) {
        Order order = load(orderId);
        if (status != null && order.status() != status) {
            order.moveTo(status);
            orders.save(order);
        }
        if (event != null) {
            timeline.appendOnce(orderId, event, null, clock.instant());
        }
    }

    private Order load(long orderId) {
        return orders.byId(orderId).orElseThrow(() -> new IllegalStateException("order " + orderId + " is gone"));
    }
}
