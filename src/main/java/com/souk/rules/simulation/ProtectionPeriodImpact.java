package com.souk.rules.simulation;

import com.souk.ordering.PurchaseCases.PurchaseCase;
import com.souk.protection.DisputeCases.DisputeCase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A protection period's change: how far each auto-confirm deadline moves (shipment plus period plus the extensions
 * the seller approved), and the disputes opened after the new deadline, which would have come too late.
 */
final class ProtectionPeriodImpact implements DecisionImpact {

    static final String EARLIER = "earlierAutoConfirm";
    static final String LATER = "laterAutoConfirm";
    static final String TOO_LATE = "disputesTooLate";

    private final Map<Long, DisputeCase> disputesByOrder;

    ProtectionPeriodImpact(Map<Long, DisputeCase> disputesByOrder) {
        this.disputesByOrder = disputesByOrder;
    }

    @Override
    public List<FigureKind> figures() {
        return List.of(new FigureKind(EARLIER, "Shipped orders whose auto-confirm would have fallen earlier"),
                new FigureKind(LATER, "Shipped orders whose auto-confirm would have fallen later"),
                new FigureKind(TOO_LATE, "Disputes opened after the new deadline: they would have come too late"));
    }

    @Override
    public CaseImpact assess(Replayed replayed) {
        if (!replayed.changed()) {
            return CaseImpact.none();
        }
        PurchaseCase order = replayed.pastCase().order();
        if (order.shippedAt() == null) {
            Instant from = order.createdAt();
            return CaseImpact.days(Deadlines.daysBetween(Deadlines.after(from, replayed.before()),
                    Deadlines.after(from, replayed.after()))).effect("not shipped, so no auto-confirm deadline yet");
        }
        Instant was = Deadlines.plusDays(Deadlines.after(order.shippedAt(), replayed.before()), order.extensionDays());
        Instant will = Deadlines.plusDays(Deadlines.after(order.shippedAt(), replayed.after()), order.extensionDays());
        BigDecimal days = Deadlines.daysBetween(was, will);
        CaseImpact impact = CaseImpact.days(days);
        if (will == null) {
            return impact.effect("the candidate's answer is no ISO-8601 period: the order would stop at its timer");
        }
        if (days != null && days.signum() < 0) {
            impact = impact.count(EARLIER, order.total());
        } else if (days != null && days.signum() > 0) {
            impact = impact.count(LATER, order.total());
        }
        DisputeCase dispute = disputesByOrder.get(order.orderId());
        if (dispute != null && dispute.openedAt().isAfter(will)) {
            impact = impact.money(dispute.requestedRefund()).count(TOO_LATE, dispute.requestedRefund())
                    .effect("dispute " + dispute.disputeId() + " was opened "
                            + Deadlines.daysBetween(will, dispute.openedAt()).toPlainString()
                            + " day(s) after the new deadline: it would have come too late");
        }
        return impact;
    }

    @Override
    public String moneyMeaning() {
        return "Refunds asked for in disputes opened after the new deadline: with the candidate the order would "
                + "already have been confirmed, the buyer could not have disputed, and the money would have gone to "
                + "the seller.";
    }

    @Override
    public String moneyLabel() {
        return "refunds asked too late";
    }

    @Override
    public boolean signedMoney() {
        return false;
    }
}
