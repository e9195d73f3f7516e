package com.souk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.souk.catalog.Product;
import com.souk.ordering.OrderStatus;
import com.souk.ordering.Orders;
import com.souk.rules.StuckOrderScenario;
import com.souk.support.Api;
import com.souk.support.Eventually;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A table that passes every check yet fails on real orders (FEEL answers null for text plus a number) leaves an order
 * stuck; in Chromium the analyst finds it on the stuck-orders page with its error, deploys the fix and retries it.
 */
@SoukIntegrationTest
class StuckOrderRetryE2ETest {

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Orders orders;

    @Autowired
    StuckOrderScenario scenario;

    @Test
    void analystFindsTheStuckOrderDeploysTheFixAndRetriesIt() {
        scenario.deployFailingElectronicsCommission();
        long orderId;
        try {
            Product tablet = fixtures.product("sara", "electronics", 30_000, 3);
            orderId = api.post("bob", "/api/orders", Fixtures.checkout(tablet.id(), 1, Fixtures.GOOD_CARD)).body()
                    .get("id").asLong();
            scenario.awaitStuck(orderId);
        } finally {
            scenario.deployTheFix();
        }

        try (Browser browser = Browser.open(port)) {
            browser.login("nina").go("/rules");
            assertThat(browser.find("#stuck-warning").getText()).contains("stuck");
            browser.navigate("#stuck-warning a");
            assertThat(browser.find("#stuck-" + orderId).getText())
                    .contains("#" + orderId, "PLACED", "Hold payment in escrow", "commissionBps");
            browser.screenshot("rules-stuck-orders");

            browser.navigate("#retry-" + orderId);
            assertThat(browser.find(".notice").getText()).contains("Order " + orderId, "runs again");
            Eventually.until(() -> orders.byId(orderId).orElseThrow().status(), equalTo(OrderStatus.AWAITING_SHIPMENT));
            browser.go("/rules/stuck-orders");
            assertThat(browser.all("#stuck-" + orderId)).isEmpty();
            browser.screenshot("rules-stuck-orders-after-retry");
        }
        assertThat(orders.byId(orderId).orElseThrow().commissionBps()).isEqualTo(500);
    }
}
