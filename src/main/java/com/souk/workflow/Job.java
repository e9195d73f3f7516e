package com.souk.workflow;

import java.util.Map;

/** One unit of work the engine hands to a {@link JobHandler}: its type, the instance's variables and the task headers. */
public record Job(String type, String processInstanceId, Map<String, Object> variables, Map<String, String> headers) {

    public String string(String name) {
        Object value = variables.get(name);
        if (value == null) {
            throw new IllegalStateException("job " + type + " needs variable " + name);
        }
        return value.toString();
    }

    public long longValue(String name) {
        Object value = variables.get(name);
        if (value instanceof Number n) {
            return n.longValue();
        }
        return Long.parseLong(string(name));
    }

    public boolean has(String name) {
        return variables.get(name) != null;
    }

    public String header(String name) {
        return headers.get(name);
    }
}
