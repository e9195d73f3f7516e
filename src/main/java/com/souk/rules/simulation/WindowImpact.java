package com.souk.rules.simulation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A window's change (seller response, buyer answer, agent SLA, review window): how far it moves and which cases it
 * affects; the money is the value of the affected disputes, none for the review window.
 */
final class WindowImpact implements DecisionImpact {

    static final String SHORTER = "shorterWindow";
    static final String LONGER = "longerWindow";

    private final String window;
    private final boolean movesMoney;

    private WindowImpact(String window, boolean movesMoney) {
        this.window = window;
        this.movesMoney = movesMoney;
    }

    static WindowImpact ofDisputes(String window) {
        return new WindowImpact(window, true);
    }

    static WindowImpact reviewWindow() {
        return new WindowImpact("review window", false);
    }

    @Override
    public List<FigureKind> figures() {
        return List.of(new FigureKind(SHORTER, "Cases whose " + window + " gets shorter"),
                new FigureKind(LONGER, "Cases whose " + window + " gets longer"));
    }

    @Override
    public CaseImpact assess(Replayed replayed) {
        if (!replayed.changed()) {
            return CaseImpact.none();
        }
        PastCase c = replayed.pastCase();
        Instant from = c.dispute() != null ? c.dispute().openedAt() : c.order().createdAt();
        BigDecimal days = Deadlines.daysBetween(Deadlines.after(from, replayed.before()),
                Deadlines.after(from, replayed.after()));
        CaseImpact impact = CaseImpact.days(days).money(movesMoney ? c.value() : null);
        if (Deadlines.after(from, replayed.after()) == null) {
            return impact.effect("the candidate's answer is no ISO-8601 period: the process would stop at its timer");
        }
        if (days != null && days.signum() < 0) {
            impact = impact.count(SHORTER, movesMoney ? c.value() : null);
        } else if (days != null && days.signum() > 0) {
            impact = impact.count(LONGER, movesMoney ? c.value() : null);
        }
        return impact;
    }

    @Override
    public String moneyMeaning() {
        return movesMoney ? "Value of the disputes whose " + window + " changes: the refunds their buyers asked for."
                : "The review window moves no money: it only changes how long buyers may write a review.";
    }

    @Override
    public String moneyLabel() {
        return movesMoney ? "disputes affected" : "no money moved";
    }

    @Override
    public boolean signedMoney() {
        return false;
    }
}
