package com.souk.rules.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.souk.ordering.OrderStatus;
import com.souk.ordering.Orders;
import com.souk.support.Api;
import com.souk.support.Eventually;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import com.souk.support.Uploads;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Analysts check a file before deploying it; a file that fails is refused naming the element, and nothing deploys. */
@SoukIntegrationTest
class RulesValidationApiIntegrationTest {

    @Autowired
    Uploads uploads;

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Orders orders;

    @Test
    void theBundledFilesAreValid() throws Exception {
        for (String name : List.of("purchase.bpmn", "commission.dmn", "dispute-triage.dmn", "dispute-review.form")) {
            Api.Reply reply = validate("nina", name, Uploads.bundled(name));
            assertThat(reply.status()).as(name + ": " + reply.body()).isEqualTo(200);
            JsonNode body = reply.body();
            assertThat(body.get("valid").asBoolean()).isTrue();
            assertThat(body.get("problems")).isEmpty();
        }
    }

    @Test
    void anOutputCellThatIsNotFeelIsNamed() throws Exception {
        String broken = Uploads.bundled("commission.dmn").replaceFirst("<text>500</text>", "<text>foo bar ((</text>");
        JsonNode problem = refused(validate("nina", "commission.dmn", broken));
        assertThat(problem.at("/problems/0/file").asText()).isEqualTo("commission.dmn");
        assertThat(problem.at("/problems/0/element").asText()).isEqualTo("OutputEntry_Commission_Electronics");
        assertThat(problem.at("/problems/0/message").asText()).contains("foo bar ((");
    }

    @Test
    void aJobTypeWithoutHandlerIsNamed() throws Exception {
        String broken = Uploads.bundled("purchase.bpmn").replace("type=\"hold-payment\"", "type=\"send-sms\"");
        JsonNode problem = refused(validate("nina", "purchase.bpmn", broken));
        assertThat(problem.at("/problems/0/element").asText()).isEqualTo("Task_HoldPayment");
        assertThat(problem.at("/problems/0/message").asText()).contains("send-sms");
    }

    @Test
    void truncatedXmlIsNamedByLineAndColumn() throws Exception {
        String commission = Uploads.bundled("commission.dmn");
        JsonNode problem = refused(validate("nina", "commission.dmn", commission.substring(0, 1500)));
        assertThat(problem.at("/problems/0/element").asText()).matches("line \\d+, column \\d+");
        assertThat(problem.at("/problems/0/message").asText()).contains("not well-formed XML");
    }

    @Test
    void anUnknownHitPolicyNamesTheTable() throws Exception {
        String broken = Uploads.bundled("commission.dmn").replace("hitPolicy=\"FIRST\"", "hitPolicy=\"NONSENSE\"");
        JsonNode problem = refused(validate("nina", "commission.dmn", broken));
        assertThat(problem.at("/problems/0/element").asText()).isEqualTo("DecisionTable_Commission");
        assertThat(problem.at("/problems/0/message").asText()).contains("NONSENSE");
    }

    @Test
    void onlyAnalystsValidate() {
        for (String user : List.of("alice", "sam", "ada")) {
            assertThat(validate(user, "commission.dmn", Uploads.bundled("commission.dmn")).status())
                    .as(user).isEqualTo(403);
        }
    }

    @Test
    void aBrokenCellDeploysNothingAndNewOrdersStillProceed() throws Exception {
        String before = api.get("nina", "/api/rules/commission/versions").body().toString();
        String broken = Uploads.bundled("commission.dmn").replaceFirst("<text>500</text>", "<text>foo bar ((</text>");
        JsonNode problem = refused(uploads.deploy("nina", "commission.dmn", broken, "a cell that is not FEEL"));
        assertThat(problem.at("/problems/0/element").asText()).isEqualTo("OutputEntry_Commission_Electronics");
        assertThat(api.get("nina", "/api/rules/commission/versions").body().toString()).isEqualTo(before);

        long order = api.post("alice", "/api/orders",
                Fixtures.checkout(fixtures.product("sam", "electronics", 20_000, 3).id(), 1, Fixtures.GOOD_CARD))
                .body().get("id").asLong();
        Eventually.until(() -> orders.byId(order).orElseThrow().status(), equalTo(OrderStatus.AWAITING_SHIPMENT));
        assertThat(orders.byId(order).orElseThrow().commission().amountMinor()).isEqualTo(1_000);
    }

    private JsonNode refused(Api.Reply reply) {
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(422);
        assertThat(reply.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        return reply.body();
    }

    private Api.Reply validate(String user, String fileName, String content) {
        return uploads.post(user, "/api/rules/validation", fileName, content, Map.of());
    }
}
