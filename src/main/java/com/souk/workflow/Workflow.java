package com.souk.workflow;

import java.util.Map;

/** What the rest of Souk asks of the process engine; only this module knows which engine that is. */
public interface Workflow extends UserTasks {

    /** Starts the latest version of a process and returns the instance's id. */
    String start(String processId, Map<String, Object> variables);

    /**
     * Delivers a message to the one instance waiting for it under this correlation key.
     *
     * @throws MessageNotCorrelatedException when no instance waits for it (wrong state)
     */
    void correlate(String messageName, String correlationKey, Map<String, Object> variables);
}
