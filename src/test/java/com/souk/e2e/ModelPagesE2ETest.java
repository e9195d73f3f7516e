package com.souk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.souk.ordering.OrderStatus;
import com.souk.ordering.Orders;
import com.souk.support.Api;
import com.souk.support.Eventually;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import com.souk.support.Uploads;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The workbench's model pages in a real Chromium: the process diagram with its badges, a decision table, a diff. */
@SoukIntegrationTest
class ModelPagesE2ETest {

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    @Autowired
    Uploads uploads;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Orders orders;

    @Test
    void theProcessPageDrawsTheDiagramWithABadgeWhereAnOrderWaits() {
        int version = uploads.latest("purchase").get("version").asInt();
        long order = api.post("alice", "/api/orders", Fixtures.checkout(fixtures.product("sam", "home", 4_000, 2).id(),
                1, Fixtures.GOOD_CARD)).body().get("id").asLong();
        Eventually.until(() -> orders.byId(order).orElseThrow().status(), equalTo(OrderStatus.AWAITING_SHIPMENT));

        try (Browser browser = Browser.open(port)) {
            browser.login("nina").go("/rules/processes/purchase?version=" + version);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> "true".equals(d.findElement(By.id("process-diagram")).getAttribute("data-rendered")));

            assertThat(browser.all("#process-diagram svg")).isNotEmpty();
            assertThat(browser.all("#process-diagram [data-element-id='Task_WaitForShipment']")).isNotEmpty();
            browser.screenshot("rules-process-diagram-loaded");
            WebElement badge = browser.find("#process-diagram .djs-overlays[data-container-id='Task_WaitForShipment'] "
                    + ".waiting-badge");
            // diagram-js places overlays when the view box settles after the zoom to fit
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> badge.isDisplayed());
            assertThat(Long.parseLong(badge.getText())).isPositive();
            assertThat(browser.find("#waiting-Task_WaitForShipment").getText()).contains("Wait for shipment");
            WebElement watermark = browser.find("#process-diagram .bjs-powered-by");
            assertThat(watermark.isDisplayed()).isTrue();
            assertThat(watermark.getAttribute("href")).contains("bpmn.io");
            browser.screenshot("rules-process-diagram");
            browser.wholePageScreenshot("rules-process-page");
        }
    }

    @Test
    void theDecisionPageShowsTheTableTheDiffPageTheChangedCellsAndTheFormPageItsFields() throws Exception {
        String original = Uploads.bundled("commission.dmn");
        try {
            int before = uploads.deployed("commission", "commission.dmn", original, "e2e: baseline");
            int after = uploads.deployed("commission", "commission.dmn", original
                    .replace("<text>500</text>", "<text>450</text>")
                    .replace("Books: 10% (1000 basis points).", "Books: 10%, as agreed with publishers."),
                    "e2e: electronics down to 4.5%");

            try (Browser browser = Browser.open(port)) {
                browser.login("nina").go("/rules/decisions/commission");
                assertThat(browser.find("#hit-policy").getText()).contains("FIRST", "first rule that matches");
                assertThat(browser.all("#rules tbody tr")).hasSize(5);
                assertThat(browser.find("#rule-Rule_Commission_Electronics").getText())
                        .contains("\"electronics\"", "450");
                assertThat(browser.find("#version-" + before).getText()).contains("nina", "e2e: baseline", "deployed");
                assertThat(browser.all("#rollback-" + before)).hasSize(1);
                browser.wholePageScreenshot("rules-decision-page");

                browser.navigate("#compare-" + before);
                assertThat(browser.url()).endsWith("/rules/decisions/commission/diff?from=" + before + "&to=" + after);
                assertThat(browser.find("#rule-change-Rule_Commission_Electronics").getText())
                        .contains("Commission (basis points): 500 → 450");
                assertThat(browser.find("#rule-change-Rule_Commission_Books").getText())
                        .contains("description: Books: 10% (1000 basis points). → "
                                + "Books: 10%, as agreed with publishers.");
                browser.wholePageScreenshot("rules-decision-diff");

                browser.go("/rules/decisions/commission/rollback?toVersion=" + before);
                assertThat(browser.find("#what-happens").getText())
                        .contains("Version " + before + " of commission becomes version " + (after + 1) + ".");
                browser.wholePageScreenshot("rules-rollback-confirmation");

                browser.go("/rules/forms/dispute-review");
                assertThat(browser.find("#field-agentOutcome").getText()).contains("Decision", "agentOutcome", "radio",
                        "yes");
                browser.wholePageScreenshot("rules-form-page");
            }
        } finally {
            uploads.restore("commission.dmn");
        }
    }

}
