package com.souk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.identity.Role;
import com.souk.ordering.OrderStatus;
import com.souk.protection.DisputeScenario;
import com.souk.rules.RuleChanges;
import com.souk.support.Api;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import com.souk.workflow.ModelFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An analyst in a real Chromium raises the electronics commission: uploads the table, reads that it passes every
 * check, simulates it over all past orders, sees the orders placed here among the changes with the revenue they add,
 * forgets the comment, then deploys with one.
 */
@SoukIntegrationTest
class RuleSimulationE2ETest {

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DisputeScenario scenario;

    @Autowired
    RuleChanges changes;

    @Test
    void analystUploadsSimulatesAndDeploysARaisedCommission() throws IOException {
        String buyer = fixtures.newUser(Role.BUYER);
        List<Long> placed = new ArrayList<>();
        for (long price : new long[] {24_900, 129_900}) {
            placed.add(api.post(buyer, "/api/orders", Fixtures.checkout(fixtures.product("sam", "electronics", price, 2)
                    .id(), 1, Fixtures.GOOD_CARD)).body().get("id").asLong());
        }
        placed.forEach(id -> scenario.awaitStatus(id, OrderStatus.AWAITING_SHIPMENT));
        String original = Files.readString(Path.of("bpmn", "commission.dmn"));
        Path candidate = Files.createDirectories(Path.of("target", "e2e-uploads")).resolve("commission.dmn");
        Files.writeString(candidate, original.replace("<text>500</text>", "<text>700</text>"));

        try (Browser browser = Browser.open(port)) {
            browser.login("nina").go("/rules/candidates");
            browser.find("#upload-file").sendKeys(candidate.toAbsolutePath().toString());
            browser.navigate("#upload-submit");
            assertThat(browser.url()).matches(".*/rules/candidates/\\d+");
            assertThat(browser.find("#file-name").getText()).isEqualTo("commission.dmn");
            assertThat(browser.find("#valid").getText()).contains("passes every check");

            browser.find("#period-all").click();
            browser.navigate("#simulate-submit");
            assertThat(browser.find("#simulated-period").getText()).isEqualTo("all past cases");
            String result = browser.find("#result-commission").getText();
            assertThat(result).contains("Money impact").contains("Change in platform revenue").contains("electronics");
            // 249.00 at 7% instead of 5%: +4.98; 1,299.00: +25.98.
            assertThat(browser.find("#result-commission table.changes").getText())
                    .contains("#" + placed.get(0)).contains("€249.00").contains("(€12.45)").contains("(€17.43)")
                    .contains("#" + placed.get(1)).contains("€1,299.00");
            assertThat(browser.find("#result-commission .money-impact").getText()).startsWith("+€");
            browser.wholePageScreenshot("rules-candidate-simulation");

            browser.navigate("#deploy-submit");
            assertThat(browser.find("#comment-error").getText()).contains("say in a few words why");
            browser.wholePageScreenshot("rules-candidate-comment-missing");
            browser.find("#comment").sendKeys("Electronics margins allow 7% from January");
            browser.navigate("#deploy-submit");
            assertThat(browser.url()).endsWith("/rules/decisions/commission");

            // A file of two decisions: the one that changes comes first, its deadlines move by days.
            Path periods = candidate.resolveSibling("protection-periods.dmn");
            Files.writeString(periods, Files.readString(Path.of("bpmn", "protection-periods.dmn"))
                    .replace("<text>\"P30D\"</text>", "<text>\"P20D\"</text>"));
            browser.go("/rules/candidates");
            browser.find("#upload-file").sendKeys(periods.toAbsolutePath().toString());
            browser.navigate("#upload-submit");
            browser.find("#period-all").click();
            browser.navigate("#simulate-submit");
            assertThat(browser.all(".decision-result")).hasSize(2);
            assertThat(browser.all(".decision-result").get(0).getAttribute("id")).isEqualTo("result-protection-period");
            assertThat(browser.find("#result-protection-period table.changes").getText()).contains("10 days earlier");
            assertThat(browser.find("#result-ship-by-period").getText()).contains("No past case would change.");
            browser.wholePageScreenshot("rules-candidate-two-decisions");
        } finally {
            changes.deploy(ModelFile.of("commission.dmn", original), "nina", "back to the bundled commission table");
        }
    }

}
