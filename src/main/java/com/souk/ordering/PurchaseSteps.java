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
 * The work behind each step of the purchase process, one method per job type. Every method may run more than once
 * for the same order (jobs are at-least-once) and then changes nothing the second time. Each loads the order once;
 * steps that run in one job share its transaction, so later ones find the order already loaded.
 */
@Service
public class PurchaseSteps {

    private final Orders orders;
    private final StockReservations stock;
    private final Escrow escrow;
    private final Clock clock;

    PurchaseSteps(Orders orders, StockReservations stock, Escrow escrow, Clock clock) {
        this.orders = orders;
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
        order.stockChecked(shortage, clock.instant());
        return shortage;
    }

    @Transactional
    public void releaseStock(long orderId) {
        stock.release(orderId);
        load(orderId).stockReleased(clock.instant());
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
            order.cardDeclined(reason, now);
            return Optional.of(reason);
        }
        order.paymentHeld(shipBy, protectionPeriod, commissionBps, now);
        return Optional.empty();
    }

    /** Refunds the given amount, or all that is still in escrow when none is given. */
    @Transactional
    public Money refund(long orderId, Long amountMinor) {
        Order order = load(orderId);
        Money amount = amountMinor != null ? Money.of(amountMinor, order.currency())
                : escrow.inEscrow(orderId, order.currency());
        Money refunded = escrow.refund(orderId, order.paymentToken(), amount);
        order.refunded(refunded, clock.instant());
        return refunded;
    }

    @Transactional
    public void releasePayment(long orderId) {
        Order order = load(orderId);
        Escrow.Release release = escrow.release(orderId, order.sellerId(), order.currency(), order.commissionBps());
        order.released(release.toSeller(), release.commission(), clock.instant());
    }

    /** A dispute now holds the order's money: no release until it is settled. */
    @Transactional
    public Order markInDispute(long orderId, long disputeId, String detail) {
        Order order = load(orderId);
        order.openDispute(disputeId, detail, clock.instant());
        return order;
    }

    /** How a dispute ended for the money: refunded to the buyer, released to the seller, and the order's status. */
    public record Settlement(Money refunded, Money released, OrderStatus status) {
    }

    /**
     * Refunds the decided amount (capped at what is held), releases the rest to the seller minus commission, and
     * closes the order accordingly, with both on its timeline. Repeating it finds both postings done and changes
     * nothing.
     */
    @Transactional
    public Settlement settleDispute(long orderId, long refundMinor, OrderEvent event) {
        Order order = load(orderId);
        Escrow.DisputeMoney money = escrow.settleDispute(orderId, order.sellerId(), order.paymentToken(),
                order.currency(), refundMinor, order.commissionBps());
        Instant now = clock.instant();
        order.refunded(money.refunded(), now);
        if (money.release().toSeller().amountMinor() > 0 || money.release().commission().amountMinor() > 0) {
            order.released(money.release().toSeller(), money.release().commission(), now);
        }
        OrderStatus status = order.disputeSettled(money.refunded(), now);
        order.recordOnce(event, null, now);
        return new Settlement(money.refunded(), money.release().toSeller(), status);
    }

    /** Records a step of the process on the order: a new status, a timeline event, or both. */
    @Transactional
    public void record(long orderId, OrderStatus status, OrderEvent event) {
        Order order = load(orderId);
        Instant now = clock.instant();
        if (status != null) {
            order.moveTo(status, now);
        }
        if (event != null) {
            order.recordOnce(event, null, now);
        }
    }

    private Order load(long orderId) {
        return orders.byId(orderId).orElseThrow(() -> new IllegalStateException("order " + orderId + " is gone"));
    }
}
