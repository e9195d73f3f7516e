package com.souk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.souk.catalog.Product;
import com.souk.ordering.OrderStatus;
import com.souk.ordering.Orders;
import com.souk.support.Api;
import com.souk.support.Eventually;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import com.souk.support.Uploads;
import com.souk.workflow.EngineClock;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A rule that passes every check but fails on real orders leaves them stuck; the analyst sees them with the error,
 * deploys a fix, and a retry moves them on.
 */
@SoukIntegrationTest
class StuckOrdersIntegrationTest {

    /** FEEL answers null for a text plus a number; the payment step then has no commission to hold with. */
    static final String FAILING_OUTPUT = "<text>category + 1</text>";

    @Autowired
    Api api;

    @Autowired
    Uploads uploads;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Orders orders;

    @Autowired
    EngineClock clock;

    @AfterEach
    void restoreTheBundledCommission() {
        Api.Reply restored = uploads.deploy("nina", "commission.dmn", Uploads.bundled("commission.dmn"),
                "back to the bundled table after a test");
        assertThat(restored.status()).as(restored.body().toString()).isEqualTo(201);
    }

    @Test
    void anOrderStuckOnAFailingRuleMovesOnWhenRetriedAfterTheFix() {
        String failing = Uploads.bundled("commission.dmn").replace("<text>500</text>", FAILING_OUTPUT);
        Api.Reply bad = uploads.deploy("nina", "commission.dmn", failing, "electronics by formula");
        assertThat(bad.status()).as(bad.body().toString()).isEqualTo(201);

        Product phone = fixtures.product("sam", "electronics", 20_000, 5);
        long orderId = api.post("alice", "/api/orders", Fixtures.checkout(phone.id(), 1, Fixtures.GOOD_CARD)).body()
                .get("id").asLong();
        Eventually.until(() -> stuckEntry(orderId).isPresent(), equalTo(true));
        JsonNode stuck = stuckEntry(orderId).orElseThrow();

        assertThat(stuck.get("status").asText()).isEqualTo("PLACED");
        assertThat(stuck.get("process").asText()).isEqualTo("purchase");
        assertThat(stuck.get("elementId").asText()).as("the step that failed, not where its job began")
                .isEqualTo("Task_HoldPayment");
        assertThat(stuck.get("elementName").asText()).isEqualTo("Hold payment in escrow");
        assertThat(stuck.get("error").asText()).contains("commissionBps");
        assertThat(api.post("nina", "/api/operations/stuck-orders/" + orderId + "/retry", null).status())
                .as("retrying before the fix is allowed; it fails again").isEqualTo(202);
        Eventually.until(() -> stuckEntry(orderId).isPresent(), equalTo(true));

        assertThat(uploads.deploy("nina", "commission.dmn", Uploads.bundled("commission.dmn"), "fix: 500 bps again")
                .status()).isEqualTo(201);
        Api.Reply retried = api.post("nina", "/api/operations/stuck-orders/" + orderId + "/retry", null);

        assertThat(retried.status()).isEqualTo(202);
        assertThat(retried.body().get("retriedJobs").asInt()).isEqualTo(1);
        Eventually.until(() -> orders.byId(orderId).orElseThrow().status(), equalTo(OrderStatus.AWAITING_SHIPMENT));
        assertThat(orders.byId(orderId).orElseThrow().commissionBps()).isEqualTo(500);
        assertThat(stuckEntry(orderId)).isEmpty();
        JsonNode audit = api.get("admin", "/api/rules/audit").body().get("content");
        assertThat(StreamSupport.stream(audit.spliterator(), false)
                .filter(e -> e.get("action").asText().equals("RETRY"))
                .anyMatch(e -> e.get("summary").asText().startsWith("order " + orderId + ":"))).isTrue();
    }

    @Test
    void retryingAnOrderThatIsNotStuckIsAConflictAndAnUnknownOrderIsNotFound() {
        Product lamp = fixtures.product("sam", "home", 3_000, 5);
        long orderId = api.post("alice", "/api/orders", Fixtures.checkout(lamp.id(), 1, Fixtures.GOOD_CARD)).body()
                .get("id").asLong();
        Eventually.until(() -> orders.byId(orderId).orElseThrow().status(), equalTo(OrderStatus.AWAITING_SHIPMENT));

        Api.Reply notStuck = api.post("nina", "/api/operations/stuck-orders/" + orderId + "/retry", null);
        assertThat(notStuck.status()).isEqualTo(409);
        assertThat(notStuck.body().get("detail").asText()).contains("is not stuck");
        assertThat(api.post("nina", "/api/operations/stuck-orders/999999999/retry", null).status()).isEqualTo(404);
    }

    @Test
    void onlyAnalystsAndAdminsSeeOrRetryStuckOrders() {
        assertThat(api.get("nina", "/api/operations/stuck-orders").status()).isEqualTo(200);
        assertThat(api.get("admin", "/api/operations/stuck-orders").status()).isEqualTo(200);
        for (String user : new String[] {"alice", "sam", "ada"}) {
            assertThat(api.get(user, "/api/operations/stuck-orders").status()).as(user).isEqualTo(403);
            assertThat(api.post(user, "/api/operations/stuck-orders/1/retry", null).status()).as(user).isEqualTo(403);
        }
        assertThat(api.get(null, "/api/operations/stuck-orders").status()).isEqualTo(401);
    }

    /** The order's entry in the stuck list; each look moves the engine clock past the next retry of a failed job. */
    private Optional<JsonNode> stuckEntry(long orderId) {
        clock.advance(Duration.ofSeconds(6));
        JsonNode list = api.get("nina", "/api/operations/stuck-orders").body();
        return StreamSupport.stream(list.spliterator(), false)
                .filter(e -> e.get("orderId").asText().equals(String.valueOf(orderId))).findFirst();
    }
}
