package com.souk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.catalog.Product;
import com.souk.identity.Role;
import com.souk.ordering.OrderStatus;
import com.souk.ordering.Orders;
import com.souk.protection.DisputeScenario;
import com.souk.protection.DisputeScenario.Shipped;
import com.souk.support.Api;
import com.souk.support.Fixtures;
import com.souk.support.LedgerInvariants;
import com.souk.support.LedgerInvariants.OrderMoney;
import com.souk.support.SoukIntegrationTest;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A whole dispute through the seller centre and the agent desk in a real Chromium: the seller ships and contests,
 * the agent claims and decides a partial refund, the seller's payouts show the refund and the release.
 */
@SoukIntegrationTest
class SellerAndAgentE2ETest {

    private static final long PRICE = 10_000;
    private static final Pattern DEPLOYED_DEFINITIONS = Pattern.compile("Process Definitions\\s+[1-9]");

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DisputeScenario scenario;

    @Autowired
    Orders orders;

    @Autowired
    LedgerInvariants ledger;

    @Test
    void sellerShipsAndContestsAgentRefundsPartOfItAndPayoutsShowTheRefundAndTheRelease() {
        String buyer = fixtures.newUser(Role.BUYER);
        // A seller of its own, so that no other test's refunds stand in the seller's record.
        String seller = fixtures.newUser(Role.SELLER);
        Product product = fixtures.product(seller, "home", PRICE, 3);
        long orderId = api.post(buyer, "/api/orders", Fixtures.checkout(product.id(), 1, Fixtures.GOOD_CARD)).body()
                .get("id").asLong();
        scenario.awaitStatus(orderId, OrderStatus.AWAITING_SHIPMENT);

        try (Browser browser = Browser.open(port)) {
            browser.login(seller).go("/seller/listings");
            assertThat(browser.find("#listing-" + product.id()).getText()).contains(product.title()).contains("€100.00");
            browser.wholePageScreenshot("seller-listings");

            browser.go("/seller/orders");
            browser.find("#carrier-" + orderId).sendKeys("DHL");
            browser.find("#tracking-" + orderId).sendKeys("E2E-" + orderId);
            browser.navigate("#ship-submit-" + orderId);
            assertThat(browser.find(".notice").getText())
                    .isEqualTo("Order " + orderId + " is on its way with DHL, tracking E2E-" + orderId + ".");
            assertThat(browser.find("#order-" + orderId).getText()).contains("Shipped");
            assertThat(orders.byId(orderId).orElseThrow().status()).isEqualTo(OrderStatus.SHIPPED);
            browser.wholePageScreenshot("seller-orders");
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.go("/seller/orders");
            browser.screenshot("seller-orders-phone");
            browser.driver().manage().window().setSize(new Dimension(1280, 1000));

            long disputeId = scenario.openDispute(new Shipped(buyer, seller, orderId, PRICE, product), "NOT_AS_DESCRIBED",
                    PRICE);
            browser.go("/seller/disputes");
            browser.navigate("#dispute-" + disputeId + " a");
            assertThat(browser.find("#dispute-description").getText()).isEqualTo("The item <b>arrived</b> broken.");
            browser.find("input[name=decision][value=CONTEST]").click();
            browser.find("#message").sendKeys("It left our warehouse intact; photos on file.");
            browser.navigate("#response-submit");
            assertThat(browser.find(".notice").getText()).startsWith("You contested the dispute");
            assertThat(browser.find("#seller-decision").getText()).isEqualTo("Contested the claim");
            browser.wholePageScreenshot("seller-dispute");
            logOut(browser);

            String taskId = scenario.awaitTask(disputeId);
            browser.login("ada").go("/agent/tasks");
            assertThat(browser.find("#task-" + taskId).getText()).contains("Review dispute #" + disputeId)
                    .contains("nobody yet");
            browser.wholePageScreenshot("agent-tasks");
            browser.navigate("#claim-" + taskId);
            assertThat(browser.url()).endsWith("/agent/tasks/" + taskId);
            assertThat(browser.find("#tracking-number").getText()).isEqualTo("E2E-" + orderId);
            assertThat(browser.find("#answers").getText()).contains("It left our warehouse intact");
            browser.wholePageScreenshot("agent-case");

            browser.navigate("#nav-agent-tasks");
            browser.navigate("#tasklist-link");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(d -> browser.text().contains("All tasks") && browser.text().contains("Review dispute"));
            assertThat(browser.text()).contains("ada (Souk)");
            browser.screenshot("operaton-tasklist");
            browser.go("/agent/tasks/" + taskId);

            browser.find("#field_agentOutcome-REFUND_PARTIAL").click();
            browser.find("#field_refundMinor").sendKeys("3000");
            browser.find("#field_note").sendKeys("Visible scratches; part of the price back.");
            browser.navigate("#decision-submit");
            assertThat(browser.find("#confirm-agentOutcome").getText()).isEqualTo("Refund part of it");
            browser.navigate("#confirm-decision");
            assertThat(browser.find(".notice").getText()).startsWith("Decided: Refund part of it.");
            logOut(browser);

            scenario.awaitStatus(orderId, OrderStatus.PARTIALLY_REFUNDED);
            OrderMoney money = ledger.assertSettled(orderId);
            assertThat(money.refunded()).isEqualTo(3_000);
            assertThat(money.released()).isPositive();

            browser.login(seller).go("/seller/payouts");
            String row = browser.find("#payout-" + orderId).getText();
            assertThat(row).contains("Partly refunded").contains("€30.00")
                    .contains(euros(money.released())).contains(euros(money.commission()));
            browser.wholePageScreenshot("seller-payouts");
            logOut(browser);

            browser.login("admin").go("/operaton/app/cockpit/default/");
            // The dashboard fills in its figures by script after the page has loaded.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(d -> DEPLOYED_DEFINITIONS.matcher(browser.text()).find());
            assertThat(browser.text()).contains("admin (Souk)");
            assertThat(browser.url()).contains("/operaton/app/cockpit/default/");
            browser.screenshot("operaton-cockpit");
        }
    }

    /** Logs out and waits until the page after it has loaded, so the next login does not race the redirect. */
    private static void logOut(Browser browser) {
        browser.logout();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElements(org.openqa.selenium.By.id("nav-login")).isEmpty());
    }


    private static String euros(long minor) {
        return String.format(java.util.Locale.ENGLISH, "€%,.2f", minor / 100.0);
    }
}
