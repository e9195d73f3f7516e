package com.souk.rules.simulation;

import com.souk.common.Money;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What changing one kind of decision means, case by case: its money, its deadlines, its figures. */
interface DecisionImpact {

    /** The breakdown lines this impact counts, in the order they are shown. */
    List<FigureKind> figures();

    /** What the candidate's answer means for one case that both versions answered (changed or not). */
    CaseImpact assess(Replayed replayed);

    /** A sentence saying what the money figure counts. */
    String moneyMeaning();

    /** A few words for the one-line summary in the audit log: "platform revenue". */
    String moneyLabel();

    /** Whether the money is a change that can go either way (shown with its sign), not an amount at stake. */
    boolean signedMoney();

    /** A line of the breakdown. */
    record FigureKind(String key, String label) {
    }

    /**
     * One case's part: the money it adds to the impact (null for none), the days a deadline moves, commission before
     * and after (commission only), a consequence in words, and the figures it counts towards with the amount it adds
     * to each.
     */
    record CaseImpact(Money money, BigDecimal daysMoved, Money commissionBefore, Money commissionAfter, String effect,
            Map<String, Money> figures) {

        static CaseImpact none() {
            return new CaseImpact(null, null, null, null, null, Map.of());
        }

        static CaseImpact days(BigDecimal daysMoved) {
            return new CaseImpact(null, daysMoved, null, null, null, Map.of());
        }

        CaseImpact money(Money amount) {
            return new CaseImpact(amount, daysMoved, commissionBefore, commissionAfter, effect, figures);
        }

        CaseImpact effect(String text) {
            return new CaseImpact(money, daysMoved, commissionBefore, commissionAfter,
                    effect == null ? text : effect + "; " + text, figures);
        }

        CaseImpact count(String figure, Money amount) {
            Map<String, Money> more = new LinkedHashMap<>(figures);
            more.put(figure, amount);
            return new CaseImpact(money, daysMoved, commissionBefore, commissionAfter, effect, more);
        }
    }
}
