package com.souk.rules.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.souk.ordering.OrderStatus;
import com.souk.ordering.Orders;
import com.souk.support.Api;
import com.souk.support.Eventually;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Analysts check a file before deploying it; a file that fails is refused naming the element, and nothing deploys. */
@SoukIntegrationTest
class RulesValidationApiIntegrationTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ObjectMapper json;

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Orders orders;

    @Test
    void theBundledFilesAreValid() throws Exception {
        for (String name : List.of("bpmn/purchase.bpmn", "bpmn/commission.dmn", "bpmn/dispute-triage.dmn",
                "forms/dispute-review.form")) {
            ResponseEntity<String> reply = validate("nina", Path.of(name).getFileName().toString(),
                    Files.readString(Path.of(name)));
            assertThat(reply.getStatusCode().value()).as(name + ": " + reply.getBody()).isEqualTo(200);
            JsonNode body = json.readTree(reply.getBody());
            assertThat(body.get("valid").asBoolean()).isTrue();
            assertThat(body.get("problems")).isEmpty();
        }
    }

    @Test
    void anOutputCellThatIsNotFeelIsNamed() throws Exception {
        String broken = bundled("commission.dmn").replaceFirst("<text>500</text>", "<text>foo bar ((</text>");
        JsonNode problem = refused(validate("nina", "commission.dmn", broken));
        assertThat(problem.at("/problems/0/file").asText()).isEqualTo("commission.dmn");
        assertThat(problem.at("/problems/0/element").asText()).isEqualTo("OutputEntry_Commission_Electronics");
        assertThat(problem.at("/problems/0/message").asText()).contains("foo bar ((");
    }

    @Test
    void aJobTypeWithoutHandlerIsNamed() throws Exception {
        String broken = bundled("purchase.bpmn").replace("type=\"hold-payment\"", "type=\"send-sms\"");
        JsonNode problem = refused(validate("nina", "purchase.bpmn", broken));
        assertThat(problem.at("/problems/0/element").asText()).isEqualTo("Task_HoldPayment");
        assertThat(problem.at("/problems/0/message").asText()).contains("send-sms");
    }

    @Test
    void truncatedXmlIsNamedByLineAndColumn() throws Exception {
        String commission = bundled("commission.dmn");
        JsonNode problem = refused(validate("nina", "commission.dmn", commission.substring(0, 1500)));
        assertThat(problem.at("/problems/0/element").asText()).matches("line \\d+, column \\d+");
        assertThat(problem.at("/problems/0/message").asText()).contains("not well-formed XML");
    }

    @Test
    void anUnknownHitPolicyNamesTheTable() throws Exception {
        String broken = bundled("commission.dmn").replace("hitPolicy=\"FIRST\"", "hitPolicy=\"NONSENSE\"");
        JsonNode problem = refused(validate("nina", "commission.dmn", broken));
        assertThat(problem.at("/problems/0/element").asText()).isEqualTo("DecisionTable_Commission");
        assertThat(problem.at("/problems/0/message").asText()).contains("NONSENSE");
    }

    @Test
    void onlyAnalystsValidate() {
        for (String user : List.of("alice", "sam", "ada")) {
            assertThat(validate(user, "commission.dmn", bundled("commission.dmn")).getStatusCode().value())
                    .as(user).isEqualTo(403);
        }
    }

    @Test
    void aBrokenCellDeploysNothingAndNewOrdersStillProceed() throws Exception {
        String before = api.get("nina", "/api/rules/commission/versions").body().toString();
        String broken = bundled("commission.dmn").replaceFirst("<text>500</text>", "<text>foo bar ((</text>");
        JsonNode problem = refused(upload("commission.dmn", broken));
        assertThat(problem.at("/problems/0/element").asText()).isEqualTo("OutputEntry_Commission_Electronics");
        assertThat(api.get("nina", "/api/rules/commission/versions").body().toString()).isEqualTo(before);

        long order = api.post("alice", "/api/orders",
                Fixtures.checkout(fixtures.product("sam", "electronics", 20_000, 3).id(), 1, Fixtures.GOOD_CARD))
                .body().get("id").asLong();
        Eventually.until(() -> orders.byId(order).orElseThrow().status(), equalTo(OrderStatus.AWAITING_SHIPMENT));
        assertThat(orders.byId(order).orElseThrow().commission().amountMinor()).isEqualTo(1_000);
    }

    private JsonNode refused(ResponseEntity<String> reply) throws Exception {
        assertThat(reply.getStatusCode().value()).as(reply.getBody()).isEqualTo(422);
        assertThat(reply.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        return json.readTree(reply.getBody());
    }

    private static String bundled(String name) {
        try {
            return Files.readString(Path.of(name.endsWith(".form") ? "forms" : "bpmn", name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ResponseEntity<String> validate(String user, String fileName, String content) {
        return post(user, "/api/rules/validation", fileName, content, null);
    }

    private ResponseEntity<String> upload(String fileName, String content) {
        return post("nina", "/api/rules", fileName, content, "a cell that is not FEEL");
    }

    private ResponseEntity<String> post(String user, String path, String fileName, String content, String comment) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        if (comment != null) {
            form.add("comment", comment);
        }
        form.add("file", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, Api.PASSWORD).postForEntity(path, new HttpEntity<>(form, headers),
                String.class);
    }
}
