package com.souk.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.souk.SoukApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * What `./mvnw spring-boot:run` gives a newcomer: the default profile on an H2 file database with demo data.
 * One purchase runs to COMPLETED, and a second start on the same files still has it.
 */
class DefaultProfileSmokeIT {

    private static final Path DATA = Path.of("target", "smoke-data");

    @BeforeAll
    static void freshDataFolder() throws Exception {
        if (Files.exists(DATA)) {
            try (Stream<Path> files = Files.walk(DATA)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void completesAPurchaseOnTheDefaultProfileAndKeepsItAcrossARestart() throws Exception {
        long orderId;
        long productCount;
        try (ConfigurableApplicationContext app = start()) {
            RestClient http = client(app);
            JsonNode products = http.get().uri("/api/products?size=100").retrieve().body(JsonNode.class);
            productCount = products.get("totalElements").asLong();
            assertThat(productCount).as("seeded demo catalog").isGreaterThanOrEqualTo(24);
            long productId = products.get("content").findValues("id").get(0).asLong();

            JsonNode order = http.post().uri("/api/orders").headers(h -> h.setBasicAuth("alice", "demo"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("items", new Object[] {Map.of("productId", productId, "quantity", 1)},
                            "shippingAddress", Map.of("name", "Alice", "line1", "1 Main St", "city", "Berlin",
                                    "postalCode", "10115", "country", "DE"),
                            "card", Map.of("number", "4242424242424242", "expiry", "12/35", "cvc", "123")))
                    .retrieve().body(JsonNode.class);
            orderId = order.get("id").asLong();
            awaitStatus(http, "alice", orderId, "AWAITING_SHIPMENT");
            http.post().uri("/api/orders/" + orderId + "/shipment").headers(h -> h.setBasicAuth(seller(order), "demo"))
                    .contentType(MediaType.APPLICATION_JSON).body(Map.of("carrier", "DHL", "trackingNumber", "H2-1"))
                    .retrieve().toBodilessEntity();
            http.post().uri("/api/orders/" + orderId + "/receipt").headers(h -> h.setBasicAuth("alice", "demo"))
                    .retrieve().toBodilessEntity();
            awaitStatus(http, "alice", orderId, "COMPLETED");
            JsonNode summary = http.get().uri("/api/ledger/summary").headers(h -> h.setBasicAuth("admin", "demo"))
                    .retrieve().body(JsonNode.class);
            assertThat(summary.get("balanced").asBoolean()).isTrue();
            assertThat(summary.get("commission").asLong()).isPositive();
        }
        try (ConfigurableApplicationContext again = start()) {
            RestClient http = client(again);
            assertThat(fetchOrder(http, "alice", orderId).get("status").asText()).isEqualTo("COMPLETED");
            assertThat(http.get().uri("/api/products?size=1").retrieve().body(JsonNode.class).get("totalElements")
                    .asLong()).as("demo data is not seeded twice").isEqualTo(productCount);
        }
    }

    private static String seller(JsonNode order) {
        return order.get("sellerId").asLong() == 3 ? "sam" : "sara";
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SoukApplication.class).run("--server.port=0",
                "--souk.data-dir=" + DATA.toAbsolutePath());
    }

    private static RestClient client(ConfigurableApplicationContext app) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return RestClient.builder().baseUrl("http://localhost:" + port).build();
    }

    private static JsonNode fetchOrder(RestClient http, String user, long id) {
        return http.get().uri("/api/orders/" + id).headers(h -> h.setBasicAuth(user, "demo")).retrieve()
                .body(JsonNode.class);
    }

    private static void awaitStatus(RestClient http, String user, long id, String status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String seen = null;
        while (Instant.now().isBefore(deadline)) {
            seen = fetchOrder(http, user, id).get("status").asText();
            if (seen.equals(status)) {
                return;
            }
            Thread.sleep(100);
        }
        assertThat(seen).as("order %d status after 30 s", id).isEqualTo(status);
    }
}
