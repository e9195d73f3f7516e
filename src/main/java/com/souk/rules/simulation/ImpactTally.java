package com.souk.rules.simulation;

import com.souk.common.Money;
import com.souk.rules.simulation.DecisionImpact.CaseImpact;
import com.souk.rules.simulation.DecisionImpact.FigureKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Adds up a decision's impact over the replayed cases: money per currency, figures, categories, changed cases. */
final class ImpactTally {

    /** At most this many changed cases (and failures) are listed; the rest are counted. */
    static final int LISTED = 500;

    private ImpactTally() {
    }

    /** One category in one currency, while counting. */
    private static final class Category {
        final String name;
        final String currency;
        int cases;
        int changed;
        long revenueBefore;
        long revenueAfter;
        boolean revenue;
        long money;

        Category(String name, String currency) {
            this.name = name;
            this.currency = currency;
        }

        CategoryImpact done() {
            return new CategoryImpact(name, currency, cases, changed, revenue ? Money.of(revenueBefore, currency) : null,
                    revenue ? Money.of(revenueAfter, currency) : null, Money.of(money, currency));
        }
    }

    static DecisionSimulation tally(String decision, String name, String population, Integer comparedWith,
            DecisionImpact impact, List<Replayed> replayed, String message) {
        Amounts money = new Amounts();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Amounts> amounts = new LinkedHashMap<>();
        Map<String, Category> categories = new LinkedHashMap<>();
        List<CaseChange> changes = new ArrayList<>();
        List<CaseFailure> failures = new ArrayList<>();
        int changed = 0;
        int failed = 0;
        for (Replayed r : replayed) {
            PastCase c = r.pastCase();
            money.mention(c.currency());
            if (r.failed()) {
                failed++;
                if (failures.size() < LISTED) {
                    failures.add(new CaseFailure(c.orderId(), c.disputeId(), r.failure()));
                }
                continue;
            }
            CaseImpact part = impact.assess(r);
            money.add(part.money());
            part.figures().forEach((key, amount) -> {
                counts.merge(key, 1, Integer::sum);
                amounts.computeIfAbsent(key, k -> new Amounts()).add(amount);
            });
            Category category = categories.computeIfAbsent(c.category() + "/" + c.currency(),
                    k -> new Category(c.category(), c.currency()));
            category.cases++;
            category.money += part.money() == null ? 0 : part.money().amountMinor();
            if (part.commissionBefore() != null || part.commissionAfter() != null) {
                category.revenue = true;
                category.revenueBefore += part.commissionBefore() == null ? 0 : part.commissionBefore().amountMinor();
                category.revenueAfter += part.commissionAfter() == null ? 0 : part.commissionAfter().amountMinor();
            }
            if (r.changed()) {
                changed++;
                category.changed++;
                if (changes.size() < LISTED) {
                    changes.add(new CaseChange(c.orderId(), c.disputeId(), r.before(), r.after(), c.category(),
                            c.value(), part.commissionBefore(), part.commissionAfter(), part.daysMoved(),
                            part.effect()));
                }
            }
        }
        if (money.isEmpty()) {
            money.mention(Simulations.DEFAULT_CURRENCY);
        }
        List<Figure> figures = new ArrayList<>();
        for (FigureKind kind : impact.figures()) {
            figures.add(new Figure(kind.key(), kind.label(), counts.getOrDefault(kind.key(), 0),
                    amounts.getOrDefault(kind.key(), new Amounts()).list()));
        }
        List<Money> byCurrency = money.list();
        return new DecisionSimulation(decision, name, population, comparedWith, replayed.size(), changed, failed,
                byCurrency.get(0), byCurrency, impact.moneyMeaning(), figures,
                categories.values().stream().map(Category::done).toList(), changes, changed - changes.size(), failures,
                message, impact.moneyLabel(), impact.signedMoney());
    }
}
