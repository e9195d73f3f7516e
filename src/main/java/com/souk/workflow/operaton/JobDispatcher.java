package com.souk.workflow.operaton;

import com.souk.workflow.Job;
import com.souk.workflow.JobError;
import com.souk.workflow.JobHandler;
import com.souk.workflow.OnOperaton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.operaton.bpm.engine.delegate.BpmnError;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.operaton.bpm.model.bpmn.instance.FlowElement;
import org.operaton.bpm.model.bpmn.instance.operaton.OperatonProperties;
import org.operaton.bpm.model.bpmn.instance.operaton.OperatonProperty;
import org.springframework.stereotype.Component;

/**
 * Every translated service task delegates here; the job type and headers the translation wrote into the
 * task's properties pick the {@link JobHandler}. It runs on the engine's job executor (async before).
 */
@OnOperaton
@Component(JobDispatcher.BEAN_NAME)
class JobDispatcher implements JavaDelegate {

    static final String BEAN_NAME = "soukJobDispatcher";
    static final String TYPE_PROPERTY = "souk.jobType";
    static final String HEADER_PREFIX = "souk.header.";

    private final Map<String, JobHandler> handlers;
    private final Map<String, Map<String, String>> propertiesByElement = new ConcurrentHashMap<>();
    private final MeterRegistry meters;

    JobDispatcher(List<JobHandler> handlers, MeterRegistry meters) {
        this.handlers = handlers.stream().collect(Collectors.toMap(JobHandler::type, Function.identity()));
        this.meters = meters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, String> properties = propertiesByElement.computeIfAbsent(
                execution.getProcessDefinitionId() + "/" + execution.getCurrentActivityId(),
                key -> readProperties(execution.getBpmnModelElementInstance()));
        String type = properties.get(TYPE_PROPERTY);
        JobHandler handler = handlers.get(type);
        if (handler == null) {
            throw new IllegalStateException("no job handler for type '" + type + "' in activity "
                    + execution.getCurrentActivityId());
        }
        Map<String, String> headers = new HashMap<>();
        properties.forEach((name, value) -> {
            if (name.startsWith(HEADER_PREFIX)) {
                headers.put(name.substring(HEADER_PREFIX.length()), value);
            }
        });
        Timer.Sample sample = Timer.start(meters);
        String outcome = "completed";
        try {
            Map<String, Object> result = handler.handle(
                    new Job(type, execution.getProcessInstanceId(), execution.getVariables(), Map.copyOf(headers)));
            if (result != null && !result.isEmpty()) {
                execution.setVariables(result);
            }
        } catch (JobError e) {
            outcome = "bpmn-error";
            throw new BpmnError(e.code(), e.getMessage());
        } catch (RuntimeException e) {
            outcome = "failed";
            throw e;
        } finally {
            sample.stop(meters.timer("souk.jobs", "type", type, "outcome", outcome));
        }
    }

    boolean handles(String type) {
        return handlers.containsKey(type);
    }

    private static Map<String, String> readProperties(FlowElement element) {
        Map<String, String> properties = new HashMap<>();
        if (element == null || element.getExtensionElements() == null) {
            return properties;
        }
        element.getExtensionElements().getElementsQuery().filterByType(OperatonProperties.class).list()
                .forEach(group -> {
                    for (OperatonProperty p : group.getOperatonProperties()) {
                        properties.put(p.getOperatonName(), p.getOperatonValue());
                    }
                });
        return properties;
    }
}
