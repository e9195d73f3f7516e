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
import com.souk.ordering.OrderStatus;
import com.souk.ordering.Orders;
import com.souk.protection.AgentOutcome;
import com.souk.protection.DisputeScenario;
import com.souk.protection.DisputeScenario.Shipped;
import com.souk.protection.DisputeTasks;
import com.souk.protection.Disputes;
import com.souk.support.Fixtures;
import com.souk.support.LedgerInvariants;
import com.souk.support.SoukIntegrationTest;
import com.souk.workflow.ModelDeployments;
import com.souk.workflow.ModelFile;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The dispute desk: the task list, claiming, the case page, the decision from the deployed form, and its errors. */
@SoukIntegrationTest
class AgentDeskPageIntegrationTest {

    private static final long PRICE = 10_000;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DisputeScenario scenario;

    @Autowired
    DisputeTasks tasks;

    @Autowired
    Disputes disputes;

    @Autowired
    Orders orders;

    @Autowired
    LedgerInvariants ledger;

    @Autowired
    ModelDeployments deployments;

    private RequestPostProcessor as(String username) {
        return user(fixtures.user(username));
    }

    /** A contested dispute that triage sends to the agents; answers the task id. */
    private record Case(Shipped order, long disputeId, String taskId) {
    }

    private Case contested() {
        Shipped order = scenario.shippedOrder(fixtures.newUser(Role.SELLER), "home", PRICE);
        long dispute = scenario.openDispute(order, "NOT_AS_DESCRIBED", PRICE);
        scenario.respond(order, dispute, "CONTEST", null);
        return new Case(order, dispute, scenario.awaitTask(dispute));
    }

    private MockHttpServletRequestBuilder decision(String agent, String taskId) {
        return post("/agent/tasks/" + taskId + "/decision").with(as(agent)).with(csrf());
    }

    @Test
    void listsTasksWithClaimButtonsAndFiltersMineAndUnclaimed() throws Exception {
        String agent = fixtures.newUser(Role.AGENT);
        Case open = contested();
        Case claimed = contested();
        tasks.claim(fixtures.user(agent), claimed.taskId());

        String all = mvc.perform(get("/agent/tasks").with(as(agent)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(all).contains("id=\"task-" + open.taskId() + "\"").contains("id=\"claim-" + open.taskId() + "\"")
                .contains("id=\"task-" + claimed.taskId() + "\"").doesNotContain("id=\"claim-" + claimed.taskId() + "\"")
                .contains("Not as described");
        mvc.perform(get("/agent/tasks").param("show", "mine").with(as(agent)))
                .andExpect(content().string(containsString("id=\"task-" + claimed.taskId() + "\"")))
                .andExpect(content().string(not(containsString("id=\"task-" + open.taskId() + "\""))));
        mvc.perform(get("/agent/tasks").param("show", "unclaimed").with(as(agent)))
                .andExpect(content().string(containsString("id=\"task-" + open.taskId() + "\"")))
                .andExpect(content().string(not(containsString("id=\"task-" + claimed.taskId() + "\""))));
    }

    @Test
    void claimsATaskFromTheListAndOpensTheCase() throws Exception {
        Case c = contested();
        mvc.perform(post("/agent/tasks/" + c.taskId() + "/claim").with(as("ada")).with(csrf()))
                .andExpect(redirectedUrl("/agent/tasks/" + c.taskId()))
                .andExpect(flash().attribute("notice", "The case is yours; decide it below."));
        assertThat(tasks.one(c.taskId()).assignee()).isEqualTo("ada");

        String other = fixtures.newUser(Role.AGENT);
        mvc.perform(post("/agent/tasks/" + c.taskId() + "/claim").with(as(other)).with(csrf()))
                .andExpect(redirectedUrl("/agent/tasks"))
                .andExpect(flash().attribute("problem", "Another agent has already claimed this task."));
        assertThat(tasks.one(c.taskId()).assignee()).isEqualTo("ada");
    }

    @Test
    void showsTheWholeCaseOnOnePageWithTheDecisionFormOfTheDeployedForm() throws Exception {
        Case c = contested();
        tasks.claim(fixtures.user("ada"), c.taskId());

        mvc.perform(get("/agent/tasks/" + c.taskId()).with(as("ada")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The item &lt;b&gt;arrived&lt;/b&gt; broken.")))
                .andExpect(content().string(containsString("Seller says so")))
                .andExpect(content().string(containsString("id=\"tracking-number\">TRACK-" + c.order().orderId())))
                .andExpect(content().string(containsString("id=\"buyer-disputes\">1<")))
                .andExpect(content().string(containsString("id=\"seller-refunded\">0<")))
                .andExpect(content().string(containsString(c.order().product().title())))
                .andExpect(content().string(containsString("Passed to a Souk agent for review")))
                .andExpect(content().string(containsString("<span>Decision</span><span class=\"required\"")))
                .andExpect(content().string(containsString("value=\"REFUND_PARTIAL\"")))
                .andExpect(content().string(containsString("Refund part of it")))
                .andExpect(content().string(containsString("Refund (in cents)")))
                .andExpect(content().string(containsString("Only needed when “Decision” is “Refund part of it”.")))
                .andExpect(content().string(containsString("Note to buyer and seller")))
                .andExpect(content().string(containsString("maxlength=\"2000\"")));
    }

    @Test
    void showsMissingDecisionFieldsNextToThemAndDecidesNothing() throws Exception {
        Case c = contested();
        tasks.claim(fixtures.user("ada"), c.taskId());

        mvc.perform(decision("ada", c.taskId()).param("field_agentOutcome", "REFUND_PARTIAL")
                        .param("field_refundMinor", "").param("field_note", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"field_refundMinor-error\">fill this in<")))
                .andExpect(content().string(containsString("id=\"field_note-error\">fill this in<")));
        mvc.perform(decision("ada", c.taskId()).param("field_agentOutcome", "REFUND_FULL").param("field_note", "x")
                        .param("field_refundMinor", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Money moves as soon as you confirm")));
        mvc.perform(decision("ada", c.taskId()).param("field_agentOutcome", "REFUND_PARTIAL")
                        .param("field_refundMinor", "0").param("field_note", "x"))
                .andExpect(content().string(containsString("id=\"field_refundMinor-error\">at least 1<")));
        assertThat(scenario.taskOf(c.disputeId())).as("still open").isEqualTo(c.taskId());
    }

    @Test
    void decidesAPartialRefundAfterConfirmingAndTheOrderIsSettled() throws Exception {
        Case c = contested();
        tasks.claim(fixtures.user("ada"), c.taskId());

        mvc.perform(decision("ada", c.taskId()).param("field_agentOutcome", "REFUND_PARTIAL")
                        .param("field_refundMinor", "2500").param("field_note", "Scratches <i>only</i>."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"confirm-agentOutcome\">Refund part of it<")))
                .andExpect(content().string(containsString("id=\"confirm-refundMinor\">2500<")))
                .andExpect(content().string(containsString("Scratches &lt;i&gt;only&lt;/i&gt;.")));
        assertThat(scenario.taskOf(c.disputeId())).as("nothing decided before confirming").isEqualTo(c.taskId());

        mvc.perform(decision("ada", c.taskId()).param("field_agentOutcome", "REFUND_PARTIAL")
                        .param("field_refundMinor", "2500").param("field_note", "Scratches <i>only</i>.")
                        .param("confirmed", "true"))
                .andExpect(redirectedUrl("/agent/tasks"))
                .andExpect(flash().attribute("notice",
                        "Decided: Refund part of it. The refund and release follow in a moment."));
        scenario.awaitStatus(c.order().orderId(), OrderStatus.PARTIALLY_REFUNDED);
        assertThat(ledger.assertSettled(c.order().orderId()).refunded()).isEqualTo(2_500);
        assertThat(disputes.byId(c.disputeId()).orElseThrow().agentOutcome()).isEqualTo(AgentOutcome.REFUND_PARTIAL);
        assertThat(disputes.byId(c.disputeId()).orElseThrow().agentNote()).isEqualTo("Scratches <i>only</i>.");
    }

    @Test
    void showsTheConflictWhenAnotherAgentHasClaimedTheTask() throws Exception {
        Case c = contested();
        String other = fixtures.newUser(Role.AGENT);
        tasks.claim(fixtures.user(other), c.taskId());

        mvc.perform(get("/agent/tasks/" + c.taskId()).with(as("ada")))
                .andExpect(content().string(containsString("id=\"claimed-by-other\"")))
                .andExpect(content().string(not(containsString("id=\"decision-form\""))));
        mvc.perform(decision("ada", c.taskId()).param("field_agentOutcome", "REJECT").param("field_note", "No.")
                        .param("confirmed", "true"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Only the agent who claimed this task can complete it.")));
        assertThat(scenario.taskOf(c.disputeId())).as("still open").isEqualTo(c.taskId());
        assertThat(orders.byId(c.order().orderId()).orElseThrow().status()).isEqualTo(OrderStatus.IN_DISPUTE);
    }

    @Test
    void showsTheBusinessRuleWhenTheRefundIsMoreThanWasPaid() throws Exception {
        Case c = contested();
        tasks.claim(fixtures.user("ada"), c.taskId());
        mvc.perform(decision("ada", c.taskId()).param("field_agentOutcome", "REFUND_PARTIAL")
                        .param("field_refundMinor", "10001").param("field_note", "Too much").param("confirmed", "true"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("A refund of 10001 is more than the 100.00 EUR paid.")))
                .andExpect(content().string(containsString("value=\"10001\"")));
        assertThat(scenario.taskOf(c.disputeId())).isEqualTo(c.taskId());
    }

    @Test
    void rendersTheFormAnAnalystDeployedAndRequiresItsNewField() throws Exception {
        Case c = contested();
        tasks.claim(fixtures.user("ada"), c.taskId());
        String original = new String(new ClassPathResource("forms/dispute-review.form").getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        String changed = original.replace("\"Refund part of it\"", "\"Partial refund (goodwill)\"")
                .replace("\"components\": [", """
                        "components": [
                            {"type": "checkbox", "key": "messagesRead", "label": "I have read both parties' messages",
                             "id": "Field_MessagesRead", "validate": {"required": true}},""");
        try {
            deployments.deploy(ModelFile.of("dispute-review.form", changed), "nina", "a field agents must tick");

            mvc.perform(get("/agent/tasks/" + c.taskId()).with(as("ada")))
                    .andExpect(content().string(containsString("Partial refund (goodwill)")))
                    .andExpect(content().string(containsString("I have read both parties&#39; messages")));
            mvc.perform(decision("ada", c.taskId()).param("field_agentOutcome", "REJECT").param("field_note", "No."))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"field_messagesRead-error\">tick this box to go on<")));
        } finally {
            deployments.deploy(ModelFile.of("dispute-review.form", original), "nina", "back to the packaged form");
        }
        mvc.perform(get("/agent/tasks/" + c.taskId()).with(as("ada")))
                .andExpect(content().string(not(containsString("messagesRead"))));
    }

    @Test
    void keepsSellersAndBuyersOffTheDesk() throws Exception {
        mvc.perform(get("/agent/tasks").with(as("sam"))).andExpect(status().isForbidden());
        mvc.perform(get("/agent/tasks").with(as("alice"))).andExpect(status().isForbidden());
        mvc.perform(post("/agent/tasks/any/claim").with(as("sam")).with(csrf())).andExpect(status().isForbidden());
    }
}
