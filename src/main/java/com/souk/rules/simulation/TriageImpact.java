package com.souk.rules.simulation;

import com.souk.common.Money;
import com.souk.protection.DisputeCases;
import java.util.List;

/**
 * A triage table's change: claims the candidate refunds automatically that went to an agent, and the reverse. The
 * process refunds the requested amount without an agent only on AUTO_REFUND; any other answer goes to an agent.
 */
final class TriageImpact implements DecisionImpact {

    static final String TO_AUTO = "toAutoRefund";
    static final String TO_AGENT = "toAgent";

    @Override
    public List<FigureKind> figures() {
        return List.of(new FigureKind(TO_AUTO, "Claims refunded automatically instead of going to an agent"),
                new FigureKind(TO_AGENT, "Claims going to an agent instead of being refunded automatically"));
    }

    @Override
    public CaseImpact assess(Replayed replayed) {
        if (!replayed.changed()) {
            return CaseImpact.none();
        }
        boolean wasAuto = DisputeCases.TRIAGE_AUTO_REFUND.equals(replayed.before());
        boolean willBeAuto = DisputeCases.TRIAGE_AUTO_REFUND.equals(replayed.after());
        Money requested = replayed.pastCase().dispute().requestedRefund();
        if (willBeAuto && !wasAuto) {
            return CaseImpact.none().money(requested).count(TO_AUTO, requested)
                    .effect("refunded automatically instead of going to an agent");
        }
        if (wasAuto && !willBeAuto) {
            Money back = Money.of(-requested.amountMinor(), requested.currency());
            return CaseImpact.none().money(back).count(TO_AGENT, requested)
                    .effect("goes to an agent instead of being refunded automatically");
        }
        return CaseImpact.none().effect("goes to an agent either way");
    }

    @Override
    public String moneyMeaning() {
        return "Net change of what is refunded without an agent: the requested refunds of claims the candidate "
                + "refunds automatically, minus those of claims it sends to an agent instead.";
    }

    @Override
    public String moneyLabel() {
        return "refunded without an agent";
    }

    @Override
    public boolean signedMoney() {
        return true;
    }
}
