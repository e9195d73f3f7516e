package com.souk.rules.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.common.Money;
import com.souk.common.web.MoneyFormat;
import com.souk.ordering.OrderStatus;
import com.souk.ordering.PurchaseCases.PurchaseCase;
import com.souk.workflow.DecisionTables.Decision;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CommissionImpactTest {

    /** The bundled commission table, and the candidate that raises electronics from 500 to 700 basis points. */
    static final Decision DEPLOYED = v -> switch ((String) v.get("category")) {
        case "electronics" -> 500L;
        case "books" -> 1_000L;
        case "fashion" -> 1_200L;
        default -> 800L;
    };
    static final Decision RAISED = v -> "electronics".equals(v.get("category")) ? 700L : DEPLOYED.evaluate(v);

    static final long[] TOTALS = {1_999, 2_500, 4_999, 12_345, 100, 333, 75, 9_999, 50_001, 250};

    private static DecisionSimulation simulate(List<PurchaseCase> orders, Decision before, Decision after) {
        return ImpactTally.tally("commission", "Commission rate", PastCases.ORDERS, 1, new CommissionImpact(),
                Replayed.replay(before, after, orders.stream().map(PastCase::of).toList()), null);
    }

    @Test
    void raisingElectronicsFrom500To700BasisPointsOverTenKnownOrdersGivesTheExactRevenueDelta() {
        List<PurchaseCase> orders = new ArrayList<>();
        LongStream.of(TOTALS).forEach(t -> orders.add(PastCaseFixtures.held("electronics", t, "EUR")));
        orders.add(PastCaseFixtures.held("fashion", 10_000, "EUR"));

        DecisionSimulation result = simulate(orders, DEPLOYED, RAISED);

        // Per order, 7% minus 5%, each rounded half-even as the ledger does: 40+50+100+247+2+6+1+200+1000+6.
        assertThat(result.moneyImpact()).isEqualTo(Money.of(1_652, "EUR"));
        assertThat(result.casesReplayed()).isEqualTo(11);
        assertThat(result.changed()).isEqualTo(10);
        CaseChange largest = result.changes().stream().filter(c -> c.amount().amountMinor() == 12_345).findFirst()
                .orElseThrow();
        assertThat(largest.before()).isEqualTo(500L);
        assertThat(largest.after()).isEqualTo(700L);
        assertThat(largest.commissionBefore()).isEqualTo(Money.of(617, "EUR"));
        assertThat(largest.commissionAfter()).isEqualTo(Money.of(864, "EUR"));
        CategoryImpact electronics = result.perCategory().stream().filter(c -> c.category().equals("electronics"))
                .findFirst().orElseThrow();
        assertThat(electronics.changed()).isEqualTo(10);
        assertThat(electronics.moneyImpact()).isEqualTo(Money.of(1_652, "EUR"));
        assertThat(electronics.revenueAfter().amountMinor() - electronics.revenueBefore().amountMinor())
                .isEqualTo(1_652);
        CategoryImpact fashion = result.perCategory().stream().filter(c -> c.category().equals("fashion"))
                .findFirst().orElseThrow();
        assertThat(fashion.changed()).isZero();
        assertThat(fashion.revenueBefore()).isEqualTo(Money.of(1_200, "EUR"));
        assertThat(fashion.moneyImpact()).isEqualTo(Money.of(0, "EUR"));
        assertThat(result.figures()).filteredOn(f -> f.key().equals(CommissionImpact.HIGHER)).singleElement()
                .satisfies(f -> assertThat(f.cases()).isEqualTo(10));
    }

    @Test
    void commissionIsTakenFromWhatStaysInEscrowAfterRefunds() {
        PurchaseCase partly = PastCaseFixtures.order("electronics", 10_000, 4_000, "EUR", OrderStatus.PARTIALLY_REFUNDED,
                PastCaseFixtures.HELD, 0);
        PurchaseCase fully = PastCaseFixtures.order("electronics", 10_000, 10_000, "EUR", OrderStatus.REFUNDED,
                PastCaseFixtures.HELD, 0);
        DecisionSimulation result = simulate(List.of(partly, fully), DEPLOYED, RAISED);
        assertThat(result.moneyImpact()).isEqualTo(Money.of(420 - 300, "EUR"));
        assertThat(result.changed()).isEqualTo(2);
    }

    @Test
    void aLowerRateLosesRevenueAndEveryCurrencyGetsItsOwnFigure() {
        Decision lower = v -> "books".equals(v.get("category")) ? 500L : DEPLOYED.evaluate(v);
        DecisionSimulation result = simulate(List.of(PastCaseFixtures.held("books", 2_000, "EUR"),
                PastCaseFixtures.held("books", 3_000, "USD"), PastCaseFixtures.held("home", 3_000, "USD")),
                DEPLOYED, lower);
        assertThat(result.moneyImpactByCurrency()).containsExactly(Money.of(-100, "EUR"), Money.of(-150, "USD"));
        assertThat(result.figures()).filteredOn(f -> f.key().equals(CommissionImpact.LOWER)).singleElement()
                .satisfies(f -> assertThat(f.amounts()).containsExactly(Money.of(-100, "EUR"), Money.of(-150, "USD")));
        assertThat(SimulationSummary.line(result, new MoneyFormat()))
                .isEqualTo("commission: 3 cases, 2 changed, platform revenue −€1.00, −$1.50");
    }

    @Test
    void aCandidateWithoutARateForAnOrderSaysItWouldStopBeforeThePaymentIsHeld() {
        Decision onlyBooks = v -> "books".equals(v.get("category")) ? 1_000L : null;
        DecisionSimulation result = simulate(List.of(PastCaseFixtures.held("home", 5_000, "EUR")), DEPLOYED,
                onlyBooks);
        assertThat(result.changes()).singleElement().satisfies(c -> {
            assertThat(c.after()).isNull();
            assertThat(c.effect()).contains("no commission rate");
        });
        assertThat(result.moneyImpact()).isEqualTo(Money.of(-400, "EUR"));
    }

    @Test
    void theAuditLineShowsARiseWithItsSign() {
        DecisionSimulation result = simulate(List.of(PastCaseFixtures.held("electronics", 117_000, "EUR")), DEPLOYED,
                RAISED);
        assertThat(SimulationSummary.line(result, new MoneyFormat()))
                .isEqualTo("commission: 1 case, 1 changed, platform revenue +€23.40");
    }
}
