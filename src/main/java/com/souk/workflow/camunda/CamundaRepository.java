package com.souk.workflow.camunda;

import com.souk.workflow.DeployedModel;
import com.souk.workflow.ModelFile;
import com.souk.workflow.ModelKind;
import com.souk.workflow.ModelRejectedException;
import com.souk.workflow.OnCamunda;
import com.souk.workflow.models.EngineRepository;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1;
import io.camunda.client.api.response.Decision;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.search.response.ProcessDefinition;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Deployments on the cluster: every file goes in as it is, Camunda 8 flavour being what the models are written in.
 * The cluster leaves an unchanged resource at its version, so a restart that deploys bpmn/ and forms/ again makes
 * new versions only of what changed. Definitions are read back through the search API; forms have no search there,
 * so the form versions this node deployed are kept (the workbench's own records keep every version for good).
 */
@OnCamunda
@Component
class CamundaRepository implements EngineRepository {

    static final int PAGE = 1000;

    private final CamundaClient client;
    private final Clock clock;
    private final List<DeployedModel> formsDeployedHere = new CopyOnWriteArrayList<>();

    CamundaRepository(CamundaClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    @Override
    public List<DeployedModel> latest() {
        List<DeployedModel> models = new ArrayList<>();
        ClusterCalls.send("list the latest processes", client.newProcessDefinitionSearchRequest()
                        .filter(f -> f.isLatestVersion(true)).sort(s -> s.processDefinitionId().asc())
                        .page(p -> p.limit(PAGE)))
                .items().forEach(p -> models.add(process(p)));
        Map<String, DeployedModel> decisions = new TreeMap<>();
        allDecisions().forEach(d -> decisions.merge(d.key(), d, (a, b) -> a.version() >= b.version() ? a : b));
        models.addAll(decisions.values());
        Map<String, DeployedModel> forms = new TreeMap<>();
        formsDeployedHere.forEach(f -> forms.merge(f.key(), f, (a, b) -> a.version() >= b.version() ? a : b));
        models.addAll(forms.values());
        return models;
    }

    @Override
    public List<DeployedModel> versions(String kind, String key) {
        return switch (kind) {
            case ModelKind.PROCESS -> ClusterCalls.send("list the versions of " + key,
                            client.newProcessDefinitionSearchRequest().filter(f -> f.processDefinitionId(key))
                                    .sort(s -> s.version().desc()).page(p -> p.limit(PAGE)))
                    .items().stream().map(this::process).toList();
            case ModelKind.DECISION -> ClusterCalls.send("list the versions of " + key,
                            client.newDecisionDefinitionSearchRequest().filter(f -> f.decisionDefinitionId(key))
                                    .sort(s -> s.version().desc()).page(p -> p.limit(PAGE)))
                    .items().stream().map(d -> decision(d, null)).toList();
            case ModelKind.FORM -> formsDeployedHere.stream().filter(f -> f.key().equals(key))
                    .sorted(Comparator.comparingInt(DeployedModel::version).reversed()).toList();
            default -> List.of();
        };
    }

    @Override
    public List<DeployedModel> deploy(String deploymentName, List<ModelFile> files, boolean skipUnchanged) {
        if (files.isEmpty()) {
            return List.of();
        }
        DeployResourceCommandStep1 command = client.newDeployResourceCommand();
        DeployResourceCommandStep1.DeployResourceCommandStep2 withFiles = null;
        for (ModelFile file : files) {
            withFiles = withFiles == null ? command.addResourceBytes(file.content(), file.name())
                    : withFiles.addResourceBytes(file.content(), file.name());
        }
        DeploymentEvent deployed;
        try {
            deployed = ClusterCalls.send("deploy " + files.stream().map(ModelFile::name)
                    .collect(Collectors.joining(", ")), withFiles);
        } catch (IllegalStateException refused) {
            // Validation ran first, so this is the cluster refusing what validation let through; say so, by file.
            throw new ModelRejectedException(files.size() == 1 ? files.get(0).name() : deploymentName, "definitions",
                    "the cluster refused the deployment: " + refused.getMessage());
        }
        return models(deployed);
    }

    @Override
    public Optional<ModelFile> storedFile(String kind, String key, int version) {
        return switch (kind) {
            case ModelKind.PROCESS -> ClusterCalls.send("find version " + version + " of " + key,
                            client.newProcessDefinitionSearchRequest()
                                    .filter(f -> f.processDefinitionId(key).version(version)))
                    .items().stream().findFirst().map(p -> ModelFile.of(p.getResourceName(), ClusterCalls.send(
                            "read the XML of " + key, client.newProcessDefinitionGetXmlRequest(
                                    p.getProcessDefinitionKey()))));
            case ModelKind.DECISION -> ClusterCalls.send("find version " + version + " of " + key,
                            client.newDecisionDefinitionSearchRequest()
                                    .filter(f -> f.decisionDefinitionId(key).version(version)))
                    .items().stream().findFirst().map(d -> ModelFile.of(d.getDmnDecisionRequirementsId() + ".dmn",
                            ClusterCalls.send("read the XML of " + key, client.newDecisionRequirementsGetXmlRequest(
                                    d.getDecisionRequirementsKey()))));
            default -> Optional.empty();
        };
    }

    private List<DeployedModel> models(DeploymentEvent deployed) {
        String deployment = String.valueOf(deployed.getKey());
        List<DeployedModel> models = new ArrayList<>();
        deployed.getProcesses().forEach(p -> models.add(new DeployedModel(ModelKind.PROCESS, p.getBpmnProcessId(),
                p.getBpmnProcessId(), p.getResourceName(), p.getVersion(), deployment, clock.instant())));
        deployed.getDecisions().forEach(d -> models.add(decision(d, deployment)));
        deployed.getForm().forEach(f -> {
            DeployedModel form = new DeployedModel(ModelKind.FORM, f.getFormId(), f.getFormId(), f.getResourceName(),
                    f.getVersion(), deployment, clock.instant());
            formsDeployedHere.removeIf(known -> known.key().equals(form.key()) && known.version() == form.version());
            formsDeployedHere.add(form);
            models.add(form);
        });
        return models;
    }

    private List<DeployedModel> allDecisions() {
        return ClusterCalls.send("list the decisions", client.newDecisionDefinitionSearchRequest()
                        .sort(s -> s.decisionDefinitionId().asc()).page(p -> p.limit(PAGE)))
                .items().stream().map(d -> decision(d, null)).toList();
    }

    private DeployedModel process(ProcessDefinition p) {
        return new DeployedModel(ModelKind.PROCESS, p.getProcessDefinitionId(),
                p.getName() == null ? p.getProcessDefinitionId() : p.getName(), p.getResourceName(), p.getVersion(),
                String.valueOf(p.getProcessDefinitionKey()), null);
    }

    private DeployedModel decision(Decision d, String deployment) {
        return new DeployedModel(ModelKind.DECISION, d.getDmnDecisionId(),
                d.getDmnDecisionName() == null ? d.getDmnDecisionId() : d.getDmnDecisionName(),
                d.getDmnDecisionRequirementsId() + ".dmn", d.getVersion(),
                deployment == null ? String.valueOf(d.getDecisionRequirementsKey()) : deployment,
                deployment == null ? null : clock.instant());
    }
}
