package com.souk.workflow.operaton;

import java.util.Set;

import org.operaton.bpm.engine.impl.history.HistoryLevel;
import org.operaton.bpm.engine.impl.history.event.HistoryEventType;
import org.operaton.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * The engine's history level for Souk: process instances (start, end, how they ended) and user tasks (who did
 * what, and that a task was completed, which the agent desk asks), but not every activity a process passes.
 * Souk keeps each order's timeline itself, and the benchmark measured the activity rows of "activity" level at a
 * quarter of a purchase's CPU time. Incidents stay in the runtime tables as always.
 */
final class InstancesAndTasksHistory implements HistoryLevel {

    static final String NAME = "instances-and-tasks";
    /** Operaton's own levels are 0 to 3; custom levels need ids of their own. */
    static final int ID = 21;

    private static final Set<HistoryEventTypes> PRODUCED = Set.of(
            HistoryEventTypes.PROCESS_INSTANCE_START, HistoryEventTypes.PROCESS_INSTANCE_UPDATE,
            HistoryEventTypes.PROCESS_INSTANCE_MIGRATE, HistoryEventTypes.PROCESS_INSTANCE_END,
            HistoryEventTypes.TASK_INSTANCE_CREATE, HistoryEventTypes.TASK_INSTANCE_UPDATE,
            HistoryEventTypes.TASK_INSTANCE_MIGRATE, HistoryEventTypes.TASK_INSTANCE_COMPLETE,
            HistoryEventTypes.TASK_INSTANCE_DELETE);

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        return eventType instanceof HistoryEventTypes type && PRODUCED.contains(type);
    }
}
