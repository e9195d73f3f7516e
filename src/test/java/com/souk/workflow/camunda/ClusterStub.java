package com.souk.workflow.camunda;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.camunda.client.CamundaClient;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

/**
 * A stub of the Orchestration Cluster REST API on loopback, and a real Camunda client pointed at it the way
 * Souk's starter configures one for a self-managed cluster (REST preferred over gRPC).
 */
final class ClusterStub implements AutoCloseable {

    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(1);

    final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    final CamundaClient client;

    ClusterStub() {
        server.start();
        client = CamundaClient.newClientBuilder()
                .restAddress(URI.create(server.baseUrl()))
                .grpcAddress(URI.create("http://127.0.0.1:" + unusedPort()))
                .preferRestOverGrpc(true)
                .defaultRequestTimeout(REQUEST_TIMEOUT)
                .defaultJobPollInterval(Duration.ofMillis(50))
                .defaultJobWorkerStreamEnabled(false)
                .useDefaultRetryPolicy(false)
                .build();
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    static ResponseDefinitionBuilder problem(int status, String title, String detail) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody("""
                        {"type":"about:blank","title":"%s","status":%d,"detail":"%s","instance":"/v2"}"""
                        .formatted(title, status, detail));
    }

    static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        client.close();
        server.stop();
    }
}
