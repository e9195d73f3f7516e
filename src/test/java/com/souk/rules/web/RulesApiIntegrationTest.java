package com.souk.rules.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.souk.catalog.Product;
import com.souk.ordering.OrderStatus;
import com.souk.ordering.Orders;
import com.souk.support.Api;
import com.souk.support.Eventually;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import com.souk.support.Uploads;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Analysts deploy new versions of the rules through the API; bad models are refused naming the element. */
@SoukIntegrationTest
class RulesApiIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    Uploads uploads;

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
        String purchase = Uploads.bundled("purchase.bpmn");
        String broken = purchase.replaceFirst("(?s)(<bpmn:serviceTask id=\"Task_ReserveStock\".*?)(</bpmn:serviceTask>)",
                "$1<bpmn:multiInstanceLoopCharacteristics />$2");
        Api.Reply reply = upload("nina", "purchase.bpmn", broken);
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(422);
        JsonNode problem = reply.body();
        assertThat(problem.get("detail").asText()).contains("purchase.bpmn").contains("Task_ReserveStock");

        assertThat(upload("nina", "commission.dmn", "<not-dmn").status()).isEqualTo(422);
        assertThat(upload("nina", "notes.txt", "hello").status()).isEqualTo(422);
        assertThat(upload("alice", "commission.dmn", "x").status()).isEqualTo(403);
    }

    @Test
    void aNewCommissionTableAppliesToNewOrdersWhileRunningOrdersKeepTheirProcessVersion() throws Exception {
        Product earlier = fixtures.product("sam", "home", 10_000, 5);
        long running = place(earlier);
        Eventually.until(() -> orders.byId(running).orElseThrow().status(), equalTo(OrderStatus.AWAITING_SHIPMENT));
        int processVersion = version("purchase");
        String original = Uploads.bundled("commission.dmn");
        try {
            String higher = original.replace("<text>800</text>", "<text>1500</text>");
            assertThat(higher).isNotEqualTo(original);
            Api.Reply deployed = upload("nina", "commission.dmn", higher);
            assertThat(deployed.status()).isEqualTo(201);
            assertThat(upload("nina", "purchase.bpmn", Uploads.bundled("purchase.bpmn")).status()).isEqualTo(201);
            assertThat(version("purchase")).isEqualTo(processVersion + 1);

            long later = place(fixtures.product("sam", "home", 10_000, 5));
            Eventually.until(() -> orders.byId(later).orElseThrow().status(), equalTo(OrderStatus.AWAITING_SHIPMENT));
            assertThat(orders.byId(later).orElseThrow().commission().amountMinor()).isEqualTo(1_500);
            assertThat(orders.byId(running).orElseThrow().commission().amountMinor()).isEqualTo(800);

            api.post("sam", "/api/orders/" + running + "/shipment", Map.of("carrier", "DHL", "trackingNumber", "V1"));
            api.post("alice", "/api/orders/" + running + "/receipt", null);
            Eventually.until(() -> orders.byId(running).orElseThrow().status(), equalTo(OrderStatus.COMPLETED));
        } finally {
            assertThat(upload("nina", "commission.dmn", original).status()).isEqualTo(201);
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

    private Api.Reply upload(String user, String fileName, String content) {
        return uploads.deploy(user, fileName, content, "test upload of " + fileName);
    }
}
