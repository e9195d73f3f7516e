package com.souk.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The human tasks of running processes: the part of {@link Workflow} each adapter keeps in a class of its own. */
public interface UserTasks {

    /** Open tasks offered to the group, oldest first, each with the variables named. */
    List<UserTask> openTasks(String candidateGroup, List<String> variables);

    /** An open task, or empty when there is none (never was, or already completed). */
    Optional<UserTask> openTask(String taskId, List<String> variables);

    /** The form deployed for the task (a Camunda Form's JSON), or empty when it has none. */
    Optional<String> taskForm(String taskId);

    /** Whether the task existed and has been completed. */
    boolean wasCompleted(String taskId);

    /** Takes the task; claiming a task that someone else holds is a {@link com.souk.common.ConflictException}. */
    void claim(String taskId, String userId);

    /** Completes the task held by this user with the given variables. */
    void complete(String taskId, String userId, Map<String, Object> variables);
}
