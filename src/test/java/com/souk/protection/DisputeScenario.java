package com.souk.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.souk.catalog.Product;
import com.souk.identity.Role;
import com.souk.ordering.OrderStatus;
import com.souk.ordering.Orders;
import com.souk.support.Api;
import com.souk.support.Eventually;
import com.souk.support.Fixtures;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.springframework.beans.factory.annotation.Autowired;

/** Steps the dispute tests share: a fresh buyer with a shipped order, opening disputes, finding the agent's task. */
public class DisputeScenario {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Orders orders;

    /** A buyer with no dispute history and one shipped order of a seller of the demo catalog. */
    public record Shipped(String buyer, String seller, long orderId, long total, Product product) {
    }

    public Shipped shippedOrder(String seller, String category, long price) {
        String buyer = fixtures.newUser(Role.BUYER);
        Product product = fixtures.product(seller, category, price, 5);
        Api.Reply placed = api.post(buyer, "/api/orders", Fixtures.checkout(product.id(), 1, Fixtures.GOOD_CARD));
        assertThat(placed.status()).as(placed.body().toString()).isEqualTo(201);
        long id = placed.body().get("id").asLong();
        awaitStatus(id, OrderStatus.AWAITING_SHIPMENT);
        Api.Reply shipped = api.post(seller, "/api/orders/" + id + "/shipment",
                Map.of("carrier", "DHL", "trackingNumber", "TRACK-" + id));
        assertThat(shipped.status()).as(shipped.body().toString()).isEqualTo(202);
        return new Shipped(buyer, seller, id, price, product);
    }

    /**
     * As {@link #shippedOrder}, from a seller with no history yet. Triage decides on the seller's standing (finished
     * orders and refunds over 90 days), which every test's orders change, so a test whose path goes through triage
     * needs a seller of its own.
     */
    public Shipped shippedOrderOfANewSeller(String category, long price) {
        return shippedOrder(fixtures.newUser(Role.SELLER), category, price);
    }

    public Api.Reply open(Shipped order, String reason, long requested) {
        return api.post(order.buyer(), "/api/orders/" + order.orderId() + "/disputes",
                Map.of("reason", reason, "description", "The item <b>arrived</b> broken.",
                        "requestedRefund", Map.of("amountMinor", requested, "currency", "EUR")));
    }

    public long openDispute(Shipped order, String reason, long requested) {
        Api.Reply reply = open(order, reason, requested);
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        return reply.body().get("id").asLong();
    }

    public Api.Reply respond(Shipped order, long disputeId, String decision, Long partial) {
        Map<String, Object> body = partial == null ? Map.of("decision", decision, "message", "Seller says so")
                : Map.of("decision", decision, "message", "Seller offers part",
                        "partialRefund", Map.of("amountMinor", partial, "currency", "EUR"));
        return api.post(order.seller(), "/api/disputes/" + disputeId + "/seller-response", body);
    }

    /** Ada claims the task and completes it with the decision; answers the completion's reply. */
    public Api.Reply decideAsAgent(String task, Map<String, Object> decision) {
        Api.Reply claimed = api.post("ada", "/api/tasks/" + task + "/claim", null);
        assertThat(claimed.status()).as(claimed.body().toString()).isEqualTo(200);
        return api.post("ada", "/api/tasks/" + task + "/completion", decision);
    }

    /** Waits for the "Review dispute" task of this dispute to appear in the agents' list. */
    public String awaitTask(long disputeId) {
        return Eventually.until(() -> taskOf(disputeId), org.hamcrest.Matchers.notNullValue());
    }

    public String taskOf(long disputeId) {
        JsonNode tasks = api.get("ada", "/api/tasks?candidateGroup=dispute-agents").body();
        return StreamSupport.stream(tasks.spliterator(), false)
                .filter(t -> t.get("disputeId").asLong() == disputeId).map(t -> t.get("id").asText())
                .findFirst().orElse(null);
    }

    public JsonNode task(long disputeId) {
        JsonNode tasks = api.get("ada", "/api/tasks?candidateGroup=dispute-agents").body();
        return StreamSupport.stream(tasks.spliterator(), false)
                .filter(t -> t.get("disputeId").asLong() == disputeId).findFirst().orElse(null);
    }

    public void awaitStatus(long orderId, OrderStatus status) {
        Eventually.until(() -> orders.byId(orderId).orElseThrow().status(), equalTo(status));
    }

    public JsonNode dispute(String user, long disputeId) {
        return api.get(user, "/api/disputes/" + disputeId).body();
    }
}
