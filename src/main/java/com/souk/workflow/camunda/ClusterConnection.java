package com.souk.workflow.camunda;

import com.souk.workflow.OnCamunda;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.Topology;
import java.time.Duration;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Start-up asks the cluster for its topology before anything is deployed, and fails with the address when it does
 * not answer; {@code /actuator/health} shows the engine's state (component {@code engine}) from the same question.
 */
@OnCamunda
@Component("engine")
class ClusterConnection implements HealthIndicator, SmartInitializingSingleton {

    private final CamundaClient client;
    private final Duration startupTimeout;

    ClusterConnection(CamundaClient client, @Value("${souk.camunda.startup-timeout:PT15S}") Duration startupTimeout) {
        this.client = client;
        this.startupTimeout = startupTimeout;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            topology(startupTimeout);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Souk cannot reach the Camunda 8 cluster at " + address()
                    + " (souk.engine=camunda): " + rootMessage(e) + ". Start it (docker compose up -d starts one) or"
                    + " point camunda.client.rest-address / grpc-address (or camunda.client.cloud.*) at yours.", e);
        }
    }

    @Override
    public Health health() {
        try {
            Topology topology = topology(Duration.ofSeconds(5));
            return Health.up().withDetail("engine", "camunda").withDetail("address", address())
                    .withDetail("gatewayVersion", topology.getGatewayVersion())
                    .withDetail("brokers", topology.getBrokers().size())
                    .withDetail("partitions", topology.getPartitionsCount()).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("engine", "camunda").withDetail("address", address())
                    .withDetail("error", rootMessage(e)).build();
        }
    }

    String address() {
        return client.getConfiguration().getRestAddress() + " (gRPC " + client.getConfiguration().getGrpcAddress() + ")";
    }

    private Topology topology(Duration timeout) {
        return client.newTopologyRequest().requestTimeout(timeout).send().join();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
