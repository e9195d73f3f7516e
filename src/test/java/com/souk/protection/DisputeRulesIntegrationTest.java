package com.souk.protection;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.identity.Role;
import com.souk.ordering.OrderStatus;
import com.souk.protection.DisputeScenario.Shipped;
import com.souk.support.Api;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The rules around disputes and agent tasks, each answered with the status API.md gives. */
@SoukIntegrationTest
class DisputeRulesIntegrationTest {

    @Autowired
    DisputeScenario scenario;

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Test
    void refusesARefundLargerThanWhatWasPaid() {
        Shipped order = scenario.shippedOrder("sam", "home", 5_000);
        Api.Reply reply = scenario.open(order, "NOT_RECEIVED", 5_001);
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body().get("detail").asText()).contains("more than was paid");
        assertThat(api.get(order.buyer(), "/api/orders/" + order.orderId()).body().get("status").asText())
                .isEqualTo("SHIPPED");
    }

    @Test
    void opensOneDisputePerOrderOnlyByItsBuyerOnlyWhenShipped() {
        Shipped order = scenario.shippedOrder("sam", "home", 5_000);
        assertThat(api.post("bob", "/api/orders/" + order.orderId() + "/disputes", Map.of("reason", "NOT_RECEIVED",
                "description", "x", "requestedRefund", Map.of("amountMinor", 100))).status()).isEqualTo(404);
        scenario.openDispute(order, "NOT_RECEIVED", 5_000);
        Api.Reply again = scenario.open(order, "NOT_RECEIVED", 5_000);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("detail").asText()).contains("already has dispute");

        String buyer = fixtures.newUser(Role.BUYER);
        long notShipped = api.post(buyer, "/api/orders",
                Fixtures.checkout(fixtures.product("sam", "home", 1_000, 2).id(), 1, Fixtures.GOOD_CARD))
                .body().get("id").asLong();
        scenario.awaitStatus(notShipped, OrderStatus.AWAITING_SHIPMENT);
        assertThat(api.post(buyer, "/api/orders/" + notShipped + "/disputes", Map.of("reason", "NOT_RECEIVED",
                "description", "where is it", "requestedRefund", Map.of("amountMinor", 100))).status()).isEqualTo(409);
    }

    @Test
    void rejectsAnOverlongDescriptionWithAClearMessageAndKeepsMarkupAsText() {
        Shipped order = scenario.shippedOrder("sara", "home", 5_000);
        Api.Reply tooLong = api.post(order.buyer(), "/api/orders/" + order.orderId() + "/disputes",
                Map.of("reason", "NOT_AS_DESCRIBED", "description", "x".repeat(10_000),
                        "requestedRefund", Map.of("amountMinor", 100)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().at("/errors/0/field").asText()).isEqualTo("description");
        assertThat(tooLong.body().at("/errors/0/message").asText()).contains("5000");

        long dispute = scenario.openDispute(order, "NOT_AS_DESCRIBED", 1_000);
        assertThat(scenario.dispute(order.buyer(), dispute).get("description").asText())
                .isEqualTo("The item <b>arrived</b> broken.");
    }

    @Test
    void letsOnlyTheOrdersSellerRespondAndOnlyOnce() {
        Shipped order = scenario.shippedOrder("sam", "home", 5_000);
        long dispute = scenario.openDispute(order, "NOT_AS_DESCRIBED", 5_000);
        assertThat(api.post("sara", "/api/disputes/" + dispute + "/seller-response",
                Map.of("decision", "CONTEST", "message", "not mine")).status()).isEqualTo(404);
        assertThat(api.post(order.buyer(), "/api/disputes/" + dispute + "/seller-response",
                Map.of("decision", "CONTEST")).status()).isEqualTo(403);
        assertThat(scenario.respond(order, dispute, "OFFER_PARTIAL", 5_000L).status())
                .as("an offer of everything asked is not partial").isEqualTo(422);
        assertThat(scenario.respond(order, dispute, "OFFER_PARTIAL", null).status()).isEqualTo(400);
        assertThat(api.post(order.buyer(), "/api/disputes/" + dispute + "/buyer-answer", Map.of("acceptOffer", true))
                .status()).as("no offer to answer yet").isEqualTo(409);

        assertThat(scenario.respond(order, dispute, "OFFER_PARTIAL", 2_000L).status()).isEqualTo(202);
        assertThat(scenario.respond(order, dispute, "CONTEST", null).status()).isEqualTo(409);
        assertThat(api.post("bob", "/api/disputes/" + dispute + "/buyer-answer", Map.of("acceptOffer", true))
                .status()).isEqualTo(404);
    }

    @Test
    void showsTheDisputeToItsPartiesAndAgentsOnly() {
        Shipped order = scenario.shippedOrder("sam", "home", 5_000);
        long dispute = scenario.openDispute(order, "NOT_RECEIVED", 5_000);
        assertThat(api.get(order.buyer(), "/api/disputes/" + dispute).status()).isEqualTo(200);
        assertThat(api.get("sam", "/api/disputes/" + dispute).status()).isEqualTo(200);
        assertThat(api.get("ada", "/api/disputes/" + dispute).body().at("/caseFile/trackingNumber").asText())
                .isEqualTo("TRACK-" + order.orderId());
        assertThat(api.get("bob", "/api/disputes/" + dispute).status()).isEqualTo(404);
        assertThat(api.get("sara", "/api/disputes/" + dispute).status()).isEqualTo(404);
        assertThat(api.get(order.buyer(), "/api/orders/" + order.orderId()).body().get("disputeId").asLong())
                .isEqualTo(dispute);
    }

    @Test
    void letsOneAgentClaimAndCompleteATaskExactlyOnce() {
        Shipped order = scenario.shippedOrderOfANewSeller("home", 5_000);
        long dispute = scenario.openDispute(order, "NOT_AS_DESCRIBED", 5_000);
        scenario.respond(order, dispute, "CONTEST", null);
        String task = scenario.awaitTask(dispute);
        String otherAgent = fixtures.newUser(Role.AGENT);

        assertThat(api.get("alice", "/api/tasks").status()).isEqualTo(403);
        assertThat(api.post(otherAgent, "/api/tasks/" + task + "/completion",
                Map.of("outcome", "REJECT", "note", "n")).status()).as("not claimed yet").isEqualTo(409);
        assertThat(api.post("ada", "/api/tasks/" + task + "/claim", null).status()).isEqualTo(200);
        assertThat(scenario.task(dispute).get("assignee").asText()).isEqualTo("ada");
        assertThat(api.post(otherAgent, "/api/tasks/" + task + "/claim", null).status()).isEqualTo(409);
        assertThat(api.post(otherAgent, "/api/tasks/" + task + "/completion",
                Map.of("outcome", "REJECT", "note", "mine now")).status()).isEqualTo(409);
        assertThat(api.post("ada", "/api/tasks/" + task + "/completion", Map.of("outcome", "REFUND_PARTIAL",
                "refund", Map.of("amountMinor", 5_001), "note", "too much")).status()).isEqualTo(422);
        assertThat(api.post("ada", "/api/tasks/" + task + "/completion", Map.of("outcome", "REFUND_PARTIAL",
                "note", "no amount")).status()).isEqualTo(400);
        assertThat(api.post("ada", "/api/tasks/" + task + "/completion",
                Map.of("outcome", "REJECT", "note", "Delivered per tracking.")).status()).isEqualTo(202);
        assertThat(api.post("ada", "/api/tasks/" + task + "/completion",
                Map.of("outcome", "REJECT", "note", "again")).status()).isEqualTo(409);
        assertThat(api.post("ada", "/api/tasks/no-such-task/claim", null).status()).isEqualTo(404);
        scenario.awaitStatus(order.orderId(), OrderStatus.COMPLETED);
    }

    @Test
    void validatesProtectionExtensionRequests() {
        Shipped order = scenario.shippedOrder("sam", "home", 5_000);
        String path = "/api/orders/" + order.orderId() + "/protection-extension";
        assertThat(api.post(order.buyer(), path, Map.of("days", 0)).status()).isEqualTo(400);
        assertThat(api.post(order.buyer(), path, Map.of("days", 31)).status()).isEqualTo(400);
        assertThat(api.post(order.seller(), path + "/approval", null).status()).as("nothing asked yet").isEqualTo(409);
        assertThat(api.post("bob", path, Map.of("days", 5)).status()).isEqualTo(404);
        assertThat(api.post(order.buyer(), path, Map.of("days", 5)).status()).isEqualTo(202);
        assertThat(api.post(order.buyer(), path, Map.of("days", 5)).status()).as("one request at a time").isEqualTo(409);
        assertThat(api.post("sara", path + "/approval", null).status()).isEqualTo(404);
        assertThat(api.post(order.seller(), path + "/approval", null).status()).isEqualTo(202);
    }
}
