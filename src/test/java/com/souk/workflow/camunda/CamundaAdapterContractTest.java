package com.souk.workflow.camunda;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.souk.workflow.camunda.ClusterStub.json;
import static com.souk.workflow.camunda.ClusterStub.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.souk.common.AdjustableClock;
import com.souk.common.BusinessRuleException;
import com.souk.common.ConflictException;
import com.souk.common.NotFoundException;
import com.souk.common.ServiceUnavailableException;
import com.souk.workflow.DeployedModel;
import com.souk.workflow.ModelFile;
import com.souk.workflow.ModelKind;
import com.souk.workflow.ModelRejectedException;
import com.souk.workflow.UserTask;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cluster adapter against the real Camunda client talking HTTP to a stub of the Orchestration Cluster REST API:
 * each test checks the request the adapter sends to /v2/... and how the adapter reads the answer, errors included.
 * Job workers have their own suite ({@link CamundaJobWorkerContractTest}).
 */
class CamundaAdapterContractTest {

    private ClusterStub cluster;
    private CamundaTasks tasks;
    private CamundaWorkflow workflow;

    @BeforeEach
    void stub() {
        cluster = new ClusterStub();
        tasks = new CamundaTasks(cluster.client, new ObjectMapper());
        workflow = new CamundaWorkflow(cluster.client, tasks);
    }

    @AfterEach
    void close() {
        cluster.close();
    }

    @Test
    void startsTheLatestVersionOfTheProcessWithItsVariables() {
        cluster.server.stubFor(post("/v2/process-instances").willReturn(json(200, """
                {"processDefinitionId":"purchase","processDefinitionVersion":3,"processDefinitionKey":"11",
                 "processInstanceKey":"2251799813685249","tenantId":"<default>","variables":{}}""")));

        String id = workflow.start("purchase", Map.of("orderId", "42", "amount", 5_000L));

        assertThat(id).isEqualTo("2251799813685249");
        cluster.server.verify(postRequestedFor(urlPathEqualTo("/v2/process-instances"))
                .withRequestBody(matchingJsonPath("$.processDefinitionId", equalTo("purchase")))
                .withRequestBody(matchingJsonPath("$.variables.orderId", equalTo("42")))
                .withRequestBody(matchingJsonPath("$.variables.amount", equalTo("5000"))));
    }

    @Test
    void publishesAMessageWithTheCorrelationKeyAnIdAndATimeToLive() {
        cluster.server.stubFor(post("/v2/messages/publication")
                .willReturn(json(200, "{\"messageKey\":\"7\",\"tenantId\":\"<default>\"}")));
        Instant autoConfirm = Instant.parse("2026-12-20T10:00:00Z");

        workflow.correlate("OrderShipped", "42", Map.of("autoConfirmAt", Date.from(autoConfirm)));

        String id = MessageTerms.messageId("OrderShipped", "42", Map.of("autoConfirmAt", Date.from(autoConfirm)));
        cluster.server.verify(postRequestedFor(urlPathEqualTo("/v2/messages/publication"))
                .withRequestBody(matchingJsonPath("$.name", equalTo("OrderShipped")))
                .withRequestBody(matchingJsonPath("$.correlationKey", equalTo("42")))
                .withRequestBody(matchingJsonPath("$.messageId", equalTo(id)))
                .withRequestBody(matchingJsonPath("$.timeToLive", equalTo("3600000")))
                .withRequestBody(matchingJsonPath("$.variables.autoConfirmAt", equalTo("2026-12-20T10:00:00Z"))));
        assertThat(id).startsWith("OrderShipped:42:");
    }

    @Test
    void theSameMessageSentAgainHasTheSameIdAndADifferentAnswerAnother() {
        assertThat(MessageTerms.messageId("SellerResponded", "42", Map.of("sellerDecision", "ACCEPT_REFUND")))
                .isEqualTo(MessageTerms.messageId("SellerResponded", "42", Map.of("sellerDecision", "ACCEPT_REFUND")))
                .isNotEqualTo(MessageTerms.messageId("SellerResponded", "42", Map.of("sellerDecision", "REJECT")))
                .isNotEqualTo(MessageTerms.messageId("SellerResponded", "43", Map.of("sellerDecision", "ACCEPT_REFUND")));
        assertThat(MessageTerms.timeToLive("SellerResponded")).isEqualTo(Duration.ofMinutes(30));
        assertThat(MessageTerms.timeToLive("SomethingNew")).isEqualTo(MessageTerms.DEFAULT_TIME_TO_LIVE);
    }

    @Test
    void aMessageTheClusterKeptAlreadyIsNoError() {
        cluster.server.stubFor(post("/v2/messages/publication")
                .willReturn(problem(409, "ALREADY_EXISTS", "a message with this id was published already")));

        workflow.correlate("DeliveryConfirmed", "42", Map.of());

        cluster.server.verify(1, postRequestedFor(urlPathEqualTo("/v2/messages/publication")));
    }

    @Test
    void aClusterInTroubleOrTooSlowIsServiceUnavailable() {
        cluster.server.stubFor(post("/v2/messages/publication")
                .willReturn(problem(503, "UNAVAILABLE", "no leader for partition 1")));
        assertThatThrownBy(() -> workflow.correlate("DeliveryConfirmed", "42", Map.of()))
                .isInstanceOf(ServiceUnavailableException.class).hasMessageContaining("no leader for partition 1");

        cluster.server.stubFor(post("/v2/process-instances").willReturn(json(200, "{}")
                .withFixedDelay((int) ClusterStub.REQUEST_TIMEOUT.multipliedBy(3).toMillis())));
        assertThatThrownBy(() -> workflow.start("purchase", Map.of()))
                .isInstanceOf(ServiceUnavailableException.class).hasMessageContaining("start purchase");
    }

    @Test
    void anUnknownProcessIsNotFound() {
        cluster.server.stubFor(post("/v2/process-instances")
                .willReturn(problem(404, "NOT_FOUND", "Expected to find process definition with id 'nope'")));

        assertThatThrownBy(() -> workflow.start("nope", Map.of()))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("'nope'");
    }

    @Test
    void searchesTheOpenTasksOfTheGroupOldestFirstWithTheVariablesAsked() {
        cluster.server.stubFor(post("/v2/user-tasks/search").willReturn(json(200, """
                {"items":[{"userTaskKey":"7","name":"Review dispute","state":"CREATED","elementId":"Task_Review",
                  "candidateGroups":["dispute-agents"],"candidateUsers":[],"processDefinitionId":"purchase",
                  "creationDate":"2026-12-01T10:00:00.000Z","processDefinitionVersion":1,"customHeaders":{},
                  "priority":50,"elementInstanceKey":"8","processDefinitionKey":"9","processInstanceKey":"10",
                  "formKey":"11","tenantId":"<default>"}],
                 "page":{"totalItems":1,"hasMoreTotalItems":false}}""")));
        cluster.server.stubFor(post("/v2/user-tasks/7/variables/search").willReturn(json(200, """
                {"items":[{"name":"orderId","value":"\\"42\\"","isTruncated":false,"variableKey":"1","scopeKey":"10",
                           "processInstanceKey":"10","tenantId":"<default>"},
                          {"name":"refund","value":"2500","isTruncated":false,"variableKey":"2","scopeKey":"10",
                           "processInstanceKey":"10","tenantId":"<default>"},
                          {"name":"notAsked","value":"true","isTruncated":false,"variableKey":"3","scopeKey":"10",
                           "processInstanceKey":"10","tenantId":"<default>"}],
                 "page":{"totalItems":3,"hasMoreTotalItems":false}}""")));

        List<UserTask> open = workflow.openTasks("dispute-agents", List.of("orderId", "refund"));

        assertThat(open).hasSize(1);
        UserTask task = open.get(0);
        assertThat(task.id()).isEqualTo("7");
        assertThat(task.processInstanceId()).isEqualTo("10");
        assertThat(task.created()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(task.assignee()).isNull();
        assertThat(task.variables()).containsOnly(Map.entry("orderId", "42"), Map.entry("refund", 2500));
        cluster.server.verify(postRequestedFor(urlPathEqualTo("/v2/user-tasks/search"))
                .withRequestBody(matchingJsonPath("$.filter.candidateGroup['$eq']", equalTo("dispute-agents")))
                .withRequestBody(matchingJsonPath("$.filter.state['$eq']", equalTo("CREATED")))
                .withRequestBody(matchingJsonPath("$.sort[0].field", equalTo("creationDate")))
                .withRequestBody(matchingJsonPath("$.sort[0].order", equalTo("ASC"))));
    }

    @Test
    void assignsATaskWithoutTakingItFromAnotherAgent() {
        stubTask("7", "CREATED", null);
        cluster.server.stubFor(post("/v2/user-tasks/7/assignment").willReturn(json(204, "")));

        workflow.claim("7", "ada");

        cluster.server.verify(postRequestedFor(urlPathEqualTo("/v2/user-tasks/7/assignment"))
                .withRequestBody(equalToJson("{\"assignee\":\"ada\",\"allowOverride\":false}", true, true)));
        assertThat(tasks.openTask("7", List.of()).orElseThrow().assignee())
                .as("the claim is the agent's while the index has not caught up").isEqualTo("ada");
    }

    @Test
    void aTaskAnotherAgentHoldsIsAConflict() {
        stubTask("7", "CREATED", "bea");
        assertThatThrownBy(() -> workflow.claim("7", "ada")).isInstanceOf(ConflictException.class)
                .hasMessage("Another agent has already claimed this task.");

        stubTask("8", "CREATED", null);
        cluster.server.stubFor(post("/v2/user-tasks/8/assignment")
                .willReturn(problem(409, "INVALID_STATE", "the task is assigned to 'bea'")));
        assertThatThrownBy(() -> workflow.claim("8", "ada")).isInstanceOf(ConflictException.class)
                .hasMessage("Another agent has already claimed this task.");
    }

    @Test
    void completesTheTaskOfTheAgentWhoHoldsItWithTheVariables() {
        stubTask("7", "CREATED", "ada");
        cluster.server.stubFor(post("/v2/user-tasks/7/completion").willReturn(json(204, "")));

        assertThatThrownBy(() -> workflow.complete("7", "bea", Map.of())).isInstanceOf(ConflictException.class)
                .hasMessage("Only the agent who claimed this task can complete it.");

        workflow.complete("7", "ada", Map.of("agentOutcome", "REFUND_PARTIAL", "refund", 1500L));

        cluster.server.verify(postRequestedFor(urlPathEqualTo("/v2/user-tasks/7/completion"))
                .withRequestBody(matchingJsonPath("$.variables.agentOutcome", equalTo("REFUND_PARTIAL")))
                .withRequestBody(matchingJsonPath("$.variables.refund", equalTo("1500"))));
        assertThat(workflow.openTask("7", List.of())).as("completed here, not yet indexed").isEmpty();
        assertThat(workflow.wasCompleted("7")).isTrue();
    }

    @Test
    void aCompletedOrUnknownTaskIsNotOpen() {
        stubTask("7", "COMPLETED", "ada");
        cluster.server.stubFor(get("/v2/user-tasks/9").willReturn(problem(404, "NOT_FOUND", "no user task 9")));

        assertThat(workflow.openTask("7", List.of())).isEmpty();
        assertThat(workflow.wasCompleted("7")).isTrue();
        assertThat(workflow.openTask("9", List.of())).isEmpty();
        assertThat(workflow.wasCompleted("9")).isFalse();
        assertThat(workflow.openTask("not-a-key", List.of())).isEmpty();
        assertThatThrownBy(() -> workflow.complete("7", "ada", Map.of())).isInstanceOf(ConflictException.class)
                .hasMessage("This task is no longer open.");
    }

    @Test
    void readsTheTasksFormAndNoneWhereItHasNone() {
        cluster.server.stubFor(get("/v2/user-tasks/7/form").willReturn(json(200, """
                {"formId":"dispute-review","version":2,"formKey":"11","tenantId":"<default>",
                 "schema":"{\\"id\\":\\"dispute-review\\",\\"components\\":[]}"}""")));
        cluster.server.stubFor(get("/v2/user-tasks/8/form").willReturn(problem(404, "NOT_FOUND", "no form")));

        assertThat(workflow.taskForm("7")).contains("{\"id\":\"dispute-review\",\"components\":[]}");
        assertThat(workflow.taskForm("8")).isEmpty();
    }

    @Test
    void deploysEveryFileInOneRequestAndAnswersTheVersions() {
        cluster.server.stubFor(post("/v2/deployments").willReturn(json(200, """
                {"deploymentKey":"100","tenantId":"<default>","deployments":[
                  {"processDefinition":{"processDefinitionId":"purchase","processDefinitionVersion":4,
                    "resourceName":"purchase.bpmn","tenantId":"<default>","processDefinitionKey":"101"}},
                  {"decisionDefinition":{"decisionDefinitionId":"commission","version":2,"name":"Commission",
                    "tenantId":"<default>","decisionRequirementsId":"commission-drd","decisionDefinitionKey":"102",
                    "decisionRequirementsKey":"103"}},
                  {"form":{"formId":"dispute-review","version":3,"resourceName":"dispute-review.form",
                    "tenantId":"<default>","formKey":"104"}}]}""")));
        CamundaRepository repository = new CamundaRepository(cluster.client, java.time.Clock.systemUTC());

        List<DeployedModel> deployed = repository.deploy("souk", List.of(ModelFile.of("purchase.bpmn", "<bpmn/>"),
                ModelFile.of("commission.dmn", "<dmn/>"), ModelFile.of("dispute-review.form", "{}")), true);

        assertThat(deployed).extracting(DeployedModel::kind, DeployedModel::key, DeployedModel::version,
                DeployedModel::deployment).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ModelKind.PROCESS, "purchase", 4, "100"),
                        org.assertj.core.groups.Tuple.tuple(ModelKind.DECISION, "commission", 2, "100"),
                        org.assertj.core.groups.Tuple.tuple(ModelKind.FORM, "dispute-review", 3, "100"));
        assertThat(repository.versions(ModelKind.FORM, "dispute-review")).extracting(DeployedModel::version)
                .containsExactly(3);
        var request = cluster.server.findAll(postRequestedFor(urlPathEqualTo("/v2/deployments"))).get(0);
        assertThat(request.getHeader("Content-Type")).startsWith("multipart/form-data");
        assertThat(request.getParts()).extracting(p -> p.getHeader("Content-Disposition").firstValue())
                .anySatisfy(d -> assertThat(d).contains("filename=\"purchase.bpmn\""))
                .anySatisfy(d -> assertThat(d).contains("filename=\"commission.dmn\""))
                .anySatisfy(d -> assertThat(d).contains("filename=\"dispute-review.form\""));
    }

    @Test
    void aDeploymentTheClusterRefusesNamesTheFile() {
        cluster.server.stubFor(post("/v2/deployments").willReturn(problem(400, "INVALID_ARGUMENT",
                "Element: Task_Ship - ERROR: Must have exactly one 'zeebe:taskDefinition' extension element")));
        CamundaRepository repository = new CamundaRepository(cluster.client, java.time.Clock.systemUTC());

        assertThatThrownBy(() -> repository.deploy("souk-rules", List.of(ModelFile.of("purchase.bpmn", "<bpmn/>")),
                false)).isInstanceOf(ModelRejectedException.class)
                .hasMessageContaining("purchase.bpmn").hasMessageContaining("zeebe:taskDefinition");
    }

    @Test
    void movesTheClusterClockWithSouksAndResetsBoth() throws Exception {
        cluster.server.stubFor(put("/v2/clock").willReturn(json(204, "")));
        cluster.server.stubFor(post("/v2/clock/reset").willReturn(json(204, "")));
        AdjustableClock clock = new AdjustableClock();
        CamundaClock engineClock = new CamundaClock(clock, cluster.client);

        Instant moved = engineClock.advance(Duration.ofDays(6));

        assertThat(moved).isAfter(Instant.now().plus(Duration.ofDays(6)).minusSeconds(60));
        var pin = cluster.server.findAll(putRequestedFor(urlPathEqualTo("/v2/clock"))).get(0);
        long pinned = new ObjectMapper().readTree(pin.getBodyAsString()).get("timestamp").asLong();
        assertThat(Math.abs(pinned - moved.toEpochMilli())).isLessThan(60_000);
        engineClock.reset();
        assertThat(clock.offset()).isEqualTo(Duration.ZERO);
        cluster.server.verify(postRequestedFor(urlPathEqualTo("/v2/clock/reset")));
    }

    @Test
    void aClusterWithoutAControlledClockRefusesAndSouksClockStaysPut() {
        cluster.server.stubFor(put("/v2/clock").willReturn(problem(403, "FORBIDDEN",
                "clock control is not enabled on this cluster")));
        AdjustableClock clock = new AdjustableClock();
        CamundaClock engineClock = new CamundaClock(clock, cluster.client);

        assertThatThrownBy(() -> engineClock.advance(Duration.ofDays(1))).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("ZEEBE_CLOCK_CONTROLLED=true")
                .hasMessageContaining("clock control is not enabled");
        assertThat(clock.offset()).isEqualTo(Duration.ZERO);
    }

    private void stubTask(String key, String state, String assignee) {
        String assigned = assignee == null ? "" : "\"assignee\":\"" + assignee + "\",";
        cluster.server.stubFor(get("/v2/user-tasks/" + key).willReturn(json(200, """
                {"userTaskKey":"%s","name":"Review dispute","state":"%s",%s"elementId":"Task_Review",
                 "candidateGroups":["dispute-agents"],"candidateUsers":[],"processDefinitionId":"purchase",
                 "creationDate":"2026-12-01T10:00:00.000Z","processDefinitionVersion":1,"customHeaders":{},
                 "priority":50,"elementInstanceKey":"8","processDefinitionKey":"9","processInstanceKey":"10",
                 "tenantId":"<default>"}""".formatted(key, state, assigned))));
    }
}
