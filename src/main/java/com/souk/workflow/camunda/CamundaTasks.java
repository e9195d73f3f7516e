package com.souk.workflow.camunda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.souk.common.ConflictException;
import com.souk.common.NotFoundException;
import com.souk.workflow.OnCamunda;
import com.souk.workflow.UserTask;
import com.souk.workflow.UserTasks;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.Variable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * User tasks ({@code zeebe:userTask}) through the cluster's REST API: searched by candidate group, assigned without
 * taking a task from another agent (409), completed with variables.
 *
 * <p>Searches read the cluster's secondary storage, which follows the engine by a moment. What this node did is
 * remembered until the index shows it (at most {@link #REMEMBER_ASSIGNMENTS}): the agent who just claimed a task sees
 * it as theirs and can complete it, and a task just completed no longer shows as open, before the index caught up.
 */
@OnCamunda
@Component
class CamundaTasks implements UserTasks {

    static final int PAGE = 200;
    static final Duration REMEMBER_ASSIGNMENTS = Duration.ofMinutes(1);

    private final CamundaClient client;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();
    private final Map<Long, Assignment> recentAssignments = new ConcurrentHashMap<>();
    private final Map<Long, Instant> recentCompletions = new ConcurrentHashMap<>();

    private record Assignment(String assignee, Instant at) {
    }

    CamundaTasks(CamundaClient client, ObjectMapper json) {
        this.client = client;
        this.json = json;
    }

    @Override
    public List<UserTask> openTasks(String candidateGroup, List<String> variables) {
        return ClusterCalls.send("search the tasks of " + candidateGroup, client.newUserTaskSearchRequest()
                        .filter(f -> f.candidateGroup(candidateGroup).state(UserTaskState.CREATED))
                        .sort(s -> s.creationDate().asc())
                        .page(p -> p.limit(PAGE)))
                .items().stream().filter(t -> !completedHere(t.getUserTaskKey())).map(t -> view(t, variables)).toList();
    }

    @Override
    public Optional<UserTask> openTask(String taskId, List<String> variables) {
        return task(taskId).filter(t -> t.getState() == UserTaskState.CREATED && !completedHere(t.getUserTaskKey()))
                .map(t -> view(t, variables));
    }

    @Override
    public Optional<String> taskForm(String taskId) {
        Optional<Long> key = key(taskId);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            io.camunda.client.api.search.response.Form form = ClusterCalls.send("read the form of task " + taskId,
                    client.newUserTaskGetFormRequest(key.get()));
            if (form == null || form.getSchema() == null) {
                return Optional.empty();
            }
            Object schema = form.getSchema();
            return Optional.of(schema instanceof String text ? text : json.writeValueAsString(schema));
        } catch (NotFoundException noForm) {
            return Optional.empty();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The form of task " + taskId + " is not JSON", e);
        }
    }

    @Override
    public boolean wasCompleted(String taskId) {
        return task(taskId).map(t -> t.getState() == UserTaskState.COMPLETED || completedHere(t.getUserTaskKey()))
                .orElse(false);
    }

    @Override
    public void claim(String taskId, String userId) {
        long key = key(taskId).orElseThrow(() -> new NotFoundException("There is no open task " + taskId + "."));
        String holder = task(taskId).map(this::assignee).orElse(null);
        if (userId.equals(holder)) {
            return;
        }
        if (holder != null) {
            throw new ConflictException("Another agent has already claimed this task.");
        }
        try {
            ClusterCalls.send("assign task " + taskId, client.newAssignUserTaskCommand(key).assignee(userId)
                    .allowOverride(false));
        } catch (ConflictException takenAtTheSameMoment) {
            throw new ConflictException("Another agent has already claimed this task.");
        }
        recentAssignments.put(key, new Assignment(userId, clock.instant()));
    }

    @Override
    public void complete(String taskId, String userId, Map<String, Object> variables) {
        io.camunda.client.api.search.response.UserTask task = task(taskId)
                .filter(t -> t.getState() == UserTaskState.CREATED && !completedHere(t.getUserTaskKey()))
                .orElseThrow(() -> new ConflictException("This task is no longer open."));
        String holder = assignee(task);
        if (!userId.equals(holder)) {
            throw new ConflictException(holder == null ? "Claim the task before completing it."
                    : "Only the agent who claimed this task can complete it.");
        }
        try {
            ClusterCalls.send("complete task " + taskId, client.newCompleteUserTaskCommand(task.getUserTaskKey())
                    .variables(ClusterVariables.of(variables)));
        } catch (ConflictException | NotFoundException completedMeanwhile) {
            throw new ConflictException("This task changed at the same moment; reload it.");
        }
        recentAssignments.remove(task.getUserTaskKey());
        recentCompletions.put(task.getUserTaskKey(), clock.instant());
    }

    /** Completed through this node within the last minute; after that the index knows. */
    private boolean completedHere(Long key) {
        Instant at = key == null ? null : recentCompletions.get(key);
        if (at == null) {
            return false;
        }
        if (at.plus(REMEMBER_ASSIGNMENTS).isBefore(clock.instant())) {
            recentCompletions.remove(key);
            return false;
        }
        return true;
    }

    private Optional<io.camunda.client.api.search.response.UserTask> task(String taskId) {
        Optional<Long> key = key(taskId);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(ClusterCalls.send("read task " + taskId, client.newUserTaskGetRequest(key.get())));
        } catch (NotFoundException notThereOrNotIndexedYet) {
            return Optional.empty();
        }
    }

    /** The assignee the index shows, or the one this node assigned while the index has not caught up. */
    private String assignee(io.camunda.client.api.search.response.UserTask task) {
        Assignment recent = recentAssignments.get(task.getUserTaskKey());
        if (recent == null) {
            return task.getAssignee();
        }
        if (recent.assignee().equals(task.getAssignee())
                || recent.at().plus(REMEMBER_ASSIGNMENTS).isBefore(clock.instant())) {
            recentAssignments.remove(task.getUserTaskKey());
            return task.getAssignee();
        }
        return recent.assignee();
    }

    private UserTask view(io.camunda.client.api.search.response.UserTask t, List<String> names) {
        Map<String, Object> values = names.isEmpty() ? Map.of() : variables(t.getUserTaskKey(), names);
        return new UserTask(String.valueOf(t.getUserTaskKey()), t.getName(), String.valueOf(t.getProcessInstanceKey()),
                instant(t.getCreationDate()), instant(t.getDueDate()), assignee(t),
                t.getFormKey() == null ? null : String.valueOf(t.getFormKey()), values);
    }

    private Map<String, Object> variables(long taskKey, List<String> names) {
        Map<String, Object> values = new HashMap<>();
        List<Variable> found = ClusterCalls.send("read the variables of task " + taskKey,
                client.newUserTaskVariableSearchRequest(taskKey).page(p -> p.limit(PAGE))).items();
        for (Variable v : found) {
            if (names.contains(v.getName())) {
                values.put(v.getName(), parse(v.getValue()));
            }
        }
        return values;
    }

    private Object parse(String value) {
        try {
            return value == null ? null : json.readValue(value, Object.class);
        } catch (JsonProcessingException notJson) {
            return value;
        }
    }

    private static Optional<Long> key(String taskId) {
        try {
            return Optional.of(Long.parseLong(taskId));
        } catch (NumberFormatException notAClusterKey) {
            return Optional.empty();
        }
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
