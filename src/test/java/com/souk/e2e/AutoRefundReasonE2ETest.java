package com.souk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.ordering.OrderStatus;
import com.souk.protection.DisputeScenario;
import com.souk.protection.DisputeScenario.Shipped;
import com.souk.support.SoukIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A claim dispute triage refunds on its own, read in a real Chromium by each party: the seller and the buyer see the
 * rule that refunded it, and an agent finds it among triage's refunds with the seller's standing beside it.
 */
@SoukIntegrationTest
class AutoRefundReasonE2ETest {

    @LocalServerPort
    int port;

    @Autowired
    DisputeScenario scenario;

    @Test
    void sellerBuyerAndAgentReadWhyTriageRefundedASmallClaimWithoutAnAgent() {
        Shipped order = scenario.shippedOrderOfANewSeller("home", 10_000);
        long dispute = scenario.openDispute(order, "NOT_AS_DESCRIBED", 1_500);
        scenario.respond(order, dispute, "CONTEST", null);
        scenario.awaitStatus(order.orderId(), OrderStatus.PARTIALLY_REFUNDED);

        try (Browser browser = Browser.open(port)) {
            browser.login(order.seller()).go("/seller/disputes/" + dispute);
            assertThat(browser.find("#auto-refund").getText()).contains("Why it was refunded without an agent")
                    .contains("Small claims up to the auto-refund limit").contains("Rule_Triage_SmallClaim");
            browser.wholePageScreenshot("seller-dispute-auto-refunded");
            browser.logout();

            browser.login(order.buyer()).go("/account/orders/" + order.orderId());
            assertThat(browser.find("#auto-refund-reason").getText())
                    .startsWith("Refunded without waiting for an agent: Small claims");
            browser.wholePageScreenshot("buyer-order-auto-refunded");
            browser.logout();

            browser.login("ada").go("/agent/tasks");
            browser.navigate("#auto-refunded-link");
            assertThat(browser.find("#dispute-" + dispute).getText()).contains("€15.00").contains("Small claims");
            browser.wholePageScreenshot("agent-auto-refunded");
            browser.navigate("#dispute-" + dispute + " a");
            assertThat(browser.find("#auto-refund-reason").getText()).startsWith("Small claims");
            assertThat(browser.find("#seller-standing").getText()).contains("finished 1 order(s)")
                    .contains("1 ended in a refund the seller did not agree to").contains("100 %");
            browser.wholePageScreenshot("agent-dispute-auto-refunded");
        }
    }
}
