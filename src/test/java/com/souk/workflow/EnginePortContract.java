package com.souk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.souk.common.ConflictException;
import com.souk.workflow.models.EngineRepository;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What Souk needs of any engine behind its port, asked the same way of both adapters: deploy a Camunda 8 model,
 * start it, run its job on Souk's handler with the task's headers, move it on with a message under its correlation
 * key, offer its user task to a group, let one agent hold and complete it, and move the clock. Subclasses give the
 * engine: the embedded one always, a Camunda 8 cluster where one is present.
 */
public abstract class EnginePortContract {

    static final String PROCESS = "port-contract";
    static final String GROUP = "port-contract-agents";
    static final String MESSAGE = "PortContractGo";
    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    protected EngineRepository repository;

    @Autowired
    protected Workflow workflow;

    @Autowired
    protected EngineClock clock;

    @Autowired
    protected PortContractSteps steps;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aDeployedModelStartsAndItsJobReachesTheHandlerWithTheHeaders() throws IOException {
        DeployedModel deployed = deploy();
        assertThat(deployed.key()).isEqualTo(PROCESS);
        String orderId = newKey();

        String instance = workflow.start(PROCESS, Map.of("orderId", orderId));

        assertThat(instance).isNotBlank();
        Job job = Awaitility.await().atMost(WAIT).until(() -> steps.seenFor(orderId), l -> !l.isEmpty()).get(0);
        assertThat(job.type()).isEqualTo(PortContractSteps.TYPE);
        assertThat(job.header("mark")).isEqualTo("seen");
        assertThat(job.processInstanceId()).isEqualTo(instance);
    }

    @Test
    void deployingTheSameFileAgainMakesNoNewVersion() throws IOException {
        DeployedModel first = deploy();
        DeployedModel again = deploy();

        assertThat(again.version()).isEqualTo(first.version());
        assertThat(repository.versions(ModelKind.PROCESS, PROCESS)).extracting(DeployedModel::version)
                .contains(first.version());
    }

    @Test
    void aMessageUnderTheKeyMovesTheInstanceOnToATaskOfferedToTheGroup() throws IOException {
        String orderId = startedAndWaiting();

        UserTask task = openTaskOf(orderId);

        assertThat(task.name()).isEqualTo("Decide");
        assertThat(task.assignee()).isNull();
        assertThat(task.variables()).containsEntry("go", "yes").containsEntry("handled", "by " + PortContractSteps.TYPE);
        assertThat(workflow.openTask(task.id(), List.of("orderId"))).map(UserTask::id).contains(task.id());
    }

    @Test
    void oneAgentHoldsTheTaskAndOnlyThatAgentCompletesIt() throws IOException {
        String orderId = startedAndWaiting();
        UserTask task = openTaskOf(orderId);

        workflow.claim(task.id(), "agent-one");

        assertThatThrownBy(() -> workflow.claim(task.id(), "agent-two")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> workflow.complete(task.id(), "agent-two", Map.of()))
                .isInstanceOf(ConflictException.class);
        workflow.complete(task.id(), "agent-one", Map.of("decision", "done"));
        Awaitility.await().atMost(WAIT).until(() -> workflow.wasCompleted(task.id()));
        assertThat(workflow.openTask(task.id(), List.of())).isEmpty();
    }

    @Test
    void anUnknownTaskIsNeitherOpenNorCompleted() {
        assertThat(workflow.openTask("999999999", List.of())).isEmpty();
        assertThat(workflow.wasCompleted("999999999")).isFalse();
    }

    @Test
    void theClockMovesForwardAndBackToRealTime() {
        Instant before = Instant.now();

        Instant moved = clock.advance(Duration.ofHours(2));

        assertThat(moved).isAfterOrEqualTo(before.plus(Duration.ofHours(2)));
        clock.reset();
    }

    private String startedAndWaiting() throws IOException {
        deploy();
        String orderId = newKey();
        workflow.start(PROCESS, Map.of("orderId", orderId));
        Awaitility.await().atMost(WAIT).until(() -> steps.seenFor(orderId), l -> !l.isEmpty());
        // The instance reaches the receive task just after its job; until then the embedded engine refuses.
        Awaitility.await().atMost(WAIT).ignoreException(MessageNotCorrelatedException.class).until(() -> {
            workflow.correlate(MESSAGE, orderId, Map.of("go", "yes"));
            return true;
        });
        return orderId;
    }

    private UserTask openTaskOf(String orderId) {
        return Awaitility.await().atMost(WAIT).until(() -> workflow.openTasks(GROUP, List.of("orderId", "go", "handled"))
                .stream().filter(t -> orderId.equals(t.string("orderId"))).findFirst(), Optional::isPresent).get();
    }

    private DeployedModel deploy() throws IOException {
        try (InputStream in = EnginePortContract.class.getResourceAsStream("/port-contract/port-contract.bpmn")) {
            ModelFile file = new ModelFile("port-contract.bpmn", in.readAllBytes());
            return repository.deploy("souk-port-contract", List.of(file), true).stream()
                    .filter(m -> m.key().equals(PROCESS)).findFirst().orElseThrow();
        }
    }

    private static String newKey() {
        return "pc-" + UUID.randomUUID();
    }
}
