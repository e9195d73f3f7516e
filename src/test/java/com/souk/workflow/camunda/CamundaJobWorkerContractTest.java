package com.souk.workflow.camunda;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.souk.workflow.camunda.ClusterStub.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.souk.workflow.Job;
import com.souk.workflow.JobError;
import com.souk.workflow.JobHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Job workers against the stub cluster: activation by type, then completion with the handler's variables, a BPMN
 * error for a business outcome, or a failure with one retry fewer, a back-off and a message an operator can read.
 */
class CamundaJobWorkerContractTest {

    static final String TYPE = "hold-payment";

    private ClusterStub cluster;
    private CamundaJobWorkers workers;
    private final List<Job> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void stub() {
        cluster = new ClusterStub();
    }

    @AfterEach
    void close() {
        if (workers != null) {
            workers.stop();
        }
        cluster.close();
    }

    @Test
    void activatesJobsOfItsTypeAndCompletesThemWithTheHandlersVariables() {
        startWorkerWith(job -> Map.of("stockShort", false, "note", "held " + job.string("orderId")));

        await("/v2/jobs/2251799813685251/completion");

        cluster.server.verify(postRequestedFor(urlPathEqualTo("/v2/jobs/activation"))
                .withRequestBody(matchingJsonPath("$.type", equalTo(TYPE)))
                .withRequestBody(matchingJsonPath("$.worker", equalTo("souk-" + TYPE)))
                .withRequestBody(matchingJsonPath("$.timeout", equalTo("60000"))));
        cluster.server.verify(postRequestedFor(urlPathEqualTo("/v2/jobs/2251799813685251/completion"))
                .withRequestBody(matchingJsonPath("$.variables.stockShort", equalTo("false")))
                .withRequestBody(matchingJsonPath("$.variables.note", equalTo("held 42"))));
        assertThat(seen).hasSize(1);
        Job job = seen.get(0);
        assertThat(job.type()).isEqualTo(TYPE);
        assertThat(job.processInstanceId()).isEqualTo("2251799813685249");
        assertThat(job.longValue("orderId")).isEqualTo(42);
        assertThat(job.header("event")).isEqualTo("PAYMENT_HELD");
    }

    @Test
    void aBusinessOutcomeIsABpmnErrorTheModelCatches() {
        startWorkerWith(job -> {
            throw new JobError("PAYMENT_DECLINED", "insufficient funds");
        });

        await("/v2/jobs/2251799813685251/error");

        cluster.server.verify(postRequestedFor(urlPathEqualTo("/v2/jobs/2251799813685251/error"))
                .withRequestBody(matchingJsonPath("$.errorCode", equalTo("PAYMENT_DECLINED")))
                .withRequestBody(matchingJsonPath("$.errorMessage", equalTo("insufficient funds"))));
    }

    @Test
    void aFailureCostsOneRetryWithABackoffAndSaysWhatWentWrong() {
        startWorkerWith(job -> {
            throw new IllegalStateException("order 42 is gone");
        });

        await("/v2/jobs/2251799813685251/failure");

        cluster.server.verify(postRequestedFor(urlPathEqualTo("/v2/jobs/2251799813685251/failure"))
                .withRequestBody(matchingJsonPath("$.retries", equalTo("2")))
                .withRequestBody(matchingJsonPath("$.retryBackOff", equalTo("5000")))
                .withRequestBody(matchingJsonPath("$.errorMessage",
                        equalTo("IllegalStateException: order 42 is gone"))));
    }

    @Test
    void backoffGrowsAsRetriesRunOutAndStopsWithTheLast() {
        assertThat(JobRunner.backoff(2)).isEqualTo(Duration.ofSeconds(5));
        assertThat(JobRunner.backoff(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(JobRunner.backoff(0)).isEqualTo(Duration.ZERO);
        assertThat(JobRunner.operatorMessage(new IllegalStateException("outer", new RuntimeException("inner"))))
                .isEqualTo("IllegalStateException: outer (caused by RuntimeException: inner)");
    }

    private void startWorkerWith(Function<Job, Map<String, Object>> work) {
        cluster.server.stubFor(post("/v2/jobs/activation").inScenario("one job").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(200, """
                        {"jobs":[{"jobKey":"2251799813685251","type":"%s","processInstanceKey":"2251799813685249",
                          "processDefinitionKey":"2251799813685248","processDefinitionId":"purchase",
                          "processDefinitionVersion":1,"elementId":"Task_HoldPayment",
                          "elementInstanceKey":"2251799813685250","customHeaders":{"event":"PAYMENT_HELD"},
                          "worker":"souk-%s","retries":3,"deadline":1893456000000,"variables":{"orderId":"42"},
                          "tenantId":"<default>","kind":"BPMN_ELEMENT","listenerEventType":"UNSPECIFIED",
                          "tags":[]}]}""".formatted(TYPE, TYPE)))
                .willSetStateTo("handed out"));
        cluster.server.stubFor(post("/v2/jobs/activation").inScenario("one job").whenScenarioStateIs("handed out")
                .willReturn(json(200, "{\"jobs\":[]}")));
        cluster.server.stubFor(post(urlPathEqualTo("/v2/jobs/2251799813685251/completion")).willReturn(json(204, "")));
        cluster.server.stubFor(post(urlPathEqualTo("/v2/jobs/2251799813685251/error")).willReturn(json(204, "")));
        cluster.server.stubFor(post(urlPathEqualTo("/v2/jobs/2251799813685251/failure")).willReturn(json(204, "")));
        JobHandler handler = new JobHandler() {
            @Override
            public String type() {
                return TYPE;
            }

            @Override
            public Map<String, Object> handle(Job job) {
                seen.add(job);
                return work.apply(job);
            }
        };
        workers = new CamundaJobWorkers(cluster.client, List.of(handler), new SimpleMeterRegistry(),
                Duration.ofMinutes(1), 4);
        workers.start();
    }

    private void await(String path) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(
                () -> !cluster.server.findAll(postRequestedFor(urlPathEqualTo(path))).isEmpty());
    }
}
