package com.souk.rules.simulation;

import com.souk.common.Money;
import com.souk.payment.Commission;
import com.souk.ordering.PurchaseCases.PurchaseCase;
import java.util.List;
import java.util.Map;

/**
 * A commission table's change in platform revenue: per order, the commission at the candidate's rate minus that at
 * the deployed rate, on what the seller's payout is computed from (total minus refunds), rounded as the ledger does.
 */
final class CommissionImpact implements DecisionImpact {

    static final String HIGHER = "higherCommission";
    static final String LOWER = "lowerCommission";
    static final String NO_RATE = "noRate";

    @Override
    public List<FigureKind> figures() {
        return List.of(new FigureKind(HIGHER, "Orders that would pay more commission (extra revenue)"),
                new FigureKind(LOWER, "Orders that would pay less commission (revenue lost)"),
                new FigureKind(NO_RATE, "Orders the candidate gives no commission rate: their payment could not be held"));
    }

    @Override
    public CaseImpact assess(Replayed replayed) {
        PurchaseCase order = replayed.pastCase().order();
        Money base = order.payoutBase();
        Integer before = basisPoints(replayed.before());
        Integer after = basisPoints(replayed.after());
        Money was = before == null ? null : Commission.on(base, before);
        Money will = after == null ? null : Commission.on(base, after);
        long delta = (will == null ? 0 : will.amountMinor()) - (was == null ? 0 : was.amountMinor());
        CaseImpact impact = new CaseImpact(Money.of(delta, base.currency()), null, was, will, null, Map.of());
        if (after == null) {
            impact = impact.count(NO_RATE, order.total())
                    .effect("no commission rate: the order would stop before its payment is held");
        }
        if (delta > 0) {
            impact = impact.count(HIGHER, Money.of(delta, base.currency()));
        } else if (delta < 0) {
            impact = impact.count(LOWER, Money.of(delta, base.currency()));
        }
        return impact;
    }

    /** The rate as the hold-payment step reads the variable: a whole number, or a text of one. */
    static Integer basisPoints(Object answer) {
        if (answer instanceof Number n) {
            return (int) n.longValue();
        }
        if (answer instanceof String text && text.strip().matches("-?\\d{1,9}")) {
            return Integer.valueOf(text.strip());
        }
        return null;
    }

    @Override
    public String moneyMeaning() {
        return "Change in platform revenue: the commission at the candidate's rate minus that at the deployed rate, on "
                + "what each seller is paid from (the order total minus refunds); positive means the platform earns more.";
    }

    @Override
    public String moneyLabel() {
        return "platform revenue";
    }

    @Override
    public boolean signedMoney() {
        return true;
    }
}
