package com.souk.rules.simulation;

import static com.souk.rules.simulation.PastCaseFixtures.HELD;
import static org.assertj.core.api.Assertions.assertThat;

import com.souk.common.Money;
import com.souk.ordering.OrderStatus;
import com.souk.ordering.PurchaseCases.PurchaseCase;
import com.souk.protection.DisputeCases.DisputeCase;
import com.souk.workflow.DecisionTables.Decision;
import com.souk.workflow.DecisionTables.DecisionFailedException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TriageImpactTest {

    private static PastCase claim(long requested) {
        PurchaseCase order = PastCaseFixtures.order("home", 10_000, 0, "EUR", OrderStatus.IN_DISPUTE, HELD, 0);
        DisputeCase dispute = PastCaseFixtures.dispute(order, "NOT_AS_DESCRIBED", requested, HELD.plusSeconds(60),
                "AGENT_REVIEW");
        return PastCase.of(dispute);
    }

    private static long requested(Map<String, Object> v) {
        return (Long) v.get("requestedRefundMinor");
    }

    @Test
    void raisingTheAutoRefundLimitSendsClaimsAroundAgentsAndLoweringItTheReverse() {
        Decision deployed = v -> requested(v) <= 2_000 ? "AUTO_REFUND" : "AGENT_REVIEW";
        Decision candidate = v -> requested(v) > 1_000 && requested(v) <= 5_000 ? "AUTO_REFUND" : "AGENT_REVIEW";
        List<PastCase> claims = List.of(claim(3_000), claim(4_000), claim(8_000), claim(1_500), claim(900));

        DecisionSimulation result = ImpactTally.tally("dispute-triage", "Dispute triage", PastCases.DISPUTES, 1,
                new TriageImpact(), Replayed.replay(deployed, candidate, claims), null);

        assertThat(result.changed()).isEqualTo(3);
        Figure toAuto = result.figures().get(0);
        assertThat(toAuto.key()).isEqualTo(TriageImpact.TO_AUTO);
        assertThat(toAuto.cases()).isEqualTo(2);
        assertThat(toAuto.amounts()).containsExactly(Money.of(7_000, "EUR"));
        Figure toAgent = result.figures().get(1);
        assertThat(toAgent.cases()).isEqualTo(1);
        assertThat(toAgent.amounts()).containsExactly(Money.of(900, "EUR"));
        assertThat(result.moneyImpact()).isEqualTo(Money.of(7_000 - 900, "EUR"));
        assertThat(result.changes()).extracting(CaseChange::disputeId).doesNotContainNull();
    }

    @Test
    void aCaseTheCandidateFailsOnIsCountedAndListedWhileTheOthersAreReplayed() {
        Decision deployed = v -> "AGENT_REVIEW";
        Decision fragile = v -> {
            if (requested(v) > 5_000) {
                throw new DecisionFailedException("dispute-triage: too large", new IllegalStateException());
            }
            return "AUTO_REFUND";
        };
        DecisionSimulation result = ImpactTally.tally("dispute-triage", "Dispute triage", PastCases.DISPUTES, 1,
                new TriageImpact(), Replayed.replay(deployed, fragile, List.of(claim(9_000), claim(1_000))), null);
        assertThat(result.casesReplayed()).isEqualTo(2);
        assertThat(result.failed()).isEqualTo(1);
        assertThat(result.failures()).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("candidate: ").contains("too large"));
        assertThat(result.changed()).isEqualTo(1);
        assertThat(result.moneyImpact()).isEqualTo(Money.of(1_000, "EUR"));
    }
}
