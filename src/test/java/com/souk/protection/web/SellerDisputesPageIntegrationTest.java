package com.souk.protection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.souk.identity.Role;
import com.souk.protection.Dispute;
import com.souk.protection.DisputeScenario;
import com.souk.protection.DisputeScenario.Shipped;
import com.souk.protection.DisputeStatus;
import com.souk.protection.Disputes;
import com.souk.protection.SellerDecision;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The seller's dispute pages: answers needed first, contesting, offers with a confirmation, errors on the page. */
@SoukIntegrationTest
class SellerDisputesPageIntegrationTest {

    private static final long PRICE = 10_000;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DisputeScenario scenario;

    @Autowired
    Disputes disputes;

    private RequestPostProcessor as(String username) {
        return user(fixtures.user(username));
    }

    private Dispute dispute(long id) {
        return disputes.byId(id).orElseThrow();
    }

    @Test
    void listsTheDisputesWaitingForTheSellersAnswerFirst() throws Exception {
        String seller = fixtures.newUser(Role.SELLER);
        Shipped first = scenario.shippedOrder(seller, "home", PRICE);
        long waiting = scenario.openDispute(first, "NOT_RECEIVED", PRICE);
        Shipped second = scenario.shippedOrder(seller, "home", PRICE);
        long answered = scenario.openDispute(second, "NOT_AS_DESCRIBED", 4_000);
        scenario.respond(second, answered, "OFFER_PARTIAL", 1_000L);

        String page = mvc.perform(get("/seller/disputes").with(as(seller)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("id=\"dispute-" + waiting + "\"")).isPositive()
                .isLessThan(page.indexOf("id=\"dispute-" + answered + "\""));
        assertThat(page).contains("Your answer needed").contains("AWAITING_BUYER").contains("Not received")
                .contains("€100.00").contains("€40.00");
        mvc.perform(get("/seller/disputes").with(as(fixtures.newUser(Role.SELLER))))
                .andExpect(content().string(containsString("No buyer has disputed an order of yours.")));
    }

    @Test
    void showsTheClaimEscapedWithTheOrderAndTheAnswerForm() throws Exception {
        Shipped order = scenario.shippedOrder(fixtures.newUser(Role.SELLER), "home", PRICE);
        long id = scenario.openDispute(order, "NOT_AS_DESCRIBED", PRICE);
        mvc.perform(get("/seller/disputes/" + id).with(as(order.seller())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The item &lt;b&gt;arrived&lt;/b&gt; broken.")))
                .andExpect(content().string(not(containsString("<b>arrived</b>"))))
                .andExpect(content().string(containsString("TRACK-" + order.orderId())))
                .andExpect(content().string(containsString("id=\"response-form\"")))
                .andExpect(content().string(containsString("The buyer opened a dispute")));
    }

    @Test
    void contestsWithAMessageAndTheDisputeMovesOn() throws Exception {
        Shipped order = scenario.shippedOrder(fixtures.newUser(Role.SELLER), "home", PRICE);
        long id = scenario.openDispute(order, "NOT_AS_DESCRIBED", PRICE);

        mvc.perform(post("/seller/disputes/" + id + "/response").with(as(order.seller())).with(csrf())
                        .param("decision", "CONTEST"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tell the agent why you contest the dispute")));
        assertThat(dispute(id).status()).isEqualTo(DisputeStatus.AWAITING_SELLER);

        mvc.perform(post("/seller/disputes/" + id + "/response").with(as(order.seller())).with(csrf())
                        .param("decision", "CONTEST").param("message", "Photos at packing show it intact."))
                .andExpect(redirectedUrl("/seller/disputes/" + id))
                .andExpect(flash().attribute("notice",
                        "You contested the dispute; it goes to triage and may reach a dispute agent."));
        Dispute contested = dispute(id);
        assertThat(contested.sellerDecision()).isEqualTo(SellerDecision.CONTEST);
        assertThat(contested.sellerMessage()).isEqualTo("Photos at packing show it intact.");
        assertThat(contested.status()).isEqualTo(DisputeStatus.IN_REVIEW);
    }

    @Test
    void asksForTheAmountOfAnOfferAndConfirmsItBeforeSending() throws Exception {
        Shipped order = scenario.shippedOrder(fixtures.newUser(Role.SELLER), "home", PRICE);
        long id = scenario.openDispute(order, "NOT_AS_DESCRIBED", PRICE);

        mvc.perform(post("/seller/disputes/" + id + "/response").with(as(order.seller())).with(csrf())
                        .param("decision", "OFFER_PARTIAL").param("partialRefund", "thirty"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("enter an amount like 12.50")));
        mvc.perform(post("/seller/disputes/" + id + "/response").with(as(order.seller())).with(csrf())
                        .param("decision", "OFFER_PARTIAL").param("partialRefund", "30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You offer the buyer")))
                .andExpect(content().string(containsString("€30.00")))
                .andExpect(content().string(containsString("name=\"confirmed\" value=\"true\"")));
        assertThat(dispute(id).status()).as("nothing sent before confirming").isEqualTo(DisputeStatus.AWAITING_SELLER);

        mvc.perform(post("/seller/disputes/" + id + "/response").with(as(order.seller())).with(csrf())
                        .param("decision", "OFFER_PARTIAL").param("partialRefund", "30").param("confirmed", "true"))
                .andExpect(redirectedUrl("/seller/disputes/" + id));
        assertThat(dispute(id).status()).isEqualTo(DisputeStatus.AWAITING_BUYER);
        assertThat(dispute(id).offeredRefund().amountMinor()).isEqualTo(3_000);
    }

    @Test
    void showsTheBusinessRuleOnThePageWhenTheOfferIsNotLessThanTheClaim() throws Exception {
        Shipped order = scenario.shippedOrder(fixtures.newUser(Role.SELLER), "home", PRICE);
        long id = scenario.openDispute(order, "NOT_AS_DESCRIBED", 5_000);
        mvc.perform(post("/seller/disputes/" + id + "/response").with(as(order.seller())).with(csrf())
                        .param("decision", "OFFER_PARTIAL").param("partialRefund", "50.00").param("confirmed", "true"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("A partial offer must be less than the 50.00 EUR asked for")))
                .andExpect(content().string(containsString("id=\"response-form\"")));
        assertThat(dispute(id).status()).isEqualTo(DisputeStatus.AWAITING_SELLER);
    }

    @Test
    void showsTheConflictOnThePageWhenTheDisputeWasAnsweredMeanwhile() throws Exception {
        Shipped order = scenario.shippedOrder(fixtures.newUser(Role.SELLER), "home", PRICE);
        long id = scenario.openDispute(order, "NOT_AS_DESCRIBED", PRICE);
        scenario.respond(order, id, "CONTEST", null);

        mvc.perform(post("/seller/disputes/" + id + "/response").with(as(order.seller())).with(csrf())
                        .param("decision", "ACCEPT_REFUND").param("confirmed", "true"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("cannot take a seller response while it is IN_REVIEW")));
        assertThat(dispute(id).sellerDecision()).isEqualTo(SellerDecision.CONTEST);
    }

    @Test
    void confirmsBeforeAcceptingTheRefund() throws Exception {
        Shipped order = scenario.shippedOrder(fixtures.newUser(Role.SELLER), "home", PRICE);
        long id = scenario.openDispute(order, "NOT_RECEIVED", PRICE);
        mvc.perform(post("/seller/disputes/" + id + "/response").with(as(order.seller())).with(csrf())
                        .param("decision", "ACCEPT_REFUND"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This cannot be undone.")));
        assertThat(dispute(id).status()).isEqualTo(DisputeStatus.AWAITING_SELLER);
        mvc.perform(post("/seller/disputes/" + id + "/response").with(as(order.seller())).with(csrf())
                        .param("decision", "NONSENSE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("choose one of the three answers")));
    }

    @Test
    void answersNotFoundForADisputeAgainstAnotherSeller() throws Exception {
        Shipped order = scenario.shippedOrder("sam", "home", PRICE);
        long id = scenario.openDispute(order, "NOT_AS_DESCRIBED", PRICE);
        mvc.perform(get("/seller/disputes/" + id).with(as("sara")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("You have no dispute " + id)));
        mvc.perform(post("/seller/disputes/" + id + "/response").with(as("sara")).with(csrf())
                        .param("decision", "ACCEPT_REFUND").param("confirmed", "true"))
                .andExpect(status().isNotFound());
        assertThat(dispute(id).status()).isEqualTo(DisputeStatus.AWAITING_SELLER);
        mvc.perform(get("/seller/disputes/" + id).with(as(order.buyer()))).andExpect(status().isForbidden());
    }
}
