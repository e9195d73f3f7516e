package com.souk.workflow.camunda;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.souk.workflow.camunda.ClusterStub.json;
import static com.souk.workflow.camunda.ClusterStub.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.souk.SoukApplication;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Start-up fails fast naming the cluster's address, and the health endpoint shows the engine's state. */
class ClusterConnectionTest {

    @Test
    void healthIsUpWithTheClustersTopologyAndDownWithTheReason() {
        try (ClusterStub cluster = new ClusterStub()) {
            cluster.server.stubFor(get("/v2/topology").willReturn(json(200, """
                    {"brokers":[{"nodeId":0,"host":"camunda","port":26501,"version":"8.8.14",
                      "partitions":[{"partitionId":1,"role":"leader","health":"healthy"}]}],
                     "clusterSize":1,"partitionsCount":1,"replicationFactor":1,"gatewayVersion":"8.8.14"}""")));
            ClusterConnection connection = new ClusterConnection(cluster.client, Duration.ofSeconds(2));

            var up = connection.health();
            assertThat(up.getStatus()).isEqualTo(Status.UP);
            assertThat(up.getDetails()).containsEntry("gatewayVersion", "8.8.14").containsEntry("brokers", 1)
                    .containsEntry("partitions", 1).containsEntry("engine", "camunda");
            connection.afterSingletonsInstantiated();

            cluster.server.stubFor(get("/v2/topology").willReturn(problem(503, "UNAVAILABLE", "no gateway")));
            var down = connection.health();
            assertThat(down.getStatus()).isEqualTo(Status.DOWN);
            assertThat(down.getDetails().get("address").toString()).contains(cluster.server.baseUrl());
            assertThat(down.getDetails().get("error").toString()).isNotBlank();
        }
    }

    @Test
    void startUpWithTheClusterUnreachableFailsNamingItsAddress() {
        int port = ClusterStub.unusedPort();
        String address = "http://127.0.0.1:" + port;

        // Command-line arguments, which outrank application.yml (builder properties would not).
        assertThatThrownBy(() -> new SpringApplicationBuilder(SoukApplication.class).profiles("test")
                .run("--souk.engine=camunda", "--camunda.client.rest-address=" + address,
                        "--camunda.client.grpc-address=" + address, "--server.port=0", "--spring.jmx.enabled=false",
                        "--souk.camunda.startup-timeout=PT2S", "--souk.demo-data=false")
                .close())
                .hasStackTraceContaining("Souk cannot reach the Camunda 8 cluster at " + address);
    }
}
