package com.souk.rules.simulation;

import com.souk.ordering.OrderStatus;
import com.souk.ordering.PurchaseCases.PurchaseCase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A ship-by period's change: how far each deadline moves, and the orders that shipped after the new deadline, which
 * the process would have cancelled and refunded in full.
 */
final class ShipByImpact implements DecisionImpact {

    static final String LATE = "shippedAfterNewDeadline";
    static final String EARLIER = "earlierDeadline";
    static final String LATER = "laterDeadline";
    static final String MORE_TIME = "cancelledWithMoreTime";

    @Override
    public List<FigureKind> figures() {
        return List.of(new FigureKind(LATE, "Orders shipped after the new deadline: cancelled and refunded in full"),
                new FigureKind(EARLIER, "Orders whose ship-by deadline moves earlier"),
                new FigureKind(LATER, "Orders whose ship-by deadline moves later"),
                new FigureKind(MORE_TIME, "Orders cancelled for not shipping in time that would have had longer"));
    }

    @Override
    public CaseImpact assess(Replayed replayed) {
        if (!replayed.changed()) {
            return CaseImpact.none();
        }
        PurchaseCase order = replayed.pastCase().order();
        // The timer starts when the payment is held, right after the decision.
        Instant from = order.paymentHeldAt() != null ? order.paymentHeldAt() : order.createdAt();
        Instant was = Deadlines.after(from, replayed.before());
        Instant will = Deadlines.after(from, replayed.after());
        BigDecimal days = Deadlines.daysBetween(was, will);
        CaseImpact impact = CaseImpact.days(days);
        if (will == null) {
            return impact.effect("the candidate's answer is no ISO-8601 period: the order would stop at its timer");
        }
        if (order.shippedAt() != null && order.shippedAt().isAfter(will)) {
            impact = impact.money(order.total()).count(LATE, order.total()).effect("shipped "
                    + Deadlines.daysBetween(will, order.shippedAt()).toPlainString() + " day(s) after the new deadline: "
                    + "would have been cancelled and refunded in full");
        }
        if (order.status() == OrderStatus.CANCELLED && was != null && will.isAfter(was)) {
            impact = impact.count(MORE_TIME, order.total())
                    .effect("cancelled for not shipping in time; the seller would have had longer");
        }
        if (days != null && days.signum() < 0) {
            impact = impact.count(EARLIER, order.total());
        } else if (days != null && days.signum() > 0) {
            impact = impact.count(LATER, order.total());
        }
        return impact;
    }

    @Override
    public String moneyMeaning() {
        return "Total of the orders that shipped after the new deadline: the process would have cancelled them and "
                + "refunded their buyers in full, so their sellers would not have been paid.";
    }

    @Override
    public String moneyLabel() {
        return "refunded in full";
    }

    @Override
    public boolean signedMoney() {
        return false;
    }
}
