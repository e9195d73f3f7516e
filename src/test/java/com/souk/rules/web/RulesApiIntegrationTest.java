package com.souk.rules.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.souk.catalog.Product;
import com.souk.ordering.OrderStatus;
import com.souk.ordering.Orders;
import com.souk.support.Api;
import com.souk.support.Eventually;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Analysts deploy new versions of the rules through the API; bad models are refused naming the element. */
@SoukIntegrationTest
class RulesApiIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ObjectMapper json;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Orders orders;

    @Test
    void listsTheDeployedModelsToAnalystsAndAdminsOnly() {
        JsonNode models = api.get("nina", "/api/rules").body();
        assertThat(models.findValuesAsText("key")).contains("purchase", "commission", "dispute-triage", "dispute-review");
        assertThat(api.get("admin", "/api/rules").status()).isEqualTo(200);
        assertThat(api.get("alice", "/api/rules").status()).isEqualTo(403);
        assertThat(api.get(null, "/api/rules").status()).isEqualTo(401);
    }

    @Test
    void refusesAModelTheEngineCannotRunNamingTheElement() throws Exception {
        String purchase = Files.readString(Path.of("bpmn", "purchase.bpmn"));
        String broken = purchase.replaceFirst("(?s)(<bpmn:serviceTask id=\"Task_ReserveStock\".*?)(</bpmn:serviceTask>)",
                "$1<bpmn:multiInstanceLoopCharacteristics />$2");
        ResponseEntity<String> reply = upload("nina", "purchase.bpmn", broken);
        assertThat(reply.getStatusCode().value()).as(reply.getBody()).isEqualTo(422);
        JsonNode problem = json.readTree(reply.getBody());
        assertThat(problem.get("detail").asText()).contains("purchase.bpmn").contains("Task_ReserveStock");

        assertThat(upload("nina", "commission.dmn", "<not-dmn").getStatusCode().value()).isEqualTo(422);
        assertThat(upload("nina", "notes.txt", "hello").getStatusCode().value()).isEqualTo(422);
        assertThat(upload("alice", "commission.dmn", "x").getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void aNewCommissionTableAppliesToNewOrdersWhileRunningOrdersKeepTheirProcessVersion() throws Exception {
        Product earlier = fixtures.product("sam", "home", 10_000, 5);
        long running = place(earlier);
        Eventually.until(() -> orders.byId(running).orElseThrow().status(), equalTo(OrderStatus.AWAITING_SHIPMENT));
        int processVersion = version("purchase");
        String original = Files.readString(Path.of("bpmn", "commission.dmn"));
        try {
            String higher = original.replace("<text>800</text>", "<text>1500</text>");
            assertThat(higher).isNotEqualTo(original);
            ResponseEntity<String> deployed = upload("nina", "commission.dmn", higher);
            assertThat(deployed.getStatusCode().value()).isEqualTo(201);
            assertThat(upload("nina", "purchase.bpmn", Files.readString(Path.of("bpmn", "purchase.bpmn")))
                    .getStatusCode().value()).isEqualTo(201);
            assertThat(version("purchase")).isEqualTo(processVersion + 1);

            long later = place(fixtures.product("sam", "home", 10_000, 5));
            Eventually.until(() -> orders.byId(later).orElseThrow().status(), equalTo(OrderStatus.AWAITING_SHIPMENT));
            assertThat(orders.byId(later).orElseThrow().commission().amountMinor()).isEqualTo(1_500);
            assertThat(orders.byId(running).orElseThrow().commission().amountMinor()).isEqualTo(800);

            api.post("sam", "/api/orders/" + running + "/shipment", Map.of("carrier", "DHL", "trackingNumber", "V1"));
            api.post("alice", "/api/orders/" + running + "/receipt", null);
            Eventually.until(() -> orders.byId(running).orElseThrow().status(), equalTo(OrderStatus.COMPLETED));
        } finally {
            assertThat(upload("nina", "commission.dmn", original).getStatusCode().value()).isEqualTo(201);
        }
    }

    private long place(Product product) {
        return api.post("alice", "/api/orders", Fixtures.checkout(product.id(), 1, Fixtures.GOOD_CARD)).body()
                .get("id").asLong();
    }

    private int version(String key) {
        return StreamSupport.stream(api.get("nina", "/api/rules").body().spliterator(), false)
                .filter(m -> m.get("key").asText().equals(key)).findFirst().orElseThrow().get("version").asInt();
    }

    private ResponseEntity<String> upload(String user, String fileName, String content) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("comment", "test upload of " + fileName);
        form.add("file", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, Api.PASSWORD).postForEntity("/api/rules", new HttpEntity<>(form, headers),
                String.class);
    }
}
