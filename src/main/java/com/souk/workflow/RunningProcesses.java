package com.souk.workflow;

import java.util.List;
import java.util.Map;

/** What the engine is doing right now: instances per process version, where they wait, and which are stuck. */
public interface RunningProcesses {

    /** Running instances of each version of the process. */
    Map<Integer, Long> byVersion(String processKey);

    /** Running instances of one version by the element id (BPMN) they wait at. */
    Map<String, Long> waitingAt(String processKey, int version);

    /** Instances whose work failed with no retries left, or that have an incident, oldest failure first. */
    List<StuckInstance> stuck();

    /**
     * Gives the failed work of the instance with this business key its retries back, so it runs again now, against
     * the latest rules where the model asks for them.
     *
     * @return the number of jobs that will run again; 0 when the instance is not stuck
     */
    int retry(String businessKey);
}
