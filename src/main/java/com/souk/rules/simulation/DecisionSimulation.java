package com.souk.rules.simulation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.souk.common.Money;
import java.util.List;

/**
 * What replaying one decision of a candidate over past cases found. {@code population} says which cases were
 * replayed (orders, disputes, or none); {@code moneyImpact} is the figure of the first currency and
 * {@code moneyImpactByCurrency} holds one per currency, {@code moneyMeaning} says in a sentence what it counts.
 * {@code changes} lists at most a few hundred changed cases, newest first; {@code moreChanges} says how many more.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionSimulation(String decision, String name, String population, Integer comparedWithVersion,
        int casesReplayed, int changed, int failed, Money moneyImpact, List<Money> moneyImpactByCurrency,
        String moneyMeaning, List<Figure> figures, List<CategoryImpact> perCategory, List<CaseChange> changes,
        int moreChanges, List<CaseFailure> failures, String message, @JsonIgnore String moneyLabel,
        @JsonIgnore boolean signedMoney) {

    /** Whether anything would come out differently. */
    @JsonIgnore
    public boolean anyChange() {
        return changed > 0;
    }
}
