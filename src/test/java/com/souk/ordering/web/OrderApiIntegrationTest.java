package com.souk.ordering.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.souk.catalog.Product;
import com.souk.support.Api;
import com.souk.support.Eventually;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Orders over HTTP as API.md describes them: checkout, idempotency, validation, access and the seller's actions. */
@SoukIntegrationTest
class OrderApiIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcClient jdbc;

    // ---------------------------------------------------------------- checkout

    @Test
    void buyerPlacesAnOrderThatAwaitsShipmentOncePaymentIsHeld() {
        Product p = fixtures.product("sam", "electronics", 2_500, 5);

        Api.Reply placed = api.post("alice", "/api/orders", checkout(p.id(), 2, "Alice " + unique()));

        assertThat(placed.status()).as(placed.body().toString()).isEqualTo(201);
        JsonNode order = placed.body();
        long id = order.get("id").asLong();
        assertThat(placed.header("Location")).endsWith("/api/orders/" + id);
        assertThat(order.get("status").asText()).isEqualTo("PLACED");
        assertThat(order.get("buyerId").asLong()).isEqualTo(fixtures.user("alice").id());
        assertThat(order.get("sellerId").asLong()).isEqualTo(fixtures.user("sam").id());
        assertThat(order.get("items")).hasSize(1);
        assertThat(order.at("/items/0/productId").asLong()).isEqualTo(p.id());
        assertThat(order.at("/items/0/title").asText()).isEqualTo(p.title());
        assertThat(order.at("/items/0/quantity").asInt()).isEqualTo(2);
        assertThat(order.at("/items/0/unitPrice/amountMinor").asLong()).isEqualTo(2_500);
        assertThat(order.at("/items/0/lineTotal/amountMinor").asLong()).isEqualTo(5_000);
        assertThat(order.at("/total/amountMinor").asLong()).isEqualTo(5_000);
        assertThat(order.at("/total/currency").asText()).isEqualTo("EUR");
        assertThat(order.get("cardLast4").asText()).isEqualTo("4242");
        assertThat(order.toString()).doesNotContain(Fixtures.GOOD_CARD);
        assertThat(order.get("timeline").findValuesAsText("event")).contains("ORDER_PLACED");

        JsonNode later = awaitStatus("alice", id, "AWAITING_SHIPMENT");
        Instant created = Instant.parse(later.get("createdAt").asText());
        Instant shipBy = Instant.parse(later.at("/deadlines/shipBy").asText());
        assertThat(shipBy).as("ship within P5D of the payment being held")
                .isBetween(created.plus(Duration.ofDays(5)), created.plus(Duration.ofDays(5)).plusSeconds(120));
        assertThat(later.at("/deadlines/autoConfirmAt").isMissingNode()).as("no protection period before shipping")
                .isTrue();
        assertThat(later.at("/commission/amountMinor").asLong()).as("electronics commission 5 %%").isEqualTo(250);
        assertThat(later.at("/commission/currency").asText()).isEqualTo("EUR");
        assertThat(later.at("/refunded/amountMinor").asLong()).isZero();
        assertThat(later.get("timeline").findValuesAsText("event"))
                .containsSubsequence("ORDER_PLACED", "STOCK_RESERVED", "PAYMENT_HELD");
        assertThat(fixtures.stockOf(p.id())).isEqualTo(3);
    }

    @Test
    void sellerShipsAndBuyerConfirmsReceiptWhichCompletesTheOrder() {
        long id = placeAwaitingShipment("alice", "sam", "electronics");

        Api.Reply shipped = api.post("sam", "/api/orders/" + id + "/shipment",
                Map.of("carrier", "DHL", "trackingNumber", "JD0146000038"));

        assertThat(shipped.status()).as(shipped.body().toString()).isEqualTo(202);
        assertThat(shipped.body().get("status").asText()).isEqualTo("SHIPPED");
        assertThat(shipped.body().at("/shipment/carrier").asText()).isEqualTo("DHL");
        assertThat(shipped.body().at("/shipment/trackingNumber").asText()).isEqualTo("JD0146000038");
        assertThat(shipped.body().at("/deadlines/autoConfirmAt").isTextual()).isTrue();

        Api.Reply received = api.post("alice", "/api/orders/" + id + "/receipt", null);

        assertThat(received.status()).as(received.body().toString()).isEqualTo(202);
        assertThat(received.body().get("id").asLong()).isEqualTo(id);
        JsonNode completed = awaitStatus("alice", id, "COMPLETED");
        assertThat(completed.get("timeline").findValuesAsText("event"))
                .containsSubsequence("SHIPPED", "DELIVERY_CONFIRMED", "PAYMENT_RELEASED", "COMPLETED");
    }

    // ---------------------------------------------------------------- idempotency

    @Test
    void sameIdempotencyKeyAndBodyReturnsTheSameOrderAndCreatesOnlyOne() {
        Product p = fixtures.product("sam", "electronics", 1_500, 5);
        String marker = "Alice " + unique();
        Map<String, String> key = Map.of("Idempotency-Key", "key-" + unique());

        Api.Reply first = api.post("alice", "/api/orders", checkout(p.id(), 1, marker), key);
        Api.Reply second = api.post("alice", "/api/orders", checkout(p.id(), 1, marker), key);

        assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
        assertThat(second.status()).as(second.body().toString()).isEqualTo(201);
        assertThat(second.body().get("id").asLong()).isEqualTo(first.body().get("id").asLong());
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(ordersShippedTo(marker)).isEqualTo(1);
        assertThat(ordersOf(p.id())).isEqualTo(1);
    }

    @Test
    void sameIdempotencyKeyWithAnotherBodyIs422AndCreatesNothing() {
        Product p = fixtures.product("sam", "electronics", 1_500, 5);
        Map<String, String> key = Map.of("Idempotency-Key", "key-" + unique());
        String firstMarker = "Alice " + unique();
        String secondMarker = "Alice " + unique();
        assertThat(api.post("alice", "/api/orders", checkout(p.id(), 1, firstMarker), key).status()).isEqualTo(201);

        Api.Reply other = api.post("alice", "/api/orders", checkout(p.id(), 2, secondMarker), key);

        assertThat(other.status()).isEqualTo(422);
        assertProblem(other, 422, "Refused by a business rule");
        assertThat(other.body().get("detail").asText()).contains("Idempotency-Key");
        assertThat(ordersShippedTo(firstMarker)).isEqualTo(1);
        assertThat(ordersShippedTo(secondMarker)).isZero();
        assertThat(ordersOf(p.id())).isEqualTo(1);
    }

    @Test
    void sameIdempotencyKeyIsPerBuyer() {
        Product p = fixtures.product("sam", "electronics", 1_500, 5);
        Map<String, String> key = Map.of("Idempotency-Key", "key-" + unique());
        String marker = "Buyer " + unique();

        Api.Reply alices = api.post("alice", "/api/orders", checkout(p.id(), 1, marker), key);
        Api.Reply bobs = api.post("bob", "/api/orders", checkout(p.id(), 1, marker), key);

        assertThat(alices.status()).isEqualTo(201);
        assertThat(bobs.status()).isEqualTo(201);
        assertThat(bobs.body().get("id").asLong()).isNotEqualTo(alices.body().get("id").asLong());
        assertThat(bobs.body().get("buyerId").asLong()).isEqualTo(fixtures.user("bob").id());
    }

    @Test
    void concurrentDoubleSubmitWithTheSameKeyCreatesOneOrder() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                Product p = fixtures.product("sam", "electronics", 1_500, 5);
                String marker = "Alice " + unique();
                Map<String, String> key = Map.of("Idempotency-Key", "key-" + unique());
                CyclicBarrier together = new CyclicBarrier(2);
                List<CompletableFuture<Api.Reply>> replies = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    replies.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            together.await(10, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return api.post("alice", "/api/orders", checkout(p.id(), 1, marker), key);
                    }, pool));
                }
                Api.Reply a = replies.get(0).get(30, TimeUnit.SECONDS);
                Api.Reply b = replies.get(1).get(30, TimeUnit.SECONDS);

                assertThat(a.status()).as(a.body().toString()).isEqualTo(201);
                assertThat(b.status()).as(b.body().toString()).isEqualTo(201);
                assertThat(a.body().get("id").asLong()).isEqualTo(b.body().get("id").asLong());
                assertThat(List.of(a.header("Idempotent-Replayed"), b.header("Idempotent-Replayed")))
                        .containsExactlyInAnyOrder("false", "true");
                assertThat(ordersShippedTo(marker)).as("round %d", round).isEqualTo(1);
                awaitStatus("alice", a.body().get("id").asLong(), "AWAITING_SHIPMENT");
                assertThat(fixtures.stockOf(p.id())).as("stock reserved once").isEqualTo(4);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void idempotencyKeyLongerThan100CharactersIs400() {
        Product p = fixtures.product("sam", "electronics", 1_500, 5);
        String marker = "Alice " + unique();

        Api.Reply reply = api.post("alice", "/api/orders", checkout(p.id(), 1, marker),
                Map.of("Idempotency-Key", "k".repeat(101)));

        assertInvalid(reply, "Idempotency-Key");
        assertNothingCreated(marker, p.id());
    }

    // ---------------------------------------------------------------- validation

    @Test
    void orderWithoutItemsIs400() {
        String marker = "Alice " + unique();
        Map<String, Object> body = checkout(List.of(), marker);

        assertInvalid(api.post("alice", "/api/orders", body), "items");
        assertThat(ordersShippedTo(marker)).isZero();
    }

    @Test
    void quantityZeroIs400() {
        Product p = fixtures.product("sam", "electronics", 1_500, 5);
        String marker = "Alice " + unique();

        assertInvalid(api.post("alice", "/api/orders", checkout(p.id(), 0, marker)), "items[0].quantity");
        assertNothingCreated(marker, p.id());
    }

    @Test
    void missingAddressFieldsAre400ListingEachField() {
        Product p = fixtures.product("sam", "electronics", 1_500, 5);
        String marker = "Alice " + unique();
        Map<String, Object> body = checkout(p.id(), 1, marker);
        body.put("shippingAddress", Map.of("name", marker, "line1", " "));

        Api.Reply reply = api.post("alice", "/api/orders", body);

        assertInvalid(reply, "shippingAddress.city", "shippingAddress.country", "shippingAddress.line1",
                "shippingAddress.postalCode");
        assertThat(reply.body().get("detail").asText()).isEqualTo("4 fields are invalid");
        assertNothingCreated(marker, p.id());
    }

    @Test
    void missingAddressIs400() {
        Product p = fixtures.product("sam", "electronics", 1_500, 5);
        Map<String, Object> body = checkout(p.id(), 1, "unused");
        body.remove("shippingAddress");

        assertInvalid(api.post("alice", "/api/orders", body), "shippingAddress");
        assertThat(ordersOf(p.id())).isZero();
    }

    @Test
    void malformedCardNumberIs400() {
        Product p = fixtures.product("sam", "electronics", 1_500, 5);
        String marker = "Alice " + unique();

        Api.Reply reply = api.post("alice", "/api/orders", checkout(p.id(), 1, marker, "1234", "12/35", "123"));

        assertInvalid(reply, "card.number");
        assertThat(reply.body().toString()).doesNotContain("1234");
        assertNothingCreated(marker, p.id());
    }

    @Test
    void cardNumberFailingTheLuhnCheckIs400() {
        Product p = fixtures.product("sam", "electronics", 1_500, 5);
        String marker = "Alice " + unique();

        assertInvalid(api.post("alice", "/api/orders", checkout(p.id(), 1, marker, "4242424242424241", "12/35",
                "123")), "card.number");
        assertNothingCreated(marker, p.id());
    }

    @Test
    void expiredCardIs400() {
        Product p = fixtures.product("sam", "electronics", 1_500, 5);
        String marker = "Alice " + unique();

        Api.Reply reply = api.post("alice", "/api/orders", checkout(p.id(), 1, marker, Fixtures.GOOD_CARD, "01/20",
                "123"));

        assertInvalid(reply, "card.expiry");
        assertThat(reply.body().at("/errors/0/message").asText()).contains("expired");
        assertNothingCreated(marker, p.id());
    }

    @Test
    void badCvcIs400() {
        Product p = fixtures.product("sam", "electronics", 1_500, 5);
        String marker = "Alice " + unique();

        assertInvalid(api.post("alice", "/api/orders", checkout(p.id(), 1, marker, Fixtures.GOOD_CARD, "12/35",
                "12")), "card.cvc");
        assertNothingCreated(marker, p.id());
    }

    @Test
    void unknownProductIs400NamingTheItem() {
        Product p = fixtures.product("sam", "electronics", 1_500, 5);
        String marker = "Alice " + unique();
        Map<String, Object> body = checkout(List.of(Map.of("productId", Long.MAX_VALUE, "quantity", 1),
                Map.of("productId", p.id(), "quantity", 1)), marker);

        Api.Reply reply = api.post("alice", "/api/orders", body);

        assertInvalid(reply, "items[0].productId");
        assertNothingCreated(marker, p.id());
    }

    @Test
    void malformedJsonIs400() {
        String marker = "Alice " + unique();
        String truncated = "{\"items\":[{\"productId\":1,\"quantity\":1}],\"shippingAddress\":{\"name\":\"" + marker
                + "\",";

        Api.Reply reply = api.post("alice", "/api/orders", truncated);

        assertThat(reply.status()).isEqualTo(400);
        assertProblem(reply, 400, "Malformed request");
        assertThat(ordersShippedTo(marker)).isZero();
    }

    @Test
    void quantityThatIsNotANumberIs400() {
        Product p = fixtures.product("sam", "electronics", 1_500, 5);
        String marker = "Alice " + unique();
        Map<String, Object> body = checkout(List.of(Map.of("productId", p.id(), "quantity", "two")), marker);

        Api.Reply reply = api.post("alice", "/api/orders", body);

        assertThat(reply.status()).isEqualTo(400);
        assertProblem(reply, 400, "Malformed request");
        assertNothingCreated(marker, p.id());
    }

    @Test
    void fractionalQuantityIs400InsteadOfBeingTruncated() {
        Product p = fixtures.product("sam", "electronics", 1_500, 5);
        String marker = "Alice " + unique();
        Map<String, Object> body = checkout(List.of(Map.of("productId", p.id(), "quantity", 1.5)), marker);

        Api.Reply reply = api.post("alice", "/api/orders", body);

        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(400);
        assertProblem(reply, 400, "Malformed request");
        assertNothingCreated(marker, p.id());
    }

    @Test
    void cardNumberWithSpacesIsAccepted() {
        Product p = fixtures.product("sam", "electronics", 1_500, 5);

        Api.Reply reply = api.post("alice", "/api/orders", checkout(p.id(), 1, "Alice " + unique(),
                "4242 4242 4242 4242", "12/2035", "123"));

        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        assertThat(reply.body().get("cardLast4").asText()).isEqualTo("4242");
    }

    @Test
    void itemsOfTwoSellersInOneOrderAre422() {
        Product sams = fixtures.product("sam", "electronics", 1_500, 5);
        Product saras = fixtures.product("sara", "books", 2_000, 5);
        String marker = "Alice " + unique();
        Map<String, Object> body = checkout(List.of(Map.of("productId", sams.id(), "quantity", 1),
                Map.of("productId", saras.id(), "quantity", 1)), marker);

        Api.Reply reply = api.post("alice", "/api/orders", body);

        assertThat(reply.status()).isEqualTo(422);
        assertProblem(reply, 422, "Refused by a business rule");
        assertThat(reply.body().get("detail").asText()).contains("one seller");
        assertNothingCreated(marker, sams.id());
        assertThat(ordersOf(saras.id())).isZero();
        assertThat(fixtures.stockOf(sams.id())).isEqualTo(5);
        assertThat(fixtures.stockOf(saras.id())).isEqualTo(5);
    }

    // ---------------------------------------------------------------- access

    @Test
    void anotherBuyerGets404ThatLooksLikeAnUnknownOrder() {
        long id = place("alice", fixtures.product("sam", "electronics", 1_500, 5), "Alice " + unique());

        Api.Reply bobs = api.get("bob", "/api/orders/" + id);
        Api.Reply unknown = api.get("bob", "/api/orders/" + Long.MAX_VALUE);

        assertThat(bobs.status()).isEqualTo(404);
        assertProblem(bobs, 404, "Not found");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(bobs.body().get("detail").asText())
                .isEqualTo(unknown.body().get("detail").asText().replace(String.valueOf(Long.MAX_VALUE),
                        String.valueOf(id)));
        assertThat(bobs.body().toString()).doesNotContainIgnoringCase("alice").doesNotContain("PLACED")
                .doesNotContain("AWAITING_SHIPMENT").doesNotContain("sam");
    }

    @Test
    void unauthenticatedCallerGets401AsProblemJson() {
        long id = place("alice", fixtures.product("sam", "electronics", 1_500, 5), "Alice " + unique());

        Api.Reply reply = api.get(null, "/api/orders/" + id);

        assertThat(reply.status()).isEqualTo(401);
        assertProblem(reply, 401, "Not signed in");
        assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(reply.body().toString()).doesNotContain("items");
    }

    @Test
    void wrongPasswordGets401() {
        var response = rest.withBasicAuth("alice", "not-demo").getForEntity("/api/orders?role=buyer", String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).contains("\"status\":401").doesNotContain("buyerId");
    }

    @Test
    void sellerCannotPlaceAnOrder() {
        Product p = fixtures.product("sara", "books", 1_500, 5);
        String marker = "Sam " + unique();

        Api.Reply reply = api.post("sam", "/api/orders", checkout(p.id(), 1, marker));

        assertThat(reply.status()).isEqualTo(403);
        assertProblem(reply, 403, "Forbidden");
        assertNothingCreated(marker, p.id());
    }

    @Test
    void buyerCannotShipAnOrder() {
        long id = placeAwaitingShipment("alice", "sam", "electronics");

        Api.Reply reply = api.post("alice", "/api/orders/" + id + "/shipment",
                Map.of("carrier", "DHL", "trackingNumber", "X1"));

        assertThat(reply.status()).isEqualTo(403);
        assertProblem(reply, 403, "Forbidden");
        JsonNode order = api.get("alice", "/api/orders/" + id).body();
        assertThat(order.get("status").asText()).isEqualTo("AWAITING_SHIPMENT");
        assertThat(order.has("shipment")).isFalse();
    }

    @Test
    void anotherSellerCannotShipTheOrderAndLearnsNothing() {
        long id = placeAwaitingShipment("alice", "sam", "electronics");

        Api.Reply reply = api.post("sara", "/api/orders/" + id + "/shipment",
                Map.of("carrier", "DHL", "trackingNumber", "X1"));

        assertThat(reply.status()).isEqualTo(404);
        assertProblem(reply, 404, "Not found");
        JsonNode order = api.get("sam", "/api/orders/" + id).body();
        assertThat(order.get("status").asText()).isEqualTo("AWAITING_SHIPMENT");
        assertThat(order.has("shipment")).isFalse();
    }

    @Test
    void confirmingReceiptOfAnOrderThatHasNotShippedIs409() {
        long id = placeAwaitingShipment("alice", "sam", "electronics");

        Api.Reply reply = api.post("alice", "/api/orders/" + id + "/receipt", null);

        assertThat(reply.status()).isEqualTo(409);
        assertProblem(reply, 409, "Not possible in the current state");
        assertThat(reply.body().get("detail").asText()).contains("AWAITING_SHIPMENT");
        JsonNode order = api.get("alice", "/api/orders/" + id).body();
        assertThat(order.get("status").asText()).isEqualTo("AWAITING_SHIPMENT");
        assertThat(order.get("timeline").findValuesAsText("event")).doesNotContain("DELIVERY_CONFIRMED");
    }

    @Test
    void anotherBuyerCannotConfirmReceipt() {
        long id = placeAwaitingShipment("alice", "sam", "electronics");
        assertThat(api.post("sam", "/api/orders/" + id + "/shipment",
                Map.of("carrier", "DHL", "trackingNumber", "X2")).status()).isEqualTo(202);

        Api.Reply reply = api.post("bob", "/api/orders/" + id + "/receipt", null);

        assertThat(reply.status()).isEqualTo(404);
        assertProblem(reply, 404, "Not found");
        JsonNode order = api.get("alice", "/api/orders/" + id).body();
        assertThat(order.get("status").asText()).isEqualTo("SHIPPED");
        assertThat(order.get("timeline").findValuesAsText("event")).doesNotContain("DELIVERY_CONFIRMED");
    }

    @Test
    void shipmentWithBlankCarrierIs400() {
        long id = placeAwaitingShipment("alice", "sam", "electronics");

        Api.Reply reply = api.post("sam", "/api/orders/" + id + "/shipment",
                Map.of("carrier", " ", "trackingNumber", "X3"));

        assertInvalid(reply, "carrier");
        JsonNode order = api.get("sam", "/api/orders/" + id).body();
        assertThat(order.get("status").asText()).isEqualTo("AWAITING_SHIPMENT");
        assertThat(order.has("shipment")).isFalse();
    }

    @Test
    void shippingTwiceIs409AndKeepsTheFirstShipment() {
        long id = placeAwaitingShipment("alice", "sam", "electronics");
        assertThat(api.post("sam", "/api/orders/" + id + "/shipment",
                Map.of("carrier", "DHL", "trackingNumber", "FIRST")).status()).isEqualTo(202);

        Api.Reply again = api.post("sam", "/api/orders/" + id + "/shipment",
                Map.of("carrier", "UPS", "trackingNumber", "SECOND"));

        assertThat(again.status()).isEqualTo(409);
        assertProblem(again, 409, "Not possible in the current state");
        JsonNode order = api.get("sam", "/api/orders/" + id).body();
        assertThat(order.at("/shipment/trackingNumber").asText()).isEqualTo("FIRST");
        assertThat(order.get("timeline").findValuesAsText("event").stream().filter("SHIPPED"::equals)).hasSize(1);
    }

    @Test
    void agentAndAdminSeeAnyOrderButAnalystDoesNot() {
        long id = place("alice", fixtures.product("sam", "electronics", 1_500, 5), "Alice " + unique());

        for (String user : List.of("ada", "admin", "alice", "sam")) {
            Api.Reply reply = api.get(user, "/api/orders/" + id);
            assertThat(reply.status()).as(user).isEqualTo(200);
            assertThat(reply.body().get("id").asLong()).as(user).isEqualTo(id);
        }
        Api.Reply nina = api.get("nina", "/api/orders/" + id);
        assertThat(nina.status()).isEqualTo(404);
        assertProblem(nina, 404, "Not found");
    }

    @Test
    void anotherSellerGets404ForTheOrder() {
        long id = place("alice", fixtures.product("sam", "electronics", 1_500, 5), "Alice " + unique());

        Api.Reply reply = api.get("sara", "/api/orders/" + id);

        assertThat(reply.status()).isEqualTo(404);
        assertProblem(reply, 404, "Not found");
        assertThat(reply.body().has("items")).isFalse();
    }

    @Test
    void apiIsStatelessAndSetsNoSessionCookie() {
        long id = place("alice", fixtures.product("sam", "electronics", 1_500, 5), "Alice " + unique());

        Api.Reply reply = api.get("alice", "/api/orders/" + id);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.headers().get("Set-Cookie")).isNull();
    }

    // ---------------------------------------------------------------- lists

    @Test
    void buyerListsOwnOrdersNewestFirst() {
        Product p = fixtures.product("sam", "electronics", 1_500, 10);
        long first = place("alice", p, "Alice " + unique());
        long bobs = place("bob", p, "Bob " + unique());
        long second = place("alice", p, "Alice " + unique());

        Api.Reply reply = api.get("alice", "/api/orders?role=buyer&size=100");

        assertThat(reply.status()).isEqualTo(200);
        List<Long> ids = ids(reply.body());
        assertThat(ids).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(ids).containsSubsequence(second, first).doesNotContain(bobs);
        long alice = fixtures.user("alice").id();
        reply.body().forEach(o -> assertThat(o.get("buyerId").asLong()).isEqualTo(alice));
    }

    @Test
    void sellerListsOrdersOfTheirOwnProductsOnly() {
        long samsOrder = place("alice", fixtures.product("sam", "electronics", 1_500, 5), "Alice " + unique());
        long sarasOrder = place("alice", fixtures.product("sara", "books", 1_500, 5), "Alice " + unique());

        Api.Reply reply = api.get("sam", "/api/orders?role=seller&size=100");

        assertThat(reply.status()).isEqualTo(200);
        List<Long> ids = ids(reply.body());
        assertThat(ids).contains(samsOrder).doesNotContain(sarasOrder).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        long sam = fixtures.user("sam").id();
        reply.body().forEach(o -> assertThat(o.get("sellerId").asLong()).isEqualTo(sam));
        assertThat(ids(api.get("sam", "/api/orders?size=100").body())).as("a seller's default role")
                .contains(samsOrder);
    }

    @Test
    void invalidRoleIs400() {
        assertInvalid(api.get("alice", "/api/orders?role=admin"), "role");
    }

    @Test
    void pageSizeOutsideOneToHundredIs400() {
        assertInvalid(api.get("alice", "/api/orders?role=buyer&size=0"), "size");
        assertInvalid(api.get("alice", "/api/orders?role=buyer&size=101"), "size");
        assertInvalid(api.get("alice", "/api/orders?role=buyer&page=-1"), "page");
    }

    @Test
    void agentHasNoOwnOrderList() {
        Api.Reply reply = api.get("ada", "/api/orders");

        assertThat(reply.status()).isEqualTo(403);
        assertProblem(reply, 403, "Forbidden");
    }

    // ---------------------------------------------------------------- helpers

    private long place(String buyer, Product p, String marker) {
        Api.Reply reply = api.post(buyer, "/api/orders", checkout(p.id(), 1, marker));
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        return reply.body().get("id").asLong();
    }

    private long placeAwaitingShipment(String buyer, String seller, String category) {
        long id = place(buyer, fixtures.product(seller, category, 1_500, 5), buyer + " " + unique());
        awaitStatus(buyer, id, "AWAITING_SHIPMENT");
        return id;
    }

    private JsonNode awaitStatus(String user, long id, String status) {
        Eventually.until(() -> api.get(user, "/api/orders/" + id).body().get("status").asText(), equalTo(status));
        return api.get(user, "/api/orders/" + id).body();
    }

    /** Orders whose shipping name is this test's marker: none means the rejected request wrote nothing. */
    private long ordersShippedTo(String name) {
        return jdbc.sql("select count(*) from orders where ship_name = ?").param(name).query(Long.class).single();
    }

    private long ordersOf(long productId) {
        return jdbc.sql("select count(distinct order_id) from order_items where product_id = ?").param(productId)
                .query(Long.class).single();
    }

    private void assertNothingCreated(String marker, long productId) {
        assertThat(ordersShippedTo(marker)).as("orders shipped to %s", marker).isZero();
        assertThat(ordersOf(productId)).as("orders of product %d", productId).isZero();
        assertThat(fixtures.stockOf(productId)).as("stock untouched").isEqualTo(5);
    }

    private static List<Long> ids(JsonNode orders) {
        List<Long> ids = new ArrayList<>();
        orders.forEach(o -> ids.add(o.get("id").asLong()));
        return ids;
    }

    private static void assertProblem(Api.Reply reply, int status, String title) {
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body().get("status").asInt()).isEqualTo(status);
        assertThat(reply.body().get("title").asText()).isEqualTo(title);
        assertThat(reply.body().get("detail").asText()).isNotBlank();
    }

    private static void assertInvalid(Api.Reply reply, String... fields) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(400);
        assertProblem(reply, 400, "Invalid input");
        assertThat(reply.body().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(fields);
        reply.body().get("errors").forEach(e -> assertThat(e.get("message").asText()).isNotBlank());
    }

    private static Map<String, Object> checkout(long productId, int quantity, String name) {
        return checkout(List.of(Map.of("productId", productId, "quantity", quantity)), name);
    }

    private static Map<String, Object> checkout(List<Map<String, Object>> items, String name) {
        return checkout(items, name, Fixtures.GOOD_CARD, "12/35", "123");
    }

    private static Map<String, Object> checkout(long productId, int quantity, String name, String card, String expiry,
            String cvc) {
        return checkout(List.of(Map.of("productId", productId, "quantity", quantity)), name, card, expiry, cvc);
    }

    private static Map<String, Object> checkout(List<Map<String, Object>> items, String name, String card,
            String expiry, String cvc) {
        Map<String, Object> body = new HashMap<>();
        body.put("items", items);
        body.put("shippingAddress", Map.of("name", name, "line1", "1 Harbour Street", "city", "Hamburg",
                "postalCode", "20095", "country", "DE"));
        body.put("card", Map.of("number", card, "expiry", expiry, "cvc", cvc));
        return body;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
