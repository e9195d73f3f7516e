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
        Money commission = remaining.basisPoints(commissionBps);
        Money toSeller = remaining.minus(commission);
        Map<String, Long> entries = new LinkedHashMap<>();
        entries.put(Accounts.escrow(orderId), -remaining.amountMinor());
        entries.put(Accounts.sellerPayable(sellerId), toSeller.amountMinor());
        entries.put(Accounts.PLATFORM_REVENUE, commission.amountMinor());
        ledger.post(orderId, RELEASE, currency, entries);
        return new Release(toSeller, commission);
    }

    /** Returns money from escrow to the buyer's card; more than is held is refused. */
    @Transactional
    public Money refund(long orderId, String cardToken, Money amount) {
        if (ledger.has(orderId, REFUND)) {
            return amount;
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

    /** What remains in the order's escrow account. */
    public Money inEscrow(long orderId, String currency) {
        return Money.of(ledger.balance(Accounts.escrow(orderId)), currency);
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
