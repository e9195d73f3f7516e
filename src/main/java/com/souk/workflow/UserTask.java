package com.souk.workflow;

import java.time.Instant;
import java.util.Map;

/** An open human task of a process, with the process variables a task list needs. */
public record UserTask(String id, String name, String processInstanceId, Instant created, Instant due,
        String assignee, String formKey, Map<String, Object> variables) {

    public String string(String variable) {
        Object value = variables.get(variable);
        return value == null ? null : value.toString();
    }
}
