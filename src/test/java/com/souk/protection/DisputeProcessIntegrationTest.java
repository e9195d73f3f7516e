package com.souk.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.souk.ordering.OrderStatus;
import com.souk.ordering.Orders;
import com.souk.protection.DisputeScenario.Shipped;
import com.souk.support.Api;
import com.souk.support.Eventually;
import com.souk.support.LedgerInvariants;
import com.souk.support.LedgerInvariants.OrderMoney;
import com.souk.support.SoukIntegrationTest;
import com.souk.workflow.EngineClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of the dispute part of bpmn/purchase.bpmn, on the real engine and PostgreSQL, through the HTTP API. */
@SoukIntegrationTest
class DisputeProcessIntegrationTest {

    private static final long PRICE = 10_000;

    @Autowired
    DisputeScenario scenario;

    @Autowired
    Api api;

    @Autowired
    LedgerInvariants ledger;

    @Autowired
    Disputes disputes;

    @Autowired
    Orders orders;

    @Autowired
    EngineClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void refundsInFullWhenSellerAcceptsTheRefund() {
        Shipped order = scenario.shippedOrder("sam", "home", PRICE);
        long dispute = scenario.openDispute(order, "NOT_AS_DESCRIBED", PRICE);
        assertThat(orders.byId(order.orderId()).orElseThrow().status()).isEqualTo(OrderStatus.IN_DISPUTE);
        assertThat(ledger.of(order.orderId()).inEscrow()).as("money stays in escrow").isEqualTo(PRICE);

        assertThat(scenario.respond(order, dispute, "ACCEPT_REFUND", null).status()).isEqualTo(202);
        scenario.awaitStatus(order.orderId(), OrderStatus.REFUNDED);

        OrderMoney money = ledger.assertSettled(order.orderId());
        assertThat(money.refunded()).isEqualTo(PRICE);
        assertThat(money.released() + money.commission()).isZero();
        assertThat(scenario.dispute(order.buyer(), dispute).get("status").asText()).isEqualTo("SETTLED");
        assertThat(scenario.dispute(order.buyer(), dispute).get("outcome").asText()).isEqualTo("SELLER_ACCEPTED_REFUND");
    }

    @Test
    void refundsPartOfThePriceAndReleasesTheRestWhenTheBuyerAcceptsAnOffer() {
        Shipped order = scenario.shippedOrder("sam", "home", PRICE);
        long dispute = scenario.openDispute(order, "NOT_AS_DESCRIBED", PRICE);
        assertThat(scenario.respond(order, dispute, "OFFER_PARTIAL", 3_000L).status()).isEqualTo(202);
        assertThat(api.post(order.buyer(), "/api/disputes/" + dispute + "/buyer-answer", Map.of("acceptOffer", true))
                .status()).isEqualTo(202);
        scenario.awaitStatus(order.orderId(), OrderStatus.PARTIALLY_REFUNDED);

        OrderMoney money = ledger.assertSettled(order.orderId());
        assertThat(money.refunded()).isEqualTo(3_000);
        assertThat(money.commission()).as("8 %% of the 70.00 released").isEqualTo(560);
        assertThat(money.released()).isEqualTo(6_440);
        assertThat(scenario.taskOf(dispute)).isNull();
    }

    @Test
    void sendsADeclinedOfferToAnAgentWhoRefundsInFull() {
        Shipped order = scenario.shippedOrderOfANewSeller("home", PRICE);
        long dispute = scenario.openDispute(order, "NOT_AS_DESCRIBED", PRICE);
        scenario.respond(order, dispute, "OFFER_PARTIAL", 2_500L);
        api.post(order.buyer(), "/api/disputes/" + dispute + "/buyer-answer", Map.of("acceptOffer", false));

        String task = scenario.awaitTask(dispute);
        assertThat(scenario.dispute("ada", dispute).get("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(api.post("ada", "/api/tasks/" + task + "/claim", null).status()).isEqualTo(200);
        assertThat(api.post("ada", "/api/tasks/" + task + "/completion",
                Map.of("outcome", "REFUND_FULL", "note", "Photos show the damage.")).status()).isEqualTo(202);
        scenario.awaitStatus(order.orderId(), OrderStatus.REFUNDED);

        assertThat(ledger.assertSettled(order.orderId()).refunded()).isEqualTo(PRICE);
        assertThat(scenario.taskOf(dispute)).isNull();
        assertThat(scenario.dispute(order.seller(), dispute).at("/agentDecision/outcome").asText())
                .isEqualTo("REFUND_FULL");
    }

    @Test
    void refundsWhatWasAskedWhenTheSellerDoesNotRespondInTime() {
        Shipped order = scenario.shippedOrder("sam", "home", PRICE);
        long dispute = scenario.openDispute(order, "NOT_AS_DESCRIBED", 7_000);

        clock.advance(Duration.ofDays(6));
        scenario.awaitStatus(order.orderId(), OrderStatus.PARTIALLY_REFUNDED);

        OrderMoney money = ledger.assertSettled(order.orderId());
        assertThat(money.refunded()).isEqualTo(7_000);
        assertThat(money.commission()).isEqualTo(240);
        assertThat(money.released()).isEqualTo(2_760);
        assertThat(scenario.dispute(order.buyer(), dispute).get("outcome").asText()).isEqualTo("SELLER_DID_NOT_RESPOND");
    }

    @Test
    void refundsSmallContestedClaimsAutomaticallyByTriage() {
        Shipped order = scenario.shippedOrder("sara", "home", PRICE);
        long dispute = scenario.openDispute(order, "NOT_AS_DESCRIBED", 1_500);
        scenario.respond(order, dispute, "CONTEST", null);
        scenario.awaitStatus(order.orderId(), OrderStatus.PARTIALLY_REFUNDED);

        assertThat(ledger.assertSettled(order.orderId()).refunded()).isEqualTo(1_500);
        assertThat(scenario.dispute(order.buyer(), dispute).get("outcome").asText()).isEqualTo("AUTO_REFUNDED_BY_TRIAGE");
        assertThat(scenario.taskOf(dispute)).isNull();
    }

    @Test
    void refundsTheAgentsPartialAmountAndReleasesTheRest() {
        Shipped order = scenario.shippedOrderOfANewSeller("home", PRICE);
        long dispute = scenario.openDispute(order, "NOT_AS_DESCRIBED", PRICE);
        scenario.respond(order, dispute, "CONTEST", null);
        String task = scenario.awaitTask(dispute);
        api.post("ada", "/api/tasks/" + task + "/claim", null);
        assertThat(api.post("ada", "/api/tasks/" + task + "/completion", Map.of("outcome", "REFUND_PARTIAL",
                "refund", Map.of("amountMinor", 2_500, "currency", "EUR"), "note", "Minor scratches.")).status())
                .isEqualTo(202);
        scenario.awaitStatus(order.orderId(), OrderStatus.PARTIALLY_REFUNDED);

        OrderMoney money = ledger.assertSettled(order.orderId());
        assertThat(money.refunded()).isEqualTo(2_500);
        assertThat(money.commission()).isEqualTo(600);
        assertThat(money.released()).isEqualTo(6_900);
    }

    @Test
    void releasesToTheSellerWhenTheAgentRejectsTheDispute() {
        Shipped order = scenario.shippedOrderOfANewSeller("home", PRICE);
        long dispute = scenario.openDispute(order, "NOT_AS_DESCRIBED", PRICE);
        scenario.respond(order, dispute, "CONTEST", null);
        String task = scenario.awaitTask(dispute);
        api.post("ada", "/api/tasks/" + task + "/claim", null);
        api.post("ada", "/api/tasks/" + task + "/completion", Map.of("outcome", "REJECT", "note", "Tracking shows delivery."));
        scenario.awaitStatus(order.orderId(), OrderStatus.COMPLETED);

        OrderMoney money = ledger.assertSettled(order.orderId());
        assertThat(money.refunded()).isZero();
        assertThat(money.commission()).isEqualTo(800);
        assertThat(money.released()).isEqualTo(9_200);
    }

    @Test
    void escalatesAnOverdueReviewAndListsItFirstWhileTheTaskStaysOpen() {
        Shipped order = scenario.shippedOrderOfANewSeller("home", PRICE);
        long dispute = scenario.openDispute(order, "NOT_AS_DESCRIBED", PRICE);
        scenario.respond(order, dispute, "CONTEST", null);
        scenario.awaitTask(dispute);
        assertThat(scenario.task(dispute).get("escalated").asBoolean()).isFalse();
        assertThat(Instant.parse(scenario.task(dispute).get("due").asText())).isAfter(Instant.now());

        clock.advance(Duration.ofDays(3));
        Eventually.until(() -> disputes.byId(dispute).orElseThrow().escalated(), equalTo(true));

        assertThat(scenario.task(dispute).get("escalated").asBoolean()).isTrue();
        assertThat(api.get("ada", "/api/tasks").body().get(0).get("escalated").asBoolean())
                .as("overdue tasks come first").isTrue();
        assertThat(api.get(order.buyer(), "/api/orders/" + order.orderId()).body().at("/timeline")
                .findValuesAsText("event")).contains("DISPUTE_ESCALATED");
        assertThat(orders.byId(order.orderId()).orElseThrow().status()).isEqualTo(OrderStatus.IN_DISPUTE);
    }

    @Test
    void movesTheAutoConfirmationWhenTheSellerApprovesAnExtension() throws InterruptedException {
        Shipped order = scenario.shippedOrder("sara", "books", 3_000);
        Instant before = orders.byId(order.orderId()).orElseThrow().autoConfirmAt();
        assertThat(api.post(order.buyer(), "/api/orders/" + order.orderId() + "/protection-extension",
                Map.of("days", 10)).status()).isEqualTo(202);
        Api.Reply approved = api.post(order.seller(), "/api/orders/" + order.orderId() + "/protection-extension/approval",
                null);
        assertThat(approved.status()).isEqualTo(202);
        assertThat(Instant.parse(approved.body().at("/deadlines/autoConfirmAt").asText()))
                .isEqualTo(before.plus(Duration.ofDays(10)));

        clock.advance(Duration.ofDays(16));
        // The woken job executor fires due timers within milliseconds; two seconds of quiet show none was due.
        Thread.sleep(2_000);
        assertThat(orders.byId(order.orderId()).orElseThrow().status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(ledger.of(order.orderId()).inEscrow()).as("no release at the old deadline").isEqualTo(3_000);

        clock.advance(Duration.ofDays(10));
        scenario.awaitStatus(order.orderId(), OrderStatus.COMPLETED);
        assertThat(ledger.assertSettled(order.orderId()).released()).isEqualTo(2_700);
    }

    @Test
    void aDisputeStopsTheAutoConfirmationFromReleasingTheMoney() {
        Shipped order = scenario.shippedOrder("sam", "home", PRICE);
        scenario.openDispute(order, "NOT_AS_DESCRIBED", PRICE);

        clock.advance(Duration.ofDays(16));
        scenario.awaitStatus(order.orderId(), OrderStatus.REFUNDED);

        OrderMoney money = ledger.assertSettled(order.orderId());
        assertThat(money.released() + money.commission()).as("nothing released to the seller").isZero();
        assertThat(api.get(order.buyer(), "/api/orders/" + order.orderId()).body().at("/timeline")
                .findValuesAsText("event")).doesNotContain("AUTO_CONFIRMED");
    }
}
