package com.souk.rules.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.souk.catalog.Product;
import com.souk.ordering.OrderStatus;
import com.souk.ordering.Orders;
import com.souk.support.Api;
import com.souk.support.Eventually;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import com.souk.support.Uploads;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The model pages: versions with who and why, decision tables, process diagrams with waiting orders, forms, diffs. */
@SoukIntegrationTest
class ModelPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Api api;

    @Autowired
    Uploads uploads;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Orders orders;

    private MockHttpServletResponse page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(user(fixtures.user(username)))).andReturn().getResponse();
    }

    private String html(String username, String path) throws Exception {
        MockHttpServletResponse response = page(username, path);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    @Test
    void deployedVersionsAreListedWithWhoAndWhyAndTheDiffShowsTheChangedCell() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String original = Uploads.bundled("commission.dmn");
        try {
            String cheaperElectronics = original.replace("<text>500</text>", "<text>450</text>");
            int first = uploads.deployed("commission", "commission.dmn", cheaperElectronics,
                    "Electronics down to 4.5% " + run);
            int second = uploads.deployed("commission", "commission.dmn",
                    cheaperElectronics.replace("<text>1000</text>", "<text>900</text>"), "Books down to 9% " + run);
            assertThat(second).isEqualTo(first + 1);

            JsonNode versions = api.get("nina", "/api/rules/commission/versions").body();
            assertThat(versions.get(0).get("version").asInt()).isEqualTo(second);
            assertThat(versions.get(0).get("deployedBy").asText()).isEqualTo("nina");
            assertThat(versions.get(0).get("comment").asText()).isEqualTo("Books down to 9% " + run);
            assertThat(versions.get(0).get("action").asText()).isEqualTo("DEPLOYED");
            assertThat(versions.get(1).get("version").asInt()).isEqualTo(first);
            assertThat(versions.get(1).get("deployedBy").asText()).isEqualTo("nina");
            assertThat(versions.get(1).get("comment").asText()).isEqualTo("Electronics down to 4.5% " + run);
            assertThat(versions.get(1).get("original").asBoolean()).isTrue();
            assertThat(versions.get(1).hasNonNull("runningOrders")).isFalse();

            String model = html("nina", "/rules/decisions/commission");
            assertThat(model).contains("id=\"version-" + second + "\"", "id=\"version-" + first + "\"",
                    "Books down to 9% " + run, "Electronics down to 4.5% " + run, ">nina<", ">deployed<")
                    .contains("id=\"compare-" + first + "\"", "id=\"rollback-" + first + "\"")
                    .doesNotContain("id=\"compare-" + second + "\"", "id=\"rollback-" + second + "\"")
                    .contains("href=\"/rules/decisions/commission/diff?from=" + first + "&amp;to=" + second + "\"")
                    .contains("Hit policy FIRST.", "the first rule that matches gives the result")
                    .contains("id=\"input-Input_CommissionCategory\"", "commissionBps")
                    .contains("id=\"rule-Rule_Commission_Books\"", "<code>900</code>", "<code>450</code>")
                    .contains("Books: 10% (1000 basis points).")
                    .contains("href=\"/rules/decisions/commission/versions/" + second + "/file\"");
            assertThat(html("nina", "/rules/decisions/commission?version=" + first))
                    .contains("<code>1000</code>", "id=\"not-latest\"").doesNotContain("<code>900</code>");

            String diff = html("nina", "/rules/decisions/commission/diff?from=" + first + "&to=" + second);
            assertThat(diff).contains("id=\"rule-change-Rule_Commission_Books\"", "Rule 2")
                    .contains("<del class=\"before\">1000</del>", "<ins class=\"after\">900</ins>")
                    .contains("Commission (basis points):")
                    .doesNotContain("rule-change-Rule_Commission_Electronics");
            assertThat(html("admin", "/rules/decisions/commission/diff?from=" + (first - 1) + "&to=" + second))
                    .contains("<del class=\"before\">500</del>", "<ins class=\"after\">450</ins>");
        } finally {
            uploads.restore("commission.dmn");
        }
    }

    @Test
    void theProcessPageShowsTheOrdersWaitingAtEachElementOnItsDiagram() throws Exception {
        int version = StreamSupport.stream(api.get("nina", "/api/rules").body().spliterator(), false)
                .filter(m -> m.get("key").asText().equals("purchase")).findFirst().orElseThrow()
                .get("version").asInt();
        Product product = fixtures.product("sam", "home", 5_000, 3);
        long order = api.post("alice", "/api/orders", Fixtures.checkout(product.id(), 1, Fixtures.GOOD_CARD)).body()
                .get("id").asLong();
        Eventually.until(() -> orders.byId(order).orElseThrow().status(), equalTo(OrderStatus.AWAITING_SHIPMENT));

        String page = html("nina", "/rules/processes/purchase?version=" + version);

        assertThat(page).contains("id=\"process-diagram\"",
                        "data-xml-url=\"/rules/processes/purchase/versions/" + version + "/file\"")
                .contains("src=\"/webjars/bpmn-js/8.0.0/dist/bpmn-viewer.production.min.js\"",
                        "src=\"/js/process-diagram.js\"", "/webjars/bpmn-js/8.0.0/dist/assets/diagram-js.css")
                .contains("id=\"waiting-Task_WaitForShipment\"", "data-element-id=\"Task_WaitForShipment\"",
                        "Wait for shipment", "receive task")
                .doesNotContain("<script>");
        long waiting = Long.parseLong(page.replaceFirst("(?s).*data-element-id=\"Task_WaitForShipment\" "
                + "data-count=\"(\\d+)\".*", "$1"));
        assertThat(waiting).isPositive();
        long running = Long.parseLong(page.replaceFirst("(?s).*id=\"version-" + version + "\".*?class=\"number\">"
                + "(\\d+)<.*", "$1"));
        assertThat(running).isGreaterThanOrEqualTo(waiting);

        MockHttpServletResponse file = page("nina", "/rules/processes/purchase/versions/" + version + "/file");
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentType()).isEqualTo("application/xml;charset=UTF-8");
        assertThat(file.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"purchase.bpmn\"");
        assertThat(file.getContentAsString()).contains("zeebe:taskDefinition", "id=\"Task_WaitForShipment\"");
    }

    @Test
    void theDecisionPageOfASharedFileShowsItsOwnTableAndNamesTheOthers() throws Exception {
        String page = html("nina", "/rules/decisions/protection-period");

        assertThat(page).contains("id=\"decision-protection-period\"", "Buyer protection period")
                .doesNotContain("id=\"decision-ship-by-period\"")
                .contains("id=\"sharing\"", "href=\"/rules/decisions/ship-by-period\"", "Ship-by period");
        assertThat(html("nina", "/rules/decisions/ship-by-period"))
                .contains("id=\"decision-ship-by-period\"", "&gt; 100000")
                .contains("href=\"/rules/decisions/protection-period\"");
    }

    @Test
    void theFormPageListsTheFieldsAndTheFileDownloadsAsUploaded() throws Exception {
        String page = html("nina", "/rules/forms/dispute-review");
        assertThat(page).contains("id=\"field-agentOutcome\"", "<code>agentOutcome</code>", "Decision", "radio")
                .contains("id=\"field-note\"", "Note to buyer and seller", "textarea");

        int latest = uploads.latest("dispute-review").get("version").asInt();
        MockHttpServletResponse file = page("admin", "/rules/forms/dispute-review/versions/" + latest + "/file");
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentType()).isEqualTo("application/json;charset=UTF-8");
        assertThat(file.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"dispute-review.form\"");
        assertThat(file.getContentAsString()).contains("\"key\": \"agentOutcome\"");
    }

    @Test
    void unknownModelsVersionsAndKindsAreNotFound() throws Exception {
        for (String path : new String[] {"/rules/decisions/no-such-rule", "/rules/processes/commission",
                "/rules/decisions/commission?version=99999", "/rules/decisions/commission/diff?from=1&to=99999",
                "/rules/decisions/commission/versions/99999/file", "/rules/forms/no-such-form/diff"}) {
            MockHttpServletResponse response = page("nina", path);
            assertThat(response.getStatus()).as(path).isEqualTo(404);
            assertThat(response.getContentAsString()).as(path).contains("Not found");
        }
        assertThat(page("nina", "/rules/decisions/no-such-rule").getContentAsString())
                .contains("There is no decision no-such-rule.");
        assertThat(api.get("nina", "/api/rules/no-such-rule/versions").status()).isEqualTo(404);
    }

    @Test
    void onlyAnalystsAndAdminsSeeTheModelPagesAndAdminsSeeNoRollbackButtons() throws Exception {
        String admin = html("admin", "/rules/decisions/commission");
        assertThat(admin).contains("id=\"versions\"", "id=\"read-only-note\"").doesNotContain("id=\"rollback-");
        assertThat(html("admin", "/rules/processes/purchase")).contains("id=\"process-diagram\"")
                .doesNotContain("id=\"rollback-");
        for (String user : new String[] {"alice", "sam", "ada"}) {
            assertThat(page(user, "/rules/decisions/commission").getStatus()).as(user).isEqualTo(403);
            assertThat(page(user, "/rules/processes/purchase/versions/1/file").getStatus()).as(user).isEqualTo(403);
            assertThat(api.get(user, "/api/rules/commission/versions").status()).as(user).isEqualTo(403);
        }
    }

    @Test
    void aLongHistoryOfVersionsIsListedTwentyToAPageNewestFirst() throws Exception {
        String file = Uploads.bundled("review-window.dmn");
        int versions = api.get("nina", "/api/rules/review-window/versions").body().size();
        for (int i = versions; i <= ModelPageController.VERSIONS_PER_PAGE; i++) {
            uploads.deployed("review-window", "review-window.dmn", file, "history " + i);
        }
        JsonNode all = api.get("nina", "/api/rules/review-window/versions").body();
        int latest = all.get(0).get("version").asInt();
        int oldestOnFirstPage = all.get(ModelPageController.VERSIONS_PER_PAGE - 1).get("version").asInt();

        String first = html("nina", "/rules/decisions/review-window");
        assertThat(first).contains("id=\"version-" + latest + "\"", "id=\"version-" + oldestOnFirstPage + "\"",
                "id=\"older-versions\"").doesNotContain("id=\"version-" + (oldestOnFirstPage - 1) + "\"",
                "id=\"newer-versions\"");
        String second = html("nina", "/rules/decisions/review-window?page=1");
        assertThat(second).contains("id=\"version-" + (oldestOnFirstPage - 1) + "\"", "id=\"newer-versions\"")
                .doesNotContain("id=\"version-" + latest + "\"");
        assertThat(html("nina", "/rules/decisions/review-window?page=999")).as("a page past the end shows the last")
                .contains("id=\"version-1\"");
    }
}
