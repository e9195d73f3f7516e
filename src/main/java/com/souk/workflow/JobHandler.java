package com.souk.workflow;

import java.util.Map;
import java.util.Set;

/**
 * Does the work of one job type of the BPMN models. Runs at least once per job, so it must be idempotent.
 * Throw {@link JobError} for a business outcome the model handles with an error boundary event.
 */
public interface JobHandler {

    String type();

    /** Returns the variables to set on the process instance (empty for none). */
    Map<String, Object> handle(Job job);

    /** Names of the variables {@link #handle} returns, so validation knows what later steps can read. */
    default Set<String> outputs() {
        return Set.of();
    }

    /**
     * The task headers the handler reads, each with the values it understands, so validation refuses a model whose
     * header the handler would not understand (the job would fail on every order). Headers not named are not checked.
     */
    default Map<String, Set<String>> headerValues() {
        return Map.of();
    }

    /** The headers every task of this type must have. */
    default Set<String> requiredHeaders() {
        return Set.of();
    }
}
