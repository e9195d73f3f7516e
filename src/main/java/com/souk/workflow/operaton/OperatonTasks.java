package com.souk.workflow.operaton;

import com.souk.common.ConflictException;
import com.souk.workflow.ConcurrentChangeException;
import com.souk.workflow.OnOperaton;
import com.souk.workflow.UserTask;
import com.souk.workflow.UserTasks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.operaton.bpm.engine.FormService;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskAlreadyClaimedException;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** User tasks on the embedded engine: list, claim and complete them. */
@OnOperaton
@Component
class OperatonTasks implements UserTasks {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final FormService forms;

    OperatonTasks(TaskService tasks, RuntimeService runtime, HistoryService history, FormService forms) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.forms = forms;
    }

    @Override
    public List<UserTask> openTasks(String candidateGroup, List<String> variables) {
        return tasks.createTaskQuery().taskCandidateGroup(candidateGroup).includeAssignedTasks().initializeFormKeys()
                .orderByTaskCreateTime().asc().list().stream().map(t -> view(t, variables)).toList();
    }

    @Override
    public Optional<UserTask> openTask(String taskId, List<String> variables) {
        return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult())
                .map(t -> view(t, variables));
    }

    @Override
    public Optional<String> taskForm(String taskId) {
        try (InputStream form = forms.getDeployedTaskForm(taskId)) {
            return Optional.of(new String(form.readAllBytes(), StandardCharsets.UTF_8));
        } catch (ProcessEngineException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean wasCompleted(String taskId) {
        return history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
    }

    @Override
    public void claim(String taskId, String userId) {
        try {
            tasks.claim(taskId, userId);
        } catch (TaskAlreadyClaimedException e) {
            throw new ConflictException("Another agent has already claimed this task.");
        } catch (OptimisticLockingException e) {
            throw new ConcurrentChangeException("Another agent claimed this task at the same moment.");
        }
    }

    @Override
    public void complete(String taskId, String userId, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new ConflictException("This task is no longer open.");
        }
        if (!userId.equals(task.getAssignee())) {
            throw new ConflictException(task.getAssignee() == null ? "Claim the task before completing it."
                    : "Only the agent who claimed this task can complete it.");
        }
        try {
            tasks.complete(taskId, variables);
        } catch (OptimisticLockingException e) {
            throw new ConcurrentChangeException("This task changed at the same moment; reload it.");
        }
    }

    private UserTask view(Task t, List<String> names) {
        Map<String, Object> values = names.isEmpty() ? Map.of()
                : new HashMap<>(runtime.getVariables(t.getExecutionId(), names));
        return new UserTask(t.getId(), t.getName(), t.getProcessInstanceId(), instant(t.getCreateTime()),
                instant(t.getDueDate()), t.getAssignee(), t.getFormKey(), values);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
