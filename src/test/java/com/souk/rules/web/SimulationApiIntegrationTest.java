package com.souk.rules.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.souk.catalog.Product;
import com.souk.identity.Role;
import com.souk.ordering.OrderStatus;
import com.souk.protection.DisputeScenario;
import com.souk.protection.DisputeScenario.Shipped;
import com.souk.support.Api;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import com.souk.support.Uploads;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Analysts replay a candidate decision table over past orders and disputes before deploying it. */
@SoukIntegrationTest
class SimulationApiIntegrationTest {

    /** Ten electronics orders of known totals; raising their commission from 500 to 700 bps earns exactly 1652. */
    static final long[] TOTALS = {1_999, 2_500, 4_999, 12_345, 100, 333, 75, 9_999, 50_001, 250};
    static final long TEN_ORDERS_DELTA = 40 + 50 + 100 + 247 + 2 + 6 + 1 + 200 + 1_000 + 6;

    @Autowired
    Api api;

    @Autowired
    Uploads uploads;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DisputeScenario scenario;

    @Test
    void raisingElectronicsCommissionGrowsTheRevenueDeltaByExactlyWhatTenNewOrdersAdd() {
        String candidate = Uploads.bundled("commission.dmn").replace("<text>500</text>", "<text>700</text>");
        JsonNode first = simulate("nina", "commission.dmn", candidate, Map.of());

        String buyer = fixtures.newUser(Role.BUYER);
        List<Long> placed = new ArrayList<>();
        for (long total : TOTALS) {
            Product product = fixtures.product("sam", "electronics", total, 2);
            placed.add(api.post(buyer, "/api/orders", Fixtures.checkout(product.id(), 1, Fixtures.GOOD_CARD)).body()
                    .get("id").asLong());
        }
        placed.forEach(id -> scenario.awaitStatus(id, OrderStatus.AWAITING_SHIPMENT));
        JsonNode second = simulate("nina", "commission.dmn", candidate, Map.of());

        assertThat(second.get("decision").asText()).isEqualTo("commission");
        assertThat(second.get("population").asText()).isEqualTo("orders");
        assertThat(second.at("/moneyImpact/currency").asText()).isEqualTo("EUR");
        assertThat(second.at("/moneyImpact/amountMinor").asLong() - first.at("/moneyImpact/amountMinor").asLong())
                .isEqualTo(TEN_ORDERS_DELTA);
        assertThat(electronicsDelta(second) - electronicsDelta(first)).isEqualTo(TEN_ORDERS_DELTA);
        assertThat(second.get("casesReplayed").asInt() - first.get("casesReplayed").asInt()).isEqualTo(10);
        assertThat(second.get("changed").asInt() - first.get("changed").asInt()).isEqualTo(10);
        assertThat(second.get("moneyMeaning").asText()).contains("platform revenue");
        for (long id : placed) {
            JsonNode change = changeOf(second, String.valueOf(id));
            assertThat(change.get("before").asLong()).isEqualTo(500);
            assertThat(change.get("after").asLong()).isEqualTo(700);
            assertThat(change.get("category").asText()).isEqualTo("electronics");
            assertThat(change.has("disputeId")).isFalse();
        }
        JsonNode largest = changeOf(second, String.valueOf(placed.get(3)));
        assertThat(largest.at("/commissionBefore/amountMinor").asLong()).isEqualTo(617);
        assertThat(largest.at("/commissionAfter/amountMinor").asLong()).isEqualTo(864);

        JsonNode entry = StreamSupport.stream(api.get("nina", "/api/rules/audit?size=5").body().get("content")
                        .spliterator(), false).filter(e -> e.get("action").asText().equals("SIMULATION"))
                .findFirst().orElseThrow();
        assertThat(entry.get("actor").asText()).isEqualTo("nina");
        assertThat(entry.get("key").asText()).isEqualTo("commission");
        assertThat(entry.get("fileName").asText()).isEqualTo("commission.dmn");
        assertThat(entry.get("summary").asText()).startsWith("all past cases: commission: ")
                .contains(second.get("casesReplayed").asInt() + " cases, " + second.get("changed").asInt() + " changed")
                .contains("platform revenue +€");
    }

    @Test
    void aTriageChangeSendsCreatedClaimsAroundAgentsAndBackWithTheNetChangeRefundedWithoutAnAgent() {
        String candidate = Uploads.bundled("dispute-triage.dmn")
                .replace("<text>&lt;= 2000</text>", "<text>[1600..6000]</text>");
        JsonNode first = simulate("nina", "dispute-triage.dmn", candidate, Map.of());

        Shipped toAgentNow = scenario.shippedOrderOfANewSeller("home", 10_000);
        long agentDispute = scenario.openDispute(toAgentNow, "NOT_AS_DESCRIBED", 5_000);
        scenario.respond(toAgentNow, agentDispute, "CONTEST", null);
        Shipped refundedNow = scenario.shippedOrderOfANewSeller("home", 10_000);
        long smallDispute = scenario.openDispute(refundedNow, "NOT_AS_DESCRIBED", 1_500);
        scenario.respond(refundedNow, smallDispute, "CONTEST", null);
        scenario.awaitTask(agentDispute);
        scenario.awaitStatus(refundedNow.orderId(), OrderStatus.PARTIALLY_REFUNDED);

        JsonNode second = simulate("nina", "dispute-triage.dmn", candidate, Map.of());

        assertThat(second.get("population").asText()).isEqualTo("disputes");
        assertThat(second.at("/moneyImpact/amountMinor").asLong() - first.at("/moneyImpact/amountMinor").asLong())
                .isEqualTo(5_000 - 1_500);
        assertThat(figure(second, "toAutoRefund").get("cases").asInt() - figure(first, "toAutoRefund").get("cases")
                .asInt()).isEqualTo(1);
        assertThat(figure(second, "toAgent").get("cases").asInt() - figure(first, "toAgent").get("cases").asInt())
                .isEqualTo(1);
        JsonNode toAuto = changeOf(second, String.valueOf(toAgentNow.orderId()));
        assertThat(toAuto.get("disputeId").asText()).isEqualTo(String.valueOf(agentDispute));
        assertThat(toAuto.get("before").asText()).isEqualTo("AGENT_REVIEW");
        assertThat(toAuto.get("after").asText()).isEqualTo("AUTO_REFUND");
        assertThat(toAuto.at("/amount/amountMinor").asLong()).isEqualTo(5_000);
        JsonNode toAgent = changeOf(second, String.valueOf(refundedNow.orderId()));
        assertThat(toAgent.get("before").asText()).isEqualTo("AUTO_REFUND");
        assertThat(toAgent.get("after").asText()).isEqualTo("AGENT_REVIEW");
        assertThat(toAgent.get("effect").asText()).contains("agent instead");
    }

    @Test
    void aFileOfSeveralDecisionsAnswersEachAndTheOneAskedForOnTop() {
        JsonNode result = simulate("nina", "dispute-windows.dmn", Uploads.bundled("dispute-windows.dmn"),
                Map.of("decision", "agent-sla", "days", "30"));
        assertThat(result.get("decision").asText()).isEqualTo("agent-sla");
        assertThat(result.get("days").asInt()).isEqualTo(30);
        assertThat(result.get("decisions")).extracting(d -> d.get("decision").asText())
                .containsExactly("seller-response-window", "buyer-answer-window", "agent-sla");
        assertThat(result.get("decisions")).allSatisfy(d -> {
            assertThat(d.get("changed").asInt()).isZero();
            assertThat(d.get("comparedWithVersion").asInt()).isPositive();
        });
    }

    @Test
    void aDecisionSoukDoesNotKnowReplaysOnTheCasesThatHaveWhatItReadsOrSaysWhichVariableNoCaseHas() {
        JsonNode onOrders = simulate("nina", "express.dmn", table("express-shipping", "amountMinor"), Map.of());
        assertThat(onOrders.get("population").asText()).isEqualTo("orders");
        assertThat(onOrders.has("comparedWithVersion")).isFalse();
        assertThat(onOrders.get("message").asText()).contains("No version of express-shipping is deployed yet");
        assertThat(onOrders.get("changed").asInt()).isEqualTo(onOrders.get("casesReplayed").asInt()).isPositive();

        JsonNode onDisputes = simulate("nina", "express.dmn", table("express-shipping", "reason"), Map.of());
        assertThat(onDisputes.get("population").asText()).isEqualTo("disputes");

        JsonNode none = simulate("nina", "loyalty.dmn", table("loyalty-bonus", "loyaltyTier"), Map.of());
        assertThat(none.get("population").asText()).isEqualTo("none");
        assertThat(none.get("casesReplayed").asInt()).isZero();
        assertThat(none.get("message").asText()).contains("No past case has the variable loyaltyTier");
    }

    /** A one-rule table of the given id whose single input reads the given variable. */
    private static String table(String id, String input) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_%1$s" name="%1$s"
                    namespace="http://camunda.org/schema/1.0/dmn">
                  <decision id="%1$s" name="%1$s">
                    <decisionTable id="Table_%1$s" hitPolicy="FIRST">
                      <input id="Input_1"><inputExpression id="InputExpression_1"><text>%2$s</text></inputExpression></input>
                      <output id="Output_1" name="answer" typeRef="string" />
                      <rule id="Rule_1"><inputEntry id="In_1"><text>-</text></inputEntry>
                        <outputEntry id="Out_1"><text>"yes"</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(id, input);
    }

    @Test
    void anInvalidDecisionTableIsRefusedWithItsProblems() {
        Api.Reply broken = upload("nina", "commission.dmn", "<not-dmn", Map.of());
        assertThat(broken.status()).isEqualTo(422);
        JsonNode problem = broken.body();
        assertThat(problem.get("problems")).isNotEmpty();
        assertThat(problem.at("/problems/0/file").asText()).isEqualTo("commission.dmn");

        Api.Reply wrongDecision = upload("nina", "commission.dmn", Uploads.bundled("commission.dmn"),
                Map.of("decision", "no-such"));
        assertThat(wrongDecision.status()).isEqualTo(400);
        assertThat(wrongDecision.body().at("/errors/0/field").asText()).isEqualTo("decision");

        Api.Reply zeroDays = upload("nina", "commission.dmn", Uploads.bundled("commission.dmn"),
                Map.of("days", "0"));
        assertThat(zeroDays.status()).isEqualTo(400);
        assertThat(zeroDays.body().at("/errors/0/field").asText()).isEqualTo("days");
    }

    @Test
    void aProcessIsRefusedWithAClearMessage() {
        Api.Reply reply = upload("nina", "purchase.bpmn", Uploads.bundled("purchase.bpmn"), Map.of());
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body().get("detail").asText())
                .contains("Only decision tables (.dmn) can be simulated").contains("purchase.bpmn");
    }

    @Test
    void onlyAnalystsSimulate() {
        for (String user : List.of("alice", "sam", "ada", "admin")) {
            assertThat(upload(user, "commission.dmn", Uploads.bundled("commission.dmn"), Map.of()).status())
                    .as(user).isEqualTo(403);
        }
    }

    private static long electronicsDelta(JsonNode result) {
        return StreamSupport.stream(result.get("perCategory").spliterator(), false)
                .filter(c -> c.get("category").asText().equals("electronics") && c.get("currency").asText().equals("EUR"))
                .mapToLong(c -> c.at("/moneyImpact/amountMinor").asLong()).sum();
    }

    private static JsonNode changeOf(JsonNode result, String orderId) {
        return StreamSupport.stream(result.get("changes").spliterator(), false)
                .filter(c -> c.get("orderId").asText().equals(orderId)).findFirst()
                .orElseThrow(() -> new AssertionError("order " + orderId + " is not among the listed changes"));
    }

    private static JsonNode figure(JsonNode result, String key) {
        return StreamSupport.stream(result.get("figures").spliterator(), false)
                .filter(f -> f.get("key").asText().equals(key)).findFirst().orElseThrow();
    }

    private JsonNode simulate(String user, String fileName, String content, Map<String, String> fields) {
        Api.Reply reply = upload(user, fileName, content, fields);
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(200);
        return reply.body();
    }

    private Api.Reply upload(String user, String fileName, String content, Map<String, String> fields) {
        return uploads.post(user, "/api/rules/simulations", fileName, content, fields);
    }
}
