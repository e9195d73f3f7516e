package com.souk.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link Workflow} whose human tasks are another class's: each adapter's own start and correlate, tasks delegated. */
public abstract class TaskDelegatingWorkflow implements Workflow {

    private final UserTasks tasks;

    protected TaskDelegatingWorkflow(UserTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public List<UserTask> openTasks(String candidateGroup, List<String> variables) {
        return tasks.openTasks(candidateGroup, variables);
    }

    @Override
    public Optional<UserTask> openTask(String taskId, List<String> variables) {
        return tasks.openTask(taskId, variables);
    }

    @Override
    public Optional<String> taskForm(String taskId) {
        return tasks.taskForm(taskId);
    }

    @Override
    public boolean wasCompleted(String taskId) {
        return tasks.wasCompleted(taskId);
    }

    @Override
    public void claim(String taskId, String userId) {
        tasks.claim(taskId, userId);
    }

    @Override
    public void complete(String taskId, String userId, Map<String, Object> variables) {
        tasks.complete(taskId, userId, variables);
    }
}
