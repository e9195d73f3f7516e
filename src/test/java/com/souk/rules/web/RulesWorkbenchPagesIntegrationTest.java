package com.souk.rules.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.souk.catalog.Product;
import com.souk.ordering.OrderStatus;
import com.souk.ordering.Orders;
import com.souk.support.Api;
import com.souk.support.Eventually;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import com.souk.support.Uploads;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The workbench's catalogue, audit log and stuck-orders pages, for analysts, admins and everyone else. */
@SoukIntegrationTest
class RulesWorkbenchPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Uploads uploads;

    @Autowired
    Api api;

    @Autowired
    Orders orders;

    @Test
    void theCatalogueListsEveryModelWithItsLatestVersionAndWhoDeployedIt() throws Exception {
        String comment = "catalogue check " + System.nanoTime();
        assertThat(uploads.deploy("nina", "review-window.dmn", Uploads.bundled("review-window.dmn"), comment).status())
                .isEqualTo(201);

        mvc.perform(get("/rules").with(fixtures.signedIn("nina")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"models-process\""),
                        containsString("id=\"model-purchase\""), containsString("id=\"model-commission\""),
                        containsString("id=\"model-dispute-review\""), containsString("href=\"/rules/decisions/commission\""),
                        containsString(comment), containsString("nina, deployed"), containsString("id=\"upload-form\""))));
    }

    @Test
    void adminsReadTheWorkbenchWithoutTheFormsThatChangeIt() throws Exception {
        mvc.perform(get("/rules").with(fixtures.signedIn("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"model-commission\""),
                        containsString("id=\"read-only-note\""), not(containsString("id=\"upload-form\"")))));
        mvc.perform(get("/rules/audit").with(fixtures.signedIn("admin"))).andExpect(status().isOk());
        mvc.perform(get("/rules/stuck-orders").with(fixtures.signedIn("admin"))).andExpect(status().isOk());
    }

    @Test
    void buyersSellersAndAgentsMayNotOpenTheWorkbench() throws Exception {
        for (String user : new String[] {"alice", "sam", "ada"}) {
            mvc.perform(get("/rules").with(fixtures.signedIn(user))).andExpect(status().isForbidden());
            mvc.perform(get("/rules/audit").with(fixtures.signedIn(user))).andExpect(status().isForbidden());
            mvc.perform(get("/rules/stuck-orders").with(fixtures.signedIn(user))).andExpect(status().isForbidden());
            mvc.perform(post("/rules/stuck-orders/1/retry").with(fixtures.signedIn(user)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/rules")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theAuditLogShowsADeploymentWithItsCommentNewestFirst() throws Exception {
        String comment = "audit check " + System.nanoTime();
        assertThat(uploads.deploy("nina", "review-window.dmn", Uploads.bundled("review-window.dmn"), comment).status())
                .isEqualTo(201);

        String page = mvc.perform(get("/rules/audit").with(fixtures.signedIn("nina")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"audit\"", "Deployment", comment, "review-window.dmn");
        int firstRow = page.indexOf("<tr id=\"audit-");
        String newest = page.substring(firstRow, page.indexOf("</tr>", firstRow));
        assertThat(newest).as("the newest entry comes first").contains("data-action=\"DEPLOYMENT\"", comment);
        mvc.perform(get("/rules/audit").param("page", "nonsense").with(fixtures.signedIn("nina")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(comment)));
    }

    @Test
    void retryingAnOrderThatIsNotStuckFromThePageExplainsWhyNothingHappened() throws Exception {
        Product lamp = fixtures.product("sam", "home", 2_500, 3);
        long orderId = api.post("alice", "/api/orders", Fixtures.checkout(lamp.id(), 1, Fixtures.GOOD_CARD)).body()
                .get("id").asLong();
        Eventually.until(() -> orders.byId(orderId).orElseThrow().status(), Matchers.equalTo(OrderStatus.AWAITING_SHIPMENT));

        mvc.perform(post("/rules/stuck-orders/" + orderId + "/retry").with(fixtures.signedIn("nina")).with(csrf()))
                .andExpect(redirectedUrl("/rules/stuck-orders"))
                .andExpect(flash().attribute("problem", containsString("is not stuck")));
        mvc.perform(get("/rules/stuck-orders").with(fixtures.signedIn("nina")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"stuck-" + orderId + "\""))));
    }
}
