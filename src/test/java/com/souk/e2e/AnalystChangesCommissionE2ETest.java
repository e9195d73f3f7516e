package com.souk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.souk.catalog.Product;
import com.souk.ordering.Order;
import com.souk.ordering.OrderStatus;
import com.souk.ordering.Orders;
import com.souk.support.Api;
import com.souk.support.Eventually;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import com.souk.support.Uploads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole story of the rules workbench in a real Chromium: an analyst raises the electronics commission from 5 % to
 * 7 %, sees on past orders what it would have earned, deploys it with a comment, new orders carry it, the analyst
 * rolls it back, new orders carry 5 % again, and the audit log holds every step.
 */
@SoukIntegrationTest
class AnalystChangesCommissionE2ETest {

    static final long PRICE = 40_000;

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Orders orders;

    @Autowired
    Uploads uploads;

    @Test
    void analystRaisesTheElectronicsCommissionSeesTheSimulationDeploysAndRollsBack() throws IOException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String deployComment = "Electronics to 7 %: card fees rose " + run;
        Product phone = fixtures.product("sam", "electronics", PRICE, 10);
        long past = placed(phone);
        assertThat(orders.byId(past).orElseThrow().commissionBps()).isEqualTo(500);
        int before = versionOfCommission();
        Path raised = Files.createDirectories(Path.of("target", "e2e-uploads")).resolve("commission.dmn");
        Files.writeString(raised, Uploads.bundled("commission.dmn").replace("<text>500</text>", "<text>700</text>"));
        try {
            walkThrough(past, before, raised, deployComment, run, phone);
        } finally {
            uploads.deploy("nina", "commission.dmn", Uploads.bundled("commission.dmn"), "e2e: the bundled table again");
        }
    }

    private void walkThrough(long past, int before, Path raised, String deployComment, String run, Product phone) {
        try (Browser browser = Browser.open(port)) {
            browser.login("nina").go("/rules");
            assertThat(browser.find("#model-commission").getText()).contains("Commission rate", "commission.dmn");
            browser.screenshot("rules-catalogue");
            browser.find("#file").sendKeys(raised.toAbsolutePath().toString());
            browser.navigate("#upload-submit");
            assertThat(browser.find("#valid").getText()).contains("passes every check");

            browser.find("#period-all").click();
            browser.navigate("#simulate-submit");
            WebElement result = browser.find("#result-commission");
            // 400.00 EUR at 7 % instead of 5 %: the platform would have earned 28.00 instead of 20.00.
            WebElement row = rowOf(browser.all("#result-commission table.changes tr"), "#" + past);
            assertThat(row.getText()).contains("€400.00", "500", "(€20.00)", "700", "(€28.00)");
            assertThat(result.findElement(org.openqa.selenium.By.cssSelector(".money-impact")).getText())
                    .startsWith("+€");
            browser.wholePageScreenshot("rules-e2e-simulation");

            browser.find("#comment").sendKeys(deployComment);
            browser.navigate("#deploy-submit");
            assertThat(browser.url()).endsWith("/rules/decisions/commission");
            assertThat(browser.find(".notice").getText()).contains("commission version " + (before + 1));
            assertThat(browser.find("#version-" + (before + 1)).getText()).contains("nina", deployComment, "deployed");
            browser.screenshot("rules-e2e-deployed");
        }

        long raisedOrder = placed(phone);
        Order withSeven = orders.byId(raisedOrder).orElseThrow();
        assertThat(withSeven.commissionBps()).isEqualTo(700);
        assertThat(withSeven.commission().amountMinor()).isEqualTo(2_800);
        assertThat(orders.byId(past).orElseThrow().commissionBps()).as("what was decided stays").isEqualTo(500);

        try (Browser browser = Browser.open(port)) {
            browser.login("nina").go("/rules/decisions/commission");
            browser.navigate("#rollback-" + before);
            assertThat(browser.find("#what-happens").getText())
                    .contains("Version " + before + " of commission becomes version " + (before + 2));
            browser.find("#comment").sendKeys("7 % waits for the new fee contract " + run);
            browser.navigate("#confirm-rollback");
            assertThat(browser.url()).endsWith("/rules/decisions/commission");
            assertThat(browser.find("#version-" + (before + 2)).getText())
                    .contains("nina", "rolled back to v" + before, "7 % waits for the new fee contract " + run);
            browser.screenshot("rules-e2e-rolled-back");
        }

        long afterRollback = placed(phone);
        assertThat(orders.byId(afterRollback).orElseThrow().commissionBps()).isEqualTo(500);
        assertThat(orders.byId(afterRollback).orElseThrow().commission().amountMinor()).isEqualTo(2_000);

        try (Browser browser = Browser.open(port)) {
            browser.login("nina").go("/rules/audit");
            String log = browser.find("#audit").getText();
            assertThat(log).contains("Simulation", "all past cases: commission", "Deployment", deployComment,
                    "Rollback", "Rolled back to version " + before + ": 7 % waits for the new fee contract " + run);
            browser.screenshot("rules-e2e-audit");
        }
        JsonNode entries = api.get("admin", "/api/rules/audit?size=10").body().get("content");
        List<String> actions = entries.findValuesAsText("action");
        assertThat(actions.subList(0, 3)).containsExactly("ROLLBACK", "DEPLOYMENT", "SIMULATION");
        assertThat(entries.get(0).get("actor").asText()).isEqualTo("nina");
        assertThat(entries.get(1).get("comment").asText()).isEqualTo(deployComment);
    }

    private long placed(Product product) {
        Api.Reply reply = api.post("alice", "/api/orders", Fixtures.checkout(product.id(), 1, Fixtures.GOOD_CARD));
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        long id = reply.body().get("id").asLong();
        Eventually.until(() -> orders.byId(id).orElseThrow().status(), equalTo(OrderStatus.AWAITING_SHIPMENT));
        return id;
    }

    private int versionOfCommission() {
        return api.get("nina", "/api/rules/commission/versions").body().get(0).get("version").asInt();
    }

    private static WebElement rowOf(List<WebElement> rows, String text) {
        return rows.stream().filter(r -> r.getText().startsWith(text + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + text));
    }
}
