package com.souk.ordering.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.souk.catalog.Product;
import com.souk.ordering.OrderStatus;
import com.souk.ordering.Orders;
import com.souk.payment.Accounts;
import com.souk.support.Api;
import com.souk.support.Eventually;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The ledger over HTTP: an order's postings for those who may see the order, platform totals for admins. */
@SoukIntegrationTest
class LedgerApiIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Orders orders;

    @Test
    void buyerSellerAgentAndAdminSeeTheHoldOfAnOrderWhosePaymentIsHeld() {
        long id = placeAndAwait(Fixtures.GOOD_CARD, OrderStatus.AWAITING_SHIPMENT);

        for (String user : List.of("alice", "sam", "ada", "admin")) {
            Api.Reply reply = api.get(user, "/api/ledger/orders/" + id);

            assertThat(reply.status()).as(user).isEqualTo(200);
            JsonNode postings = reply.body();
            assertThat(postings.isArray()).as(user).isTrue();
            assertThat(postings).as(user).hasSize(2);
            assertThat(postings.findValuesAsText("operation")).as(user).containsOnly("HOLD");
            assertThat(postings.findValuesAsText("currency")).as(user).containsOnly("EUR");
            Map<String, Long> byAccount = StreamSupport.stream(postings.spliterator(), false)
                    .collect(Collectors.toMap(p -> p.get("account").asText(), p -> p.get("amountMinor").asLong()));
            assertThat(byAccount).as(user).containsExactlyInAnyOrderEntriesOf(
                    Map.of(Accounts.EXTERNAL_CARD, -3_980L, Accounts.escrow(id), 3_980L));
            assertEveryTransactionSumsToZero(postings);
            postings.forEach(p -> assertThat(p.get("at").isTextual()).isTrue());
        }
    }

    @Test
    void orderWhoseCardWasDeclinedHasNoPostings() {
        long id = placeAndAwait(Fixtures.DECLINED_CARD, OrderStatus.PAYMENT_DECLINED);

        Api.Reply reply = api.get("alice", "/api/ledger/orders/" + id);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().isArray()).isTrue();
        assertThat(reply.body()).isEmpty();
    }

    @Test
    void anotherBuyerAndAnAnalystGet404ForTheOrdersLedger() {
        long id = placeAndAwait(Fixtures.GOOD_CARD, OrderStatus.AWAITING_SHIPMENT);

        for (String user : List.of("bob", "sara", "nina")) {
            Api.Reply reply = api.get(user, "/api/ledger/orders/" + id);

            assertThat(reply.status()).as(user).isEqualTo(404);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.body().get("title").asText()).isEqualTo("Not found");
            assertThat(reply.body().toString()).as(user).doesNotContain("escrow").doesNotContain("HOLD");
        }
    }

    @Test
    void unauthenticatedCallerGets401ForAnOrdersLedger() {
        long id = placeAndAwait(Fixtures.GOOD_CARD, OrderStatus.AWAITING_SHIPMENT);

        Api.Reply reply = api.get(null, "/api/ledger/orders/" + id);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void adminSeesBalancedPlatformTotals() {
        placeAndAwait(Fixtures.GOOD_CARD, OrderStatus.AWAITING_SHIPMENT);

        Api.Reply reply = api.get("admin", "/api/ledger/summary");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode summary = reply.body();
        assertThat(summary.get("balanced").isBoolean()).isTrue();
        assertThat(summary.get("balanced").asBoolean()).isTrue();
        for (String field : List.of("held", "released", "commission", "refunded", "inEscrow")) {
            assertThat(summary.get(field)).as(field).isNotNull();
            assertThat(summary.get(field).isIntegralNumber()).as(field).isTrue();
            assertThat(summary.get(field).asLong()).as(field).isNotNegative();
        }
        assertThat(summary.get("held").asLong()).as("at least the order just paid").isGreaterThanOrEqualTo(3_980);
        assertThat(summary.get("held").asLong()).isEqualTo(summary.get("released").asLong()
                + summary.get("commission").asLong() + summary.get("refunded").asLong()
                + summary.get("inEscrow").asLong());
    }

    @Test
    void buyerMayNotSeePlatformTotals() {
        Api.Reply reply = api.get("alice", "/api/ledger/summary");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body().get("title").asText()).isEqualTo("Forbidden");
        assertThat(reply.body().has("held")).isFalse();
    }

    @Test
    void agentMayNotSeePlatformTotals() {
        assertThat(api.get("ada", "/api/ledger/summary").status()).isEqualTo(403);
    }

    @Test
    void unauthenticatedCallerGets401ForPlatformTotals() {
        Api.Reply reply = api.get(null, "/api/ledger/summary");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body().has("held")).isFalse();
    }

    private long placeAndAwait(String card, OrderStatus status) {
        Product p = fixtures.product("sam", "electronics", 1_990, 5);
        Api.Reply reply = api.post("alice", "/api/orders", Fixtures.checkout(p.id(), 2, card));
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        long id = reply.body().get("id").asLong();
        Eventually.until(() -> orders.byId(id).orElseThrow().status(), equalTo(status));
        return id;
    }

    private static void assertEveryTransactionSumsToZero(JsonNode postings) {
        Map<Long, Long> sums = StreamSupport.stream(postings.spliterator(), false).collect(Collectors.groupingBy(
                p -> p.get("transactionId").asLong(), Collectors.summingLong(p -> p.get("amountMinor").asLong())));
        assertThat(sums).isNotEmpty();
        assertThat(sums.values()).allMatch(sum -> sum == 0);
    }
}
