package com.souk.rules.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.fasterxml.jackson.databind.JsonNode;
import com.souk.ordering.OrderStatus;
import com.souk.ordering.Orders;
import com.souk.support.Api;
import com.souk.support.Eventually;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import com.souk.support.Uploads;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Rolling rules back through the page and the API: a new version with the old content, which new orders use. */
@SoukIntegrationTest
class RollbackIntegrationTest {

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

    /** The commission a new order of a home product (8% by the bundled table) gets now. */
    private long commissionOfANewHomeOrder() {
        long id = api.post("alice", "/api/orders", Fixtures.checkout(fixtures.product("sam", "home", 10_000, 2).id(),
                1, Fixtures.GOOD_CARD)).body().get("id").asLong();
        Eventually.until(() -> orders.byId(id).orElseThrow().status(), equalTo(OrderStatus.AWAITING_SHIPMENT));
        return orders.byId(id).orElseThrow().commission().amountMinor();
    }

    private String file(int version) throws Exception {
        MockHttpServletResponse file = page("nina", "/rules/decisions/commission/versions/" + version + "/file");
        assertThat(file.getStatus()).isEqualTo(200);
        return file.getContentAsString();
    }

    @Test
    void aRollbackThroughThePageAndThroughTheApiMakesANewVersionWithTheOldContentForNewOrders() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String original = Uploads.bundled("commission.dmn");
        try {
            int before = uploads.latest("commission").get("version").asInt();
            // the same content as the latest upload (other tests end by restoring it) still makes a new version
            int bundled = uploads.deployed("commission", "commission.dmn", original, "baseline " + run);
            assertThat(bundled).isEqualTo(before + 1);
            int higher = uploads.deployed("commission", "commission.dmn",
                    original.replace("<text>800</text>", "<text>1500</text>"), "15% for the rest " + run);
            assertThat(commissionOfANewHomeOrder()).isEqualTo(1_500);

            String confirm = page("nina", "/rules/decisions/commission/rollback?toVersion=" + bundled)
                    .getContentAsString();
            assertThat(confirm).contains("Version " + bundled + " of commission becomes version " + (higher + 1) + ".")
                    .contains("New orders use it")
                    .contains("<del class=\"before\">1500</del>", "<ins class=\"after\">800</ins>")
                    .contains("id=\"rule-change-Rule_Commission_Default\"", "name=\"comment\"")
                    .contains("id=\"confirm-rollback\"")
                    .contains("href=\"/rules/decisions/commission\" id=\"cancel\"")
                    .doesNotContain("id=\"sharing-rollback\"");

            mvc.perform(post("/rules/decisions/commission/rollback").param("toVersion", String.valueOf(bundled))
                            .param("comment", "15% drove sellers away " + run)
                            .with(user(fixtures.user("nina"))).with(csrf()))
                    .andExpect(redirectedUrl("/rules/decisions/commission"))
                    .andExpect(flash().attribute("notice", "Rolled back: version " + bundled
                            + " of commission is now version " + (higher + 1) + ". New orders use it."));

            JsonNode rolledBack = uploads.latest("commission");
            assertThat(rolledBack.get("version").asInt()).isEqualTo(higher + 1);
            assertThat(rolledBack.get("action").asText()).isEqualTo("ROLLED_BACK");
            assertThat(rolledBack.get("rolledBackTo").asInt()).isEqualTo(bundled);
            assertThat(rolledBack.get("deployedBy").asText()).isEqualTo("nina");
            assertThat(rolledBack.get("comment").asText())
                    .isEqualTo("Rolled back to version " + bundled + ": 15% drove sellers away " + run);
            assertThat(file(higher + 1)).isEqualTo(file(bundled)).isEqualTo(original);
            assertThat(page("nina", "/rules/decisions/commission").getContentAsString())
                    .contains(">rolled back to v" + bundled + "<");
            assertThat(commissionOfANewHomeOrder()).isEqualTo(800);

            Api.Reply viaApi = api.post("nina", "/api/rules/commission/rollback", Map.of("toVersion", higher));
            assertThat(viaApi.status()).as(viaApi.body().toString()).isEqualTo(201);
            assertThat(viaApi.body().findValuesAsText("key")).containsExactly("commission");
            JsonNode again = uploads.latest("commission");
            assertThat(again.get("version").asInt()).isEqualTo(higher + 2);
            assertThat(again.get("rolledBackTo").asInt()).isEqualTo(higher);
            assertThat(again.get("comment").asText()).isEqualTo("Rolled back to version " + higher);
            assertThat(commissionOfANewHomeOrder()).isEqualTo(1_500);
        } finally {
            uploads.restore("commission.dmn");
        }
    }

    @Test
    void theRollbackOfADecisionSaysItTakesTheOtherDecisionsOfItsFileBackToo() throws Exception {
        String original = Uploads.bundled("protection-periods.dmn");
        try {
            int before = uploads.latest("protection-period").get("version").asInt();
            uploads.deployed("protection-period", "protection-periods.dmn",
                    original.replace("<text>\"P15D\"</text>", "<text>\"P20D\"</text>"), "test: 20 days");
            int shipBy = uploads.latest("ship-by-period").get("version").asInt();

            String confirm = page("nina", "/rules/decisions/protection-period/rollback?toVersion=" + before)
                    .getContentAsString();

            assertThat(confirm).contains("id=\"sharing-rollback\"", "protection-periods.dmn also holds",
                            "Ship-by period", "becomes version " + (shipBy + 1))
                    .contains("<del class=\"before\">&quot;P20D&quot;</del>")
                    .contains("<ins class=\"after\">&quot;P15D&quot;</ins>");
        } finally {
            uploads.restore("protection-periods.dmn");
        }
    }

    @Test
    void adminsAndOthersCannotRollBackAndTheLatestVersionIsNoRollback() throws Exception {
        int latest = uploads.latest("commission").get("version").asInt();
        int earlier = Math.max(1, latest - 1);
        assertThat(page("admin", "/rules/decisions/commission/rollback?toVersion=" + earlier).getStatus())
                .isEqualTo(403);
        for (String user : new String[] {"admin", "alice", "sam", "ada"}) {
            assertThat(mvc.perform(post("/rules/decisions/commission/rollback").param("toVersion", "" + earlier)
                    .with(user(fixtures.user(user))).with(csrf())).andReturn().getResponse().getStatus())
                    .as(user).isEqualTo(403);
            assertThat(api.post(user, "/api/rules/commission/rollback", Map.of("toVersion", earlier)).status())
                    .as(user).isEqualTo(403);
        }
        assertThat(uploads.latest("commission").get("version").asInt()).isEqualTo(latest);

        MockHttpServletResponse same = page("nina", "/rules/decisions/commission/rollback?toVersion=" + latest);
        assertThat(same.getStatus()).isEqualTo(409);
        assertThat(same.getContentAsString()).contains("is the latest already")
                .doesNotContain("id=\"confirm-rollback\"");
        assertThat(mvc.perform(post("/rules/decisions/commission/rollback").param("toVersion", "" + latest)
                .with(user(fixtures.user("nina"))).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(409);
        assertThat(uploads.latest("commission").get("version").asInt()).isEqualTo(latest);
    }

    @Test
    void aRollbackToAVersionThatDoesNotExistIsNotFoundAndOneWithoutAVersionIsInvalid() throws Exception {
        assertThat(page("nina", "/rules/decisions/commission/rollback?toVersion=99999").getStatus()).isEqualTo(404);
        assertThat(page("nina", "/rules/decisions/no-such-rule/rollback?toVersion=1").getStatus()).isEqualTo(404);
        Api.Reply missing = api.post("nina", "/api/rules/commission/rollback", Map.of("toVersion", 99999));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().get("detail").asText()).contains("Version 99999 of commission");
        Api.Reply noVersion = api.post("nina", "/api/rules/commission/rollback", Map.of("comment", "which one?"));
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.body().get("errors").get(0).get("field").asText()).isEqualTo("toVersion");
        assertThat(api.post("nina", "/api/rules/no-such-rule/rollback", Map.of("toVersion", 1)).status())
                .isEqualTo(404);
    }
}
