package com.souk.rules.simulation;

import static com.souk.rules.simulation.PastCaseFixtures.HELD;
import static com.souk.rules.simulation.PastCaseFixtures.days;
import static org.assertj.core.api.Assertions.assertThat;

import com.souk.common.Money;
import com.souk.common.web.MoneyFormat;
import com.souk.ordering.OrderStatus;
import com.souk.ordering.PurchaseCases.PurchaseCase;
import com.souk.protection.DisputeCases.DisputeCase;
import com.souk.workflow.DecisionTables.Decision;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ship-by and protection periods: how far deadlines move and what would have happened at the new ones. */
class DeadlineImpactTest {

    private static DecisionSimulation simulate(DecisionImpact impact, List<PastCase> cases, Decision before,
            Decision after) {
        return ImpactTally.tally("d", "D", PastCases.ORDERS, 1, impact, Replayed.replay(before, after, cases), null);
    }

    private static Figure figure(DecisionSimulation result, String key) {
        return result.figures().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aShorterShipByPeriodCancelsTheOrdersShippedAfterTheNewDeadlineAndRefundsThemInFull() {
        PurchaseCase lateUnderNew = PastCaseFixtures.order("home", 4_000, 0, "EUR", OrderStatus.SHIPPED,
                days(HELD, 4), 0);
        PurchaseCase inTime = PastCaseFixtures.order("home", 6_000, 0, "EUR", OrderStatus.COMPLETED, days(HELD, 2), 0);
        PurchaseCase furniture = PastCaseFixtures.order("furniture", 90_000, 0, "EUR", OrderStatus.SHIPPED,
                days(HELD, 9), 0);
        Decision deployed = v -> "furniture".equals(v.get("category")) ? "P10D" : "P5D";
        Decision shorter = v -> "furniture".equals(v.get("category")) ? "P10D" : "P3D";

        DecisionSimulation result = simulate(new ShipByImpact(),
                List.of(PastCase.of(lateUnderNew), PastCase.of(inTime), PastCase.of(furniture)), deployed, shorter);

        assertThat(result.changed()).isEqualTo(2);
        assertThat(result.moneyImpact()).isEqualTo(Money.of(4_000, "EUR"));
        assertThat(figure(result, ShipByImpact.LATE).cases()).isEqualTo(1);
        assertThat(figure(result, ShipByImpact.EARLIER).cases()).isEqualTo(2);
        assertThat(result.changes()).allSatisfy(c -> assertThat(c.daysMoved()).isEqualByComparingTo("-2"));
        assertThat(result.changes()).filteredOn(c -> c.orderId().equals(String.valueOf(lateUnderNew.orderId())))
                .singleElement().satisfies(c -> assertThat(c.effect()).contains("1 day(s) after the new deadline"));
    }

    @Test
    void aLongerShipByPeriodGivesCancelledOrdersMoreTimeAndRefundsNothing() {
        PurchaseCase cancelled = PastCaseFixtures.order("home", 3_000, 3_000, "EUR", OrderStatus.CANCELLED, null, 0);
        DecisionSimulation result = simulate(new ShipByImpact(), List.of(PastCase.of(cancelled)), v -> "P5D",
                v -> "P7D");
        assertThat(result.moneyImpact()).isEqualTo(Money.of(0, "EUR"));
        assertThat(figure(result, ShipByImpact.MORE_TIME).cases()).isEqualTo(1);
        assertThat(result.changes().get(0).daysMoved()).isEqualByComparingTo(BigDecimal.valueOf(2));
    }

    @Test
    void aShorterProtectionPeriodMakesDisputesOpenedAfterTheNewDeadlineTooLate() {
        // Shipped on day 1, 2 days of extension approved: auto-confirm on day 33 with P30D, day 18 with P15D.
        PurchaseCase late = PastCaseFixtures.order("electronics", 20_000, 0, "EUR", OrderStatus.IN_DISPUTE,
                days(HELD, 1), 2);
        PurchaseCase early = PastCaseFixtures.order("electronics", 8_000, 0, "EUR", OrderStatus.IN_DISPUTE,
                days(HELD, 1), 0);
        PurchaseCase confirmed = PastCaseFixtures.order("books", 1_000, 0, "EUR", OrderStatus.COMPLETED,
                days(HELD, 1), 0);
        DisputeCase tooLate = PastCaseFixtures.dispute(late, "NOT_AS_DESCRIBED", 15_000, days(HELD, 19), null);
        DisputeCase inTime = PastCaseFixtures.dispute(early, "NOT_AS_DESCRIBED", 8_000, days(HELD, 10), null);
        Decision deployed = v -> "electronics".equals(v.get("category")) ? "P30D" : "P15D";
        Decision shorter = v -> "P15D";
        ProtectionPeriodImpact impact = new ProtectionPeriodImpact(Map.of(late.orderId(), tooLate, early.orderId(),
                inTime));

        DecisionSimulation result = simulate(impact, List.of(PastCase.of(late), PastCase.of(early),
                PastCase.of(confirmed)), deployed, shorter);

        assertThat(result.changed()).isEqualTo(2);
        assertThat(result.moneyImpact()).isEqualTo(Money.of(15_000, "EUR"));
        assertThat(figure(result, ProtectionPeriodImpact.TOO_LATE).amounts()).containsExactly(Money.of(15_000, "EUR"));
        assertThat(figure(result, ProtectionPeriodImpact.EARLIER).cases()).isEqualTo(2);
        assertThat(result.changes()).filteredOn(c -> c.orderId().equals(String.valueOf(late.orderId())))
                .singleElement().satisfies(c -> {
                    assertThat(c.daysMoved()).isEqualByComparingTo("-15");
                    assertThat(c.effect()).contains("dispute " + tooLate.disputeId()).contains("too late");
                });
    }

    @Test
    void theSellerResponseWindowMovesByDaysAndCountsTheValueOfTheAffectedDisputes() {
        PurchaseCase order = PastCaseFixtures.order("home", 9_000, 0, "EUR", OrderStatus.IN_DISPUTE, HELD, 0);
        DisputeCase notReceived = PastCaseFixtures.dispute(order, "NOT_RECEIVED", 9_000, days(HELD, 3), null);
        DisputeCase described = PastCaseFixtures.dispute(order, "NOT_AS_DESCRIBED", 2_500, days(HELD, 3), null);
        Decision deployed = v -> "NOT_RECEIVED".equals(v.get("reason")) ? "P3D" : "P5D";
        Decision candidate = v -> "P5D";
        DecisionSimulation result = ImpactTally.tally("seller-response-window", "S", PastCases.DISPUTES, 1,
                WindowImpact.ofDisputes("seller response window"),
                Replayed.replay(deployed, candidate, List.of(PastCase.of(notReceived), PastCase.of(described))), null);
        assertThat(result.changed()).isEqualTo(1);
        assertThat(result.changes().get(0).disputeId()).isEqualTo(String.valueOf(notReceived.disputeId()));
        assertThat(result.changes().get(0).daysMoved()).isEqualByComparingTo("2");
        assertThat(result.moneyImpact()).isEqualTo(Money.of(9_000, "EUR"));
        assertThat(figure(result, WindowImpact.LONGER).cases()).isEqualTo(1);
    }

    @Test
    void theReviewWindowMovesNoMoney() {
        PurchaseCase books = PastCaseFixtures.order("books", 3_000, 0, "EUR", OrderStatus.COMPLETED, HELD, 0);
        DecisionSimulation result = simulate(WindowImpact.reviewWindow(), List.of(PastCase.of(books)), v -> "P60D",
                v -> "P30D");
        assertThat(result.changed()).isEqualTo(1);
        assertThat(result.moneyImpact()).isEqualTo(Money.of(0, "EUR"));
        assertThat(result.moneyMeaning()).contains("moves no money");
        assertThat(result.changes().get(0).daysMoved()).isEqualByComparingTo("-30");
        assertThat(SimulationSummary.line(result, new MoneyFormat()))
                .isEqualTo("d: 1 case, 1 changed, no money moved");
    }
}
