package com.souk.payment;

import com.souk.common.BusinessRuleException;
import com.souk.common.Money;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Holds a buyer's payment for an order, then releases it to the seller or refunds it. Every step is repeatable. */
@Service
public class Escrow {

    static final String HOLD = "HOLD";
    static final String RELEASE = "RELEASE";
    static final String REFUND = "REFUND";

    private final PaymentGateway gateway;
    private final Ledger ledger;

    Escrow(PaymentGateway gateway, Ledger ledger) {
        this.gateway = gateway;
        this.ledger = ledger;
    }

    /** Charges the card into the order's escrow account; answers the gateway's decision. */
    @Transactional
    public ChargeResult hold(long orderId, String cardToken, Money amount) {
        ChargeResult result = gateway.charge("order-" + orderId + "-hold", cardToken, amount);
        if (result.approved()) {
            ledger.post(orderId, HOLD, amount.currency(),
                    Map.of(Accounts.EXTERNAL_CARD, -amount.amountMinor(), Accounts.escrow(orderId), amount.amountMinor()));
        }
        return result;
    }

    /** What a release paid out: to the seller and to the platform as commission. */
    public record Release(Money toSeller, Money commission) {
    }

    /** Pays what is left in escrow to the seller, less the commission in basis points. */
    @Transactional
    public Release release(long orderId, long sellerId, String currency, int commissionBps) {
        if (ledger.has(orderId, RELEASE)) {
            return releasedEarlier(orderId, currency);
        }
        Money remaining = Money.of(ledger.balance(Accounts.escrow(orderId)), currency);
        Money commission = Commission.on(remaining, commissionBps);
        Money toSeller = remaining.minus(commission);
        Map<String, Long> entries = new LinkedHashMap<>();
        entries.put(Accounts.escrow(orderId), -remaining.amountMinor());
        entries.put(Accounts.sellerPayable(sellerId), toSeller.amountMinor());
        entries.put(Accounts.PLATFORM_REVENUE, commission.amountMinor());
        ledger.post(orderId, RELEASE, currency, entries);
        return new Release(toSeller, commission);
    }

    /** Returns money from escrow to the buyer's card; more than is held is refused. A replay answers what was posted. */
    @Transactional
    public Money refund(long orderId, String cardToken, Money amount) {
        if (ledger.has(orderId, REFUND)) {
            return refundedEarlier(orderId, amount.currency());
        }
        long held = ledger.balance(Accounts.escrow(orderId));
        if (amount.amountMinor() <= 0 || amount.amountMinor() > held) {
            throw new BusinessRuleException("A refund of " + amount + " is more than the " + Money.of(held,
                    amount.currency()) + " held for order " + orderId + ".");
        }
        gateway.refund("order-" + orderId + "-refund", cardToken, amount);
        ledger.post(orderId, REFUND, amount.currency(),
                Map.of(Accounts.escrow(orderId), -amount.amountMinor(), Accounts.EXTERNAL_CARD, amount.amountMinor()));
        return amount;
    }

    /** How a dispute ended for the money: refunded to the buyer, and what the release paid (zero when nothing was left). */
    public record DisputeMoney(Money refunded, Release release) {
    }

    /**
     * The money half of settling a dispute: refunds the decided amount (capped at what was held) and releases what
     * is left to the seller minus commission. Repeating it finds both postings done and answers what they posted.
     */
    @Transactional
    public DisputeMoney settleDispute(long orderId, long sellerId, String cardToken, String currency, long refundMinor,
            int commissionBps) {
        long held = heldEarlier(orderId);
        long refund = Math.min(Math.max(refundMinor, 0), held);
        Money refunded = refund > 0 ? refund(orderId, cardToken, Money.of(refund, currency)) : Money.zero(currency);
        Release release = ledger.has(orderId, RELEASE) || ledger.balance(Accounts.escrow(orderId)) > 0
                ? release(orderId, sellerId, currency, commissionBps)
                : new Release(Money.zero(currency), Money.zero(currency));
        return new DisputeMoney(refunded, release);
    }

    /** What remains in the order's escrow account. */
    public Money inEscrow(long orderId, String currency) {
        return Money.of(ledger.balance(Accounts.escrow(orderId)), currency);
    }

    private Money refundedEarlier(long orderId, String currency) {
        long refunded = ledger.postingsFor(orderId).stream()
                .filter(p -> p.operation().equals(REFUND) && p.account().equals(Accounts.EXTERNAL_CARD))
                .mapToLong(Posting::amountMinor).sum();
        return Money.of(refunded, currency);
    }

    private long heldEarlier(long orderId) {
        return ledger.postingsFor(orderId).stream()
                .filter(p -> p.operation().equals(HOLD) && p.account().equals(Accounts.escrow(orderId)))
                .mapToLong(Posting::amountMinor).sum();
    }

    private Release releasedEarlier(long orderId, String currency) {
        long toSeller = 0;
        long commission = 0;
        for (Posting p : ledger.postingsFor(orderId)) {
            if (p.operation().equals(RELEASE) && p.account().startsWith("seller:")) {
                toSeller += p.amountMinor();
            } else if (p.operation().equals(RELEASE) && p.account().equals(Accounts.PLATFORM_REVENUE)) {
                commission += p.amountMinor();
            }
        }
        return new Release(Money.of(toSeller, currency), Money.of(commission, currency));
    }
}
