package com.souk.rules.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.common.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImpactTallyTest {

    @Test
    void listsAtMostFiveHundredChangesNewestFirstAndCountsTheRest() {
        List<PastCase> cases = new ArrayList<>();
        for (int i = 0; i < 620; i++) {
            cases.add(PastCase.of(PastCaseFixtures.held("home", 100, "EUR")));
        }
        DecisionSimulation result = ImpactTally.tally("x", "X", PastCases.ORDERS, null, new GenericImpact(),
                Replayed.replay(null, v -> "A", cases), null);
        assertThat(result.changed()).isEqualTo(620);
        assertThat(result.changes()).hasSize(ImpactTally.LISTED);
        assertThat(result.moreChanges()).isEqualTo(120);
        assertThat(result.changes().get(0).orderId()).isEqualTo(cases.get(0).orderId());
        assertThat(result.moneyImpact()).isEqualTo(Money.of(62_000, "EUR"));
        assertThat(result.comparedWithVersion()).isNull();
    }

    @Test
    void nothingReplayedStillNamesACurrency() {
        DecisionSimulation result = ImpactTally.tally("x", "X", PastCases.NONE, 2, new GenericImpact(), List.of(),
                "no case");
        assertThat(result.moneyImpact()).isEqualTo(Money.of(0, Simulations.DEFAULT_CURRENCY));
        assertThat(result.casesReplayed()).isZero();
        assertThat(result.message()).isEqualTo("no case");
    }

    @Test
    void anUnknownDecisionReplaysOnOrdersOrDisputesByWhatItReadsOrNamesWhatNoCaseHas() {
        assertThat(PastCases.population(Set.of("category", "amountMinor"))).isEqualTo(PastCases.ORDERS);
        assertThat(PastCases.population(Set.of())).isEqualTo(PastCases.ORDERS);
        assertThat(PastCases.population(Set.of("category", "reason"))).isEqualTo(PastCases.DISPUTES);
        assertThat(PastCases.population(Set.of("reason", "weather"))).isEqualTo(PastCases.NONE);
        assertThat(PastCases.unknownVariables(Set.of("reason", "weather", "loyaltyTier")))
                .startsWith("No past case has the variables loyaltyTier, weather this decision reads");
    }
}
