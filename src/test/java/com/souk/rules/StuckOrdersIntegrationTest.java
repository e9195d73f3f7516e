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

    @Autowired
    Api api;

    @Autowired
    Uploads uploads;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Orders orders;

    @Autowired
    StuckOrderScenario scenario;

    @AfterEach
    void restoreTheBundledCommission() {
        uploads.restore("commission.dmn");
    }

    @Test
    void anOrderStuckOnAFailingRuleMovesOnWhenRetriedAfterTheFix() {
        scenario.deployFailingElectronicsCommission();
        Product phone = fixtures.product("sam", "electronics", 20_000, 5);
        long orderId = api.post("alice", "/api/orders", Fixtures.checkout(phone.id(), 1, Fixtures.GOOD_CARD)).body()
                .get("id").asLong();
        JsonNode stuck = scenario.awaitStuck(orderId);

        assertThat(stuck.get("status").asText()).isEqualTo("PLACED");
        assertThat(stuck.get("process").asText()).isEqualTo("purchase");
        assertThat(stuck.get("elementId").asText()).as("the step that failed, not where its job began")
                .isEqualTo("Task_HoldPayment");
        assertThat(stuck.get("elementName").asText()).isEqualTo("Hold payment in escrow");
        assertThat(stuck.get("error").asText()).contains("commissionBps");
        assertThat(api.post("nina", "/api/operations/stuck-orders/" + orderId + "/retry", null).status())
                .as("retrying before the fix is allowed; it fails again").isEqualTo(202);
        scenario.awaitStuck(orderId);

        scenario.deployTheFix();
        Api.Reply retried = api.post("nina", "/api/operations/stuck-orders/" + orderId + "/retry", null);

        assertThat(retried.status()).isEqualTo(202);
        assertThat(retried.body().get("retriedJobs").asInt()).isEqualTo(1);
        Eventually.until(() -> orders.byId(orderId).orElseThrow().status(), equalTo(OrderStatus.AWAITING_SHIPMENT));
        assertThat(orders.byId(orderId).orElseThrow().commissionBps()).isEqualTo(500);
        assertThat(scenario.entry(orderId)).isEmpty();
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
}
