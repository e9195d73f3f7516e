package com.souk.workflow.camunda;

import static io.camunda.process.test.api.CamundaAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.souk.catalog.Product;
import com.souk.ordering.OrderStatus;
import com.souk.protection.DisputeScenario;
import com.souk.protection.DisputeScenario.Shipped;
import com.souk.support.Api;
import com.souk.support.Fixtures;
import io.camunda.client.CamundaClient;
import io.camunda.process.test.api.assertions.ProcessInstanceSelector;
import io.camunda.process.test.api.assertions.ProcessInstanceSelectors;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of bpmn/purchase.bpmn, purchase and dispute, on a Camunda 8 cluster with Souk in cluster mode
 * (souk.engine=camunda): the same models, handlers and API as the embedded engine's integration tests. Each test acts
 * through Souk's API as the buyer, seller and agent would, and checks what the cluster did with Camunda Process
 * Test's assertions, and what Souk shows. Runs where {@link CamundaClusterCondition} finds a cluster; skipped, with
 * the reason printed, elsewhere.
 */
@SoukOnCamunda
class PurchaseProcessOnCamundaTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DisputeScenario scenario;

    @Autowired
    CamundaClient client;

    @Test
    void aConfirmedOrderReleasesThePaymentAndInvitesAReview() {
        Shipped order = scenario.shippedOrder("sam", "home", 4_000);
        assertThat(instanceOf(order.orderId())).hasCompletedElements("Task_ReserveStock", "Task_HoldPayment")
                .hasActiveElements("Gateway_AwaitConfirmation");

        assertThat(api.post(order.buyer(), "/api/orders/" + order.orderId() + "/receipt", null).status()).isEqualTo(202);

        endedThrough(order.orderId(), OrderStatus.COMPLETED,
                "Event_DeliveryConfirmed",
                "Task_ReleasePayment", "Task_MarkOrderCompleted", "Task_InviteBuyerToReview", "Event_OrderCompleted");
    }

    @Test
    void anUnconfirmedOrderConfirmsItselfWhenProtectionRunsOut() {
        Shipped order = scenario.shippedOrder("sam", "home", 4_100);

        advanceClock("P16D");

        endedThrough(order.orderId(), OrderStatus.COMPLETED,
                "Event_ProtectionPeriodOver", "Task_RecordAutoConfirmation", "Task_ReleasePayment");
    }

    @Test
    void moreProtectionTimeTheSellerGrantsGoesBackToWaiting() {
        Shipped order = scenario.shippedOrder("sam", "home", 4_200);
        api.post(order.buyer(), "/api/orders/" + order.orderId() + "/protection-extension", Map.of("days", 7));
        assertThat(api.post(order.seller(), "/api/orders/" + order.orderId() + "/protection-extension/approval", null)
                .status()).isEqualTo(202);

        assertThat(instanceOf(order.orderId())).isActive()
                .hasCompletedElements("Event_ProtectionExtended", "Task_RecordProtectionExtension")
                .hasActiveElements("Gateway_AwaitConfirmation");
    }

    @Test
    void anOrderOfMoreThanIsInStockIsRejected() {
        Product last = fixtures.product("sam", "home", 1_500, 1);
        long id = place(last, 2, Fixtures.GOOD_CARD);

        assertThat(instanceOf(id)).isCompleted().hasCompletedElements("Event_OutOfStock", "Task_MarkOrderRejected",
                "Event_OrderRejected");
    }

    @Test
    void aDeclinedCardEndsTheOrderAndGivesTheStockBack() {
        Product scarf = fixtures.product("sam", "fashion", 2_950, 3);
        long id = place(scarf, 1, Fixtures.DECLINED_CARD);

        endedThrough(id, OrderStatus.PAYMENT_DECLINED,
                "Event_PaymentDeclined",
                "Task_ReleaseStockAfterDecline", "Task_MarkPaymentDeclined", "Event_OrderPaymentDeclined");
        assertThat(fixtures.stockOf(scarf.id())).isEqualTo(3);
    }

    @Test
    void anOrderNotShippedInTimeIsCancelledAndRefunded() {
        Product vase = fixtures.product("sara", "home", 3_450, 2);
        long id = place(vase, 1, Fixtures.GOOD_CARD);
        scenario.awaitStatus(id, OrderStatus.AWAITING_SHIPMENT);

        advanceClock("P6D");

        endedThrough(id, OrderStatus.CANCELLED,
                "Event_ShipByDeadlinePassed",
                "Task_RefundBuyerInFull", "Task_ReleaseStockAfterCancel", "Task_MarkOrderCancelled");
    }

    @Test
    void anOrderTheBuyerCancelsBeforeShipmentIsRefundedAndRestocked() {
        Product lamp = fixtures.product("sara", "home", 2_750, 2);
        long id = place(lamp, 1, Fixtures.GOOD_CARD);
        scenario.awaitStatus(id, OrderStatus.AWAITING_SHIPMENT);

        assertThat(api.post("alice", "/api/orders/" + id + "/cancellation", null).status()).isEqualTo(202);

        endedThrough(id, OrderStatus.CANCELLED,
                "Event_BuyerCancelled", "Task_RefundBuyerOnCancellation", "Task_ReleaseStockOnCancellation");
        assertThat(fixtures.stockOf(lamp.id())).isEqualTo(2);
    }

    @Test
    void aSellerWhoDoesNotAnswerTheDisputeRefundsWhatWasAsked() {
        Shipped order = scenario.shippedOrderOfANewSeller("home", 6_000);
        scenario.openDispute(order, "NOT_RECEIVED", 6_000);

        advanceClock("P6D");

        assertThat(instanceOf(order.orderId())).isCompleted().hasCompletedElements("Event_SellerDidNotRespond",
                "Task_RefundRequestedAmount", "Event_DisputeSettledSellerSilent");
    }

    @Test
    void aSellerWhoAcceptsRefundsAsAsked() {
        Shipped order = scenario.shippedOrderOfANewSeller("home", 6_100);
        long dispute = scenario.openDispute(order, "NOT_AS_DESCRIBED", 6_100);

        assertThat(scenario.respond(order, dispute, "ACCEPT_REFUND", null).status()).isEqualTo(202);

        endedThrough(order.orderId(), OrderStatus.REFUNDED,
                "Task_RefundAsAcceptedBySeller", "Event_DisputeSettledSellerAccepted");
    }

    @Test
    void anOfferTheBuyerAcceptsRefundsTheOfferAndReleasesTheRest() {
        Shipped order = scenario.shippedOrderOfANewSeller("home", 6_200);
        long dispute = scenario.openDispute(order, "NOT_AS_DESCRIBED", 6_200);
        scenario.respond(order, dispute, "OFFER_PARTIAL", 2_000L);

        assertThat(api.post(order.buyer(), "/api/disputes/" + dispute + "/buyer-answer", Map.of("acceptOffer", true))
                .status()).isEqualTo(202);

        endedThrough(order.orderId(), OrderStatus.PARTIALLY_REFUNDED,
                "Task_RefundOfferedAmount", "Event_DisputeSettledOfferAccepted");
    }

    @Test
    void aContestedClaimGoesToAnAgentWhoRefundsInFull() {
        Shipped order = scenario.shippedOrderOfANewSeller("home", 10_000);
        long dispute = scenario.openDispute(order, "NOT_AS_DESCRIBED", 10_000);
        scenario.respond(order, dispute, "CONTEST", null);

        String task = scenario.awaitTask(dispute);
        assertThat(instanceOf(order.orderId())).hasActiveElements("Task_ReviewDispute");
        assertThat(scenario.decideAsAgent(task, Map.of("outcome", "REFUND_FULL", "note", "Photos show the damage."))
                .status()).isEqualTo(202);

        endedThrough(order.orderId(), OrderStatus.REFUNDED,
                "Task_TriageDispute", "Task_HandOverToAgent", "Task_ReviewDispute",
                "Task_RefundInFullAsDecided", "Event_DisputeSettledByAgent");
    }

    @Test
    void anOfferTheBuyerDeclinesGoesToAnAgentWhoRefundsPart() {
        Shipped order = scenario.shippedOrderOfANewSeller("home", 10_100);
        long dispute = scenario.openDispute(order, "NOT_AS_DESCRIBED", 10_100);
        scenario.respond(order, dispute, "OFFER_PARTIAL", 5_000L);
        api.post(order.buyer(), "/api/disputes/" + dispute + "/buyer-answer", Map.of("acceptOffer", false));

        scenario.decideAsAgent(scenario.awaitTask(dispute), Map.of("outcome", "REFUND_PARTIAL",
                "refund", Map.of("amountMinor", 2_500, "currency", "EUR"), "note", "Half of it works."));

        endedThrough(order.orderId(), OrderStatus.PARTIALLY_REFUNDED,
                "Gateway_OfferAccepted", "Task_RefundDecidedAmount", "Event_DisputeSettledByAgent");
    }

    @Test
    void aClaimTheAgentRejectsCompletesTheOrderForTheSeller() {
        Shipped order = scenario.shippedOrderOfANewSeller("home", 10_200);
        long dispute = scenario.openDispute(order, "NOT_RECEIVED", 10_200);
        scenario.respond(order, dispute, "CONTEST", null);

        scenario.decideAsAgent(scenario.awaitTask(dispute),
                Map.of("outcome", "REJECT", "note", "Tracking shows delivery."));

        endedThrough(order.orderId(), OrderStatus.COMPLETED,
                "Task_CloseDisputeWithoutRefund",
                "Task_InviteBuyerToReviewAfterRejection", "Event_OrderCompletedAfterRejection");
    }

    @Test
    void aBuyerWhoDoesNotAnswerTheOfferLeavesItToTriageAndAnAgentPastTheSlaIsEscalated() {
        Shipped order = scenario.shippedOrderOfANewSeller("home", 10_300);
        long dispute = scenario.openDispute(order, "NOT_AS_DESCRIBED", 10_300);
        scenario.respond(order, dispute, "OFFER_PARTIAL", 1_000L);

        advanceClock("P6D");
        scenario.awaitTask(dispute);
        advanceClock("P3D");

        assertThat(instanceOf(order.orderId())).isActive().hasCompletedElements("Event_BuyerDidNotAnswer",
                "Task_HandOverToAgent", "Event_AgentSlaPassed", "Task_EscalateOverdueDispute", "Event_Escalated")
                .hasActiveElements("Task_ReviewDispute");
    }

    @Test
    void aSmallContestedClaimIsRefundedByTriageWithoutAnAgent() {
        Shipped order = scenario.shippedOrder("sara", "home", 10_000);
        long dispute = scenario.openDispute(order, "NOT_AS_DESCRIBED", 1_500);
        scenario.respond(order, dispute, "CONTEST", null);

        endedThrough(order.orderId(), OrderStatus.PARTIALLY_REFUNDED,
                "Task_TriageDispute", "Task_RefundAutomatically", "Event_DisputeSettledAutoRefund");
    }

    /** The order's instance ended having passed these elements, and Souk shows the order in this status. */
    private void endedThrough(long orderId, OrderStatus status, String... elements) {
        assertThat(instanceOf(orderId)).isCompleted().hasCompletedElements(elements);
        scenario.awaitStatus(orderId, status);
    }

    private long place(Product product, int quantity, String card) {
        Api.Reply reply = api.post("alice", "/api/orders", Fixtures.checkout(product.id(), quantity, card));
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        return reply.body().get("id").asLong();
    }

    /** Souk's demo clock, which pins the cluster's clock (CPT's runtime runs with a controlled clock). */
    private void advanceClock(String period) {
        assertThat(api.post("admin", "/api/admin/clock", Map.of("advance", period)).status()).isEqualTo(200);
    }

    /** The purchase instance of the order: the one whose orderId variable is the order's id. */
    private ProcessInstanceSelector instanceOf(long orderId) {
        long key = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> client.newVariableSearchRequest()
                        .filter(f -> f.name("orderId").value("\"" + orderId + "\"")).send().join().items().stream()
                        .map(v -> v.getProcessInstanceKey()).findFirst().orElse(null),
                java.util.Objects::nonNull);
        return ProcessInstanceSelectors.byKey(key);
    }
}
