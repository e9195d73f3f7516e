package com.souk.workflow.camunda;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the Camunda Process Test suites only where a Camunda 8 cluster can be had, and prints why not otherwise:
 * <ul>
 *   <li>{@code camunda.process-test.runtime-mode=remote} (system property or CAMUNDA_PROCESS_TEST_RUNTIME_MODE):
 *       against the cluster already running, e.g. {@code docker compose up -d};</li>
 *   <li>{@code souk.cpt.docker=true} (or SOUK_CPT_DOCKER=true) on a machine with Docker: Camunda Process Test starts
 *       the cluster in a container. Opt-in, because a Docker daemon that cannot pull the image fails every test.</li>
 * </ul>
 */
public class CamundaClusterCondition implements ExecutionCondition {

    static final String REMOTE = "remote";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String suite = context.getRequiredTestClass().getSimpleName();
        if (REMOTE.equals(setting("camunda.process-test.runtime-mode", "CAMUNDA_PROCESS_TEST_RUNTIME_MODE"))) {
            return ConditionEvaluationResult.enabled(suite + " runs against the remote Camunda cluster");
        }
        if (!"true".equals(setting("souk.cpt.docker", "SOUK_CPT_DOCKER"))) {
            return skipped(suite, "no Camunda 8 cluster asked for: run with -Dcamunda.process-test.runtime-mode=remote "
                    + "against a running cluster (docker compose up -d), or -Dsouk.cpt.docker=true where Docker can "
                    + "start one");
        }
        if (!dockerAvailable()) {
            return skipped(suite, "souk.cpt.docker=true, but no Docker engine answers on this machine");
        }
        return ConditionEvaluationResult.enabled(suite + " runs against a Camunda cluster in Docker");
    }

    private static ConditionEvaluationResult skipped(String suite, String reason) {
        String message = suite + " skipped: " + reason + ".";
        System.out.println("[Camunda Process Test] " + message);
        return ConditionEvaluationResult.disabled(message);
    }

    private static String setting(String property, String environment) {
        return Optional.ofNullable(System.getProperty(property)).or(() -> Optional.ofNullable(System.getenv(environment)))
                .map(v -> v.trim().toLowerCase(Locale.ROOT)).orElse("");
    }

    private static boolean dockerAvailable() {
        try {
            return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError noDocker) {
            return false;
        }
    }
}
