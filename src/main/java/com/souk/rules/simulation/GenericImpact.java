package com.souk.rules.simulation;

import java.util.List;

/** A decision Souk has no model of: which cases change, and what is at stake in them. */
final class GenericImpact implements DecisionImpact {

    static final String CHANGED = "changed";

    @Override
    public List<FigureKind> figures() {
        return List.of(new FigureKind(CHANGED, "Cases whose outcome changes"));
    }

    @Override
    public CaseImpact assess(Replayed replayed) {
        if (!replayed.changed()) {
            return CaseImpact.none();
        }
        PastCase c = replayed.pastCase();
        return CaseImpact.none().money(c.value()).count(CHANGED, c.value());
    }

    @Override
    public String moneyMeaning() {
        return "Value of the cases whose outcome changes (order totals, or requested refunds for disputes); Souk "
                + "does not know what this decision does with money.";
    }

    @Override
    public String moneyLabel() {
        return "value of changed cases";
    }

    @Override
    public boolean signedMoney() {
        return false;
    }
}
