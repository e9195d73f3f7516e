package com.souk.workflow.camunda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.souk.workflow.OnCamunda;
import com.souk.workflow.RunningProcesses;
import com.souk.workflow.StuckInstance;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.ProcessDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What runs on the cluster, read through its search API (which follows the engine by a moment): instances per
 * version, where they wait, and incidents. A Souk instance's business key is its {@code orderId} variable.
 */
@OnCamunda
@Component
class CamundaRunningProcesses implements RunningProcesses {

    static final String BUSINESS_KEY_VARIABLE = "orderId";
    static final int RETRIES = 3;
    static final int PAGE = 200;

    private final CamundaClient client;
    private final ObjectMapper json;

    CamundaRunningProcesses(CamundaClient client, ObjectMapper json) {
        this.client = client;
        this.json = json;
    }

    @Override
    public Map<Integer, Long> byVersion(String processKey) {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        for (ProcessDefinition definition : definitions(processKey)) {
            Long running = ClusterCalls.send("count the running instances of " + processKey,
                    client.newProcessInstanceSearchRequest().filter(f -> f.processDefinitionKey(
                            definition.getProcessDefinitionKey()).state(ProcessInstanceState.ACTIVE))
                            .page(p -> p.limit(1))).page().totalItems();
            if (running != null && running > 0) {
                counts.put(definition.getVersion(), running);
            }
        }
        return counts;
    }

    @Override
    public Map<String, Long> waitingAt(String processKey, int version) {
        Map<String, Long> waiting = new LinkedHashMap<>();
        definitions(processKey).stream().filter(d -> d.getVersion() == version).findFirst().ifPresent(d ->
                ClusterCalls.send("count where instances of " + processKey + " wait",
                        client.newProcessDefinitionElementStatisticsRequest(d.getProcessDefinitionKey()))
                        .forEach(s -> {
                            if (s.getActive() != null && s.getActive() > 0) {
                                waiting.put(s.getElementId(), s.getActive());
                            }
                        }));
        return waiting;
    }

    @Override
    public List<StuckInstance> stuck() {
        List<StuckInstance> stuck = new ArrayList<>();
        for (Incident incident : ClusterCalls.send("list the open incidents", client.newIncidentSearchRequest()
                .filter(f -> f.state(IncidentState.ACTIVE)).sort(s -> s.creationTime().asc())
                .page(p -> p.limit(PAGE))).items()) {
            int version = definitionVersion(incident.getProcessDefinitionKey());
            stuck.add(new StuckInstance(businessKey(incident.getProcessInstanceKey()).orElse(null),
                    String.valueOf(incident.getProcessInstanceKey()), incident.getProcessDefinitionId(), version,
                    incident.getElementId(), incident.getElementId(), incident.getErrorMessage(),
                    incident.getCreationTime() == null ? null : incident.getCreationTime().toInstant()));
        }
        return stuck;
    }

    @Override
    public int retry(String businessKey) {
        int again = 0;
        for (Incident incident : ClusterCalls.send("list the open incidents", client.newIncidentSearchRequest()
                .filter(f -> f.state(IncidentState.ACTIVE)).page(p -> p.limit(PAGE))).items()) {
            if (!businessKey.equals(businessKey(incident.getProcessInstanceKey()).orElse(null))) {
                continue;
            }
            if (incident.getJobKey() != null) {
                ClusterCalls.send("give job " + incident.getJobKey() + " its retries back",
                        client.newUpdateRetriesCommand(incident.getJobKey()).retries(RETRIES));
                again++;
            }
            ClusterCalls.send("resolve incident " + incident.getIncidentKey(),
                    client.newResolveIncidentCommand(incident.getIncidentKey()));
        }
        return again;
    }

    private List<ProcessDefinition> definitions(String processKey) {
        return ClusterCalls.send("list the versions of " + processKey, client.newProcessDefinitionSearchRequest()
                .filter(f -> f.processDefinitionId(processKey)).sort(s -> s.version().asc())
                .page(p -> p.limit(PAGE))).items();
    }

    private int definitionVersion(Long definitionKey) {
        if (definitionKey == null) {
            return 0;
        }
        return ClusterCalls.send("read process definition " + definitionKey,
                client.newProcessDefinitionGetRequest(definitionKey)).getVersion();
    }

    private Optional<String> businessKey(Long processInstanceKey) {
        if (processInstanceKey == null) {
            return Optional.empty();
        }
        return ClusterCalls.send("read the order of instance " + processInstanceKey, client.newVariableSearchRequest()
                        .filter(f -> f.processInstanceKey(processInstanceKey).name(BUSINESS_KEY_VARIABLE))
                        .page(p -> p.limit(1)))
                .items().stream().findFirst().map(v -> text(v.getValue()));
    }

    private String text(String jsonValue) {
        try {
            Object value = json.readValue(jsonValue, Object.class);
            return value == null ? null : value.toString();
        } catch (JsonProcessingException notJson) {
            return jsonValue;
        }
    }
}
