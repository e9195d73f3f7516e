package com.souk.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.souk.identity.Role;
import com.souk.ordering.OrderStatus;
import com.souk.protection.DisputeScenario.Shipped;
import com.souk.support.Api;
import com.souk.support.Fixtures;
import com.souk.support.LedgerInvariants;
import com.souk.support.SoukIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Dispute triage on the seller's standing (bpmn/dispute-triage.dmn): one refund cannot take the agent away from a new
 * seller; an established seller whose refunds keep coming gets none of the benefit of the doubt, and the seller, the
 * buyer and agents read the rule that refunded without an agent.
 */
@SoukIntegrationTest
class SellerStandingTriageIntegrationTest {

    private static final long PRICE = 10_000;
    /** Above the small-claim limit of 20.00 EUR. */
    private static final long CONTESTED_CLAIM = 5_000;

    @Autowired
    DisputeScenario scenario;

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SellerStanding standing;

    @Autowired
    LedgerInvariants ledger;

    @Autowired
    MockMvc mvc;

    private long id(String username) {
        return fixtures.user(username).id();
    }

    @Test
    void aSellerWithOneRefundedDisputeOutOfOneFinishedOrderStillGetsAnAgentForAContestedClaim() {
        String seller = fixtures.newUser(Role.SELLER);
        Shipped first = scenario.shippedOrder(seller, "home", PRICE);
        long lost = scenario.openDispute(first, "NOT_AS_DESCRIBED", PRICE);
        scenario.respond(first, lost, "CONTEST", null);
        decideByAgent(lost, "REFUND_FULL");
        scenario.awaitStatus(first.orderId(), OrderStatus.REFUNDED);
        assertThat(standing.of(id(seller))).as("an agent's refund is a defect: 1 of 1 finished order")
                .isEqualTo(new SellerStanding.Standing(1, 1));

        Shipped second = scenario.shippedOrder(seller, "home", PRICE);
        long contested = scenario.openDispute(second, "NOT_AS_DESCRIBED", CONTESTED_CLAIM);
        scenario.respond(second, contested, "CONTEST", null);

        assertThat(scenario.awaitTask(contested)).isNotNull();
        JsonNode dispute = scenario.dispute("ada", contested);
        assertThat(dispute.get("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(dispute.path("autoRefundReason").asText(null)).isNull();
        assertThat(dispute.at("/caseFile/sellerFinishedOrders90d").asLong()).isEqualTo(1);
        assertThat(dispute.at("/caseFile/sellerDefects90d").asLong()).isEqualTo(1);
        assertThat(dispute.at("/caseFile/sellerDefectRate90d").asDouble()).isEqualTo(1.0);
    }

    @Test
    void aVoluntaryPartialRefundIsNoDefectAndTheNextContestedClaimGoesToAnAgent() {
        String seller = fixtures.newUser(Role.SELLER);
        Shipped first = scenario.shippedOrder(seller, "home", PRICE);
        long settled = scenario.openDispute(first, "NOT_AS_DESCRIBED", PRICE);
        assertThat(scenario.respond(first, settled, "OFFER_PARTIAL", 5_000L).status()).isEqualTo(202);
        assertThat(api.post(first.buyer(), "/api/disputes/" + settled + "/buyer-answer", Map.of("acceptOffer", true))
                .status()).isEqualTo(202);
        scenario.awaitStatus(first.orderId(), OrderStatus.PARTIALLY_REFUNDED);
        assertThat(standing.of(id(seller))).isEqualTo(new SellerStanding.Standing(1, 0));

        Shipped second = scenario.shippedOrder(seller, "home", PRICE);
        long contested = scenario.openDispute(second, "NOT_AS_DESCRIBED", CONTESTED_CLAIM);
        scenario.respond(second, contested, "CONTEST", null);

        assertThat(scenario.awaitTask(contested)).isNotNull();
        assertThat(scenario.dispute("ada", contested).at("/caseFile/sellerDefectRate90d").asDouble()).isEqualTo(0.0);
    }

    @Test
    void anEstablishedSellerWithADefectRateAboveTenPercentIsRefundedByTriageAndEveryPartyReadsWhy() throws Exception {
        String seller = fixtures.newUser(Role.SELLER);
        for (int i = 0; i < 8; i++) {
            Shipped order = scenario.shippedOrder(seller, "home", PRICE);
            assertThat(api.post(order.buyer(), "/api/orders/" + order.orderId() + "/receipt", null).status())
                    .isEqualTo(202);
            scenario.awaitStatus(order.orderId(), OrderStatus.COMPLETED);
        }
        for (int i = 0; i < 2; i++) {
            Shipped order = scenario.shippedOrder(seller, "home", PRICE);
            long small = scenario.openDispute(order, "NOT_AS_DESCRIBED", 1_500);
            scenario.respond(order, small, "CONTEST", null);
            scenario.awaitStatus(order.orderId(), OrderStatus.PARTIALLY_REFUNDED);
            JsonNode smallClaim = scenario.dispute(seller, small);
            assertThat(smallClaim.get("outcome").asText()).isEqualTo("AUTO_REFUNDED_BY_TRIAGE");
            assertThat(smallClaim.get("autoRefundRule").asText()).isEqualTo("Rule_Triage_SmallClaim");
            assertThat(smallClaim.get("autoRefundReason").asText()).startsWith("Small claims up to the auto-refund");
        }
        assertThat(standing.of(id(seller))).isEqualTo(new SellerStanding.Standing(10, 2));

        Shipped order = scenario.shippedOrder(seller, "home", PRICE);
        long contested = scenario.openDispute(order, "NOT_AS_DESCRIBED", CONTESTED_CLAIM);
        scenario.respond(order, contested, "CONTEST", null);
        scenario.awaitStatus(order.orderId(), OrderStatus.PARTIALLY_REFUNDED);

        JsonNode dispute = scenario.dispute(seller, contested);
        assertThat(dispute.get("outcome").asText()).isEqualTo("AUTO_REFUNDED_BY_TRIAGE");
        assertThat(dispute.get("autoRefundRule").asText()).isEqualTo("Rule_Triage_HighDefectRate");
        String reason = dispute.get("autoRefundReason").asText();
        assertThat(reason).contains("at least 10 finished orders").contains("above 10 %");
        assertThat(scenario.taskOf(contested)).isNull();
        assertThat(standing.of(id(seller))).as("the third defect, on the eleventh finished order")
                .isEqualTo(new SellerStanding.Standing(11, 3));
        assertThat(ledger.assertSettled(order.orderId()).refunded()).isEqualTo(CONTESTED_CLAIM);

        mvc.perform(get("/seller/disputes/" + contested).with(user(fixtures.user(seller)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Why it was refunded without an agent")))
                .andExpect(content().string(containsString("Rule_Triage_HighDefectRate")));
        mvc.perform(get("/account/orders/" + order.orderId()).with(user(fixtures.user(order.buyer()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Refunded without waiting for an agent")));
        mvc.perform(get("/agent/disputes/" + contested).with(user(fixtures.user("ada")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("at least 10 finished orders")))
                .andExpect(content().string(containsString("id=\"seller-defect-rate\">27 %")));
        mvc.perform(get("/agent/disputes/auto-refunded").with(user(fixtures.user("ada")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/agent/disputes/" + contested + "\"")));
        mvc.perform(get("/agent/disputes/" + contested).with(user(fixtures.user(order.buyer()))))
                .andExpect(status().isForbidden());
    }

    private void decideByAgent(long disputeId, String outcome) {
        String task = scenario.awaitTask(disputeId);
        assertThat(api.post("ada", "/api/tasks/" + task + "/claim", null).status()).isEqualTo(200);
        assertThat(api.post("ada", "/api/tasks/" + task + "/completion", Map.of("outcome", outcome, "note",
                "Decided on the photos.")).status()).isEqualTo(202);
    }
}
