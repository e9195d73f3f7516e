package com.souk.workflow.operaton;

import com.souk.common.ConflictException;
import com.souk.workflow.OnOperaton;
import com.souk.workflow.RunningProcesses;
import com.souk.workflow.StuckInstance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.jobexecutor.JobExecutor;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.management.ActivityStatistics;
import org.operaton.bpm.engine.repository.ProcessDefinition;
import org.operaton.bpm.engine.runtime.Incident;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * Instances on the embedded engine: counted per version and per element, and the stuck ones, whose job failed with no
 * retries left (the engine then raises a failed-job incident).
 */
@OnOperaton
@Component
class OperatonRunningProcesses implements RunningProcesses {

    static final int RETRIES = 3;

    private final RuntimeService runtime;
    private final ManagementService management;
    private final RepositoryService repository;
    private final ProcessEngine engine;

    OperatonRunningProcesses(RuntimeService runtime, ManagementService management, RepositoryService repository,
            ProcessEngine engine) {
        this.runtime = runtime;
        this.management = management;
        this.repository = repository;
        this.engine = engine;
    }

    @Override
    public Map<Integer, Long> byVersion(String processKey) {
        Map<Integer, Long> counts = new TreeMap<>();
        for (ProcessDefinition p : repository.createProcessDefinitionQuery().processDefinitionKey(processKey).list()) {
            counts.put(p.getVersion(), runtime.createProcessInstanceQuery().processDefinitionId(p.getId()).count());
        }
        return counts;
    }

    @Override
    public Map<String, Long> waitingAt(String processKey, int version) {
        ProcessDefinition p = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .processDefinitionVersion(version).singleResult();
        Map<String, Long> counts = new TreeMap<>();
        if (p != null) {
            for (ActivityStatistics a : management.createActivityStatisticsQuery(p.getId()).list()) {
                counts.put(a.getId(), (long) a.getInstances());
            }
        }
        return counts;
    }

    @Override
    public List<StuckInstance> stuck() {
        Map<String, StuckInstance> byInstance = new LinkedHashMap<>();
        for (Incident incident : runtime.createIncidentQuery().orderByIncidentTimestamp().asc().list()) {
            if (incident.getProcessInstanceId() != null) {
                byInstance.putIfAbsent(incident.getProcessInstanceId(), stuck(incident.getProcessInstanceId(),
                        incident.getProcessDefinitionId(), failedAt(incident), incident.getIncidentMessage(),
                        incident.getIncidentTimestamp()));
            }
        }
        for (Job job : management.createJobQuery().noRetriesLeft().list()) {
            if (job.getProcessInstanceId() != null) {
                byInstance.computeIfAbsent(job.getProcessInstanceId(), id -> stuck(id, job.getProcessDefinitionId(),
                        job.getFailedActivityId(), job.getExceptionMessage(), job.getDuedate()));
            }
        }
        List<StuckInstance> stuck = new ArrayList<>(byInstance.values());
        stuck.sort(Comparator.comparing(StuckInstance::since, Comparator.nullsLast(Comparator.naturalOrder())));
        return stuck;
    }

    @Override
    public int retry(String businessKey) {
        int retried = 0;
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .list()) {
            for (Job job : management.createJobQuery().processInstanceId(instance.getId()).noRetriesLeft().list()) {
                // retries and due date in one command: set one after the other, the job executor could take the job
                // in between and the second update would fail on the job's changed revision
                try {
                    management.setJobRetries(RETRIES).jobId(job.getId())
                            .dueDate(new Date(ClockUtil.getCurrentTime().getTime())).execute();
                } catch (OptimisticLockingException concurrentRetry) {
                    throw new ConflictException("Order " + businessKey + " is being retried already; "
                            + "look at the stuck list again in a moment.");
                }
                retried++;
            }
        }
        if (retried > 0) {
            JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                    .getJobExecutor();
            if (executor != null) {
                executor.jobWasAdded();
            }
        }
        return retried;
    }

    /**
     * Where the work failed: a job runs a chain of steps from where it starts (see JobBoundaries), and the step that
     * failed says more than the first one.
     */
    private static String failedAt(Incident incident) {
        return incident.getFailedActivityId() != null ? incident.getFailedActivityId() : incident.getActivityId();
    }

    private StuckInstance stuck(String instanceId, String definitionId, String elementId, String error, Date since) {
        ProcessDefinition definition = repository.getProcessDefinition(definitionId);
        String businessKey = Optional.ofNullable(runtime.createProcessInstanceQuery().processInstanceId(instanceId)
                .singleResult()).map(ProcessInstance::getBusinessKey).orElse(null);
        ModelElementInstance element = elementId == null ? null
                : repository.getBpmnModelInstance(definitionId).getModelElementById(elementId);
        String elementName = element == null ? null : element.getAttributeValue("name");
        return new StuckInstance(businessKey, instanceId, definition.getKey(), definition.getVersion(), elementId,
                elementName, error, since == null ? null : since.toInstant());
    }
}
