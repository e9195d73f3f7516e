package com.souk.workflow.operaton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.souk.workflow.DeployedModel;
import com.souk.workflow.ModelFile;
import com.souk.workflow.ModelKind;
import com.souk.workflow.ModelRejectedException;
import com.souk.workflow.OnOperaton;
import com.souk.workflow.models.EngineRepository;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.repository.DecisionDefinition;
import org.operaton.bpm.engine.repository.Deployment;
import org.operaton.bpm.engine.repository.DeploymentBuilder;
import org.operaton.bpm.engine.repository.ProcessDefinition;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.dmn.Dmn;
import org.operaton.bpm.model.xml.ModelException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Deployments on the embedded engine. Decision tables and forms go in as they are; processes are translated from
 * Camunda 8 flavour first, against the decisions deployed now and those deployed with them. Forms have no
 * definition query here, so a form's version counts the deployments that held a form with its id.
 */
@OnOperaton
@Component
class OperatonRepository implements EngineRepository {

    private final RepositoryService repository;
    private final CorrelationKeys correlationKeys;
    private final C8ModelTranslator translator;
    private final ObjectMapper json = new ObjectMapper();
    /** Form ids per deployment; deployments never change, so each is read once. */
    private final Map<String, Map<String, String>> formIdsByDeployment = new ConcurrentHashMap<>();

    OperatonRepository(RepositoryService repository, CorrelationKeys correlationKeys,
            @Value("${souk.history-time-to-live:P180D}") String historyTimeToLive) {
        this.repository = repository;
        this.correlationKeys = correlationKeys;
        this.translator = new C8ModelTranslator(historyTimeToLive);
    }

    @Override
    public List<DeployedModel> latest() {
        List<DeployedModel> models = new ArrayList<>();
        repository.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionKey().asc().list()
                .forEach(p -> models.add(process(p)));
        repository.createDecisionDefinitionQuery().latestVersion().orderByDecisionDefinitionKey().asc().list()
                .forEach(d -> models.add(decision(d)));
        Map<String, DeployedModel> forms = new java.util.TreeMap<>();
        formVersions().forEach(f -> forms.merge(f.key(), f, (a, b) -> a.version() >= b.version() ? a : b));
        models.addAll(forms.values());
        return models;
    }

    @Override
    public List<DeployedModel> versions(String kind, String key) {
        return switch (kind) {
            case ModelKind.PROCESS -> repository.createProcessDefinitionQuery().processDefinitionKey(key)
                    .orderByProcessDefinitionVersion().desc().list().stream().map(this::process).toList();
            case ModelKind.DECISION -> repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                    .orderByDecisionDefinitionVersion().desc().list().stream().map(this::decision).toList();
            case ModelKind.FORM -> formVersions().stream().filter(f -> f.key().equals(key))
                    .sorted(Comparator.comparingInt(DeployedModel::version).reversed()).toList();
            default -> List.of();
        };
    }

    @Override
    public List<DeployedModel> deploy(String deploymentName, List<ModelFile> files, boolean skipUnchanged) {
        try {
            return deployChecked(deploymentName, files, skipUnchanged);
        } catch (ProcessEngineException | ModelException e) {
            // Validation runs first, so this is the engine refusing what validation let through; say so, by file.
            throw new ModelRejectedException(files.size() == 1 ? files.get(0).name() : deploymentName, "definitions",
                    "the engine refused the deployment: " + e.getMessage());
        }
    }

    private List<DeployedModel> deployChecked(String deploymentName, List<ModelFile> files, boolean skipUnchanged) {
        DeploymentBuilder deployment = repository.createDeployment().name(deploymentName).source("souk");
        if (skipUnchanged) {
            // The argument only says whether unchanged files of a changed set are left out; any call turns the
            // filter on, and then an unchanged upload would hand back an earlier deployment as if it were new.
            deployment.enableDuplicateFiltering(true);
        }
        Map<String, Integer> outputs = deployedDecisionOutputs();
        for (ModelFile file : files) {
            if (ModelKind.DECISION.equals(file.kind())) {
                outputs.putAll(DecisionOutputs.of(Dmn.readModelFromStream(new ByteArrayInputStream(file.content()))));
            }
        }
        Map<String, String> correlations = new HashMap<>();
        for (ModelFile file : files) {
            if (ModelKind.PROCESS.equals(file.kind())) {
                TranslatedModel translated = translate(file, outputs);
                correlations.putAll(translated.correlationVariableByMessage());
                deployment.addString(file.name(), Bpmn.convertToString(translated.model()));
            } else {
                deployment.addString(file.name(), file.text());
            }
        }
        Deployment done = deployment.deploy();
        correlationKeys.register(correlations);
        return ofDeployment(done.getId());
    }

    @Override
    public Optional<ModelFile> storedFile(String kind, String key, int version) {
        return versions(kind, key).stream().filter(m -> m.version() == version && !ModelKind.PROCESS.equals(kind))
                .findFirst().map(m -> new ModelFile(m.resource(), resource(m.deployment(), m.resource())));
    }

    private TranslatedModel translate(ModelFile file, Map<String, Integer> outputs) {
        try {
            return translator.translate(file.name(), new ByteArrayInputStream(file.content()), outputs);
        } catch (ModelTranslationException e) {
            throw new ModelRejectedException(file.name(), "definitions", e.getMessage());
        }
    }

    private List<DeployedModel> ofDeployment(String deploymentId) {
        List<DeployedModel> models = new ArrayList<>();
        repository.createProcessDefinitionQuery().deploymentId(deploymentId).list().forEach(p -> models.add(process(p)));
        repository.createDecisionDefinitionQuery().deploymentId(deploymentId).list().forEach(d -> models.add(decision(d)));
        formVersions().stream().filter(f -> f.deployment().equals(deploymentId)).forEach(models::add);
        return models;
    }

    /** Every version of every form, oldest first. */
    private List<DeployedModel> formVersions() {
        Map<String, Integer> versions = new HashMap<>();
        List<DeployedModel> forms = new ArrayList<>();
        for (Deployment d : repository.createDeploymentQuery().orderByDeploymentTime().asc().list()) {
            Instant at = d.getDeploymentTime() == null ? null : d.getDeploymentTime().toInstant();
            formIds(d.getId()).forEach((resource, id) -> forms.add(new DeployedModel(ModelKind.FORM, id, id, resource,
                    versions.merge(id, 1, Integer::sum), d.getId(), at)));
        }
        return forms;
    }

    /** Form ids by resource name. */
    private Map<String, String> formIds(String deploymentId) {
        return formIdsByDeployment.computeIfAbsent(deploymentId, id -> {
            Map<String, String> byResource = new LinkedHashMap<>();
            for (String resource : repository.getDeploymentResourceNames(id)) {
                if (resource.endsWith(".form")) {
                    byResource.put(resource, formId(resource, resource(id, resource)));
                }
            }
            return byResource;
        });
    }

    private String formId(String resource, byte[] content) {
        try {
            JsonNode id = json.readTree(content).get("id");
            return id != null && id.isTextual() ? id.asText() : resource.replaceAll(".*/", "").replace(".form", "");
        } catch (IOException e) {
            return resource.replaceAll(".*/", "").replace(".form", "");
        }
    }

    private byte[] resource(String deploymentId, String resource) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Output counts of the latest version of every deployed decision: the translator picks the result mapping by them. */
    private Map<String, Integer> deployedDecisionOutputs() {
        Map<String, Integer> outputs = new HashMap<>();
        for (DecisionDefinition d : repository.createDecisionDefinitionQuery().latestVersion().list()) {
            Integer count = DecisionOutputs.of(repository.getDmnModelInstance(d.getId())).get(d.getKey());
            if (count != null) {
                outputs.put(d.getKey(), count);
            }
        }
        return outputs;
    }

    private DeployedModel process(ProcessDefinition p) {
        return new DeployedModel(ModelKind.PROCESS, p.getKey(), p.getName(), p.getResourceName(), p.getVersion(),
                p.getDeploymentId(), deployedAt(p.getDeploymentId()));
    }

    private DeployedModel decision(DecisionDefinition d) {
        return new DeployedModel(ModelKind.DECISION, d.getKey(), d.getName(), d.getResourceName(), d.getVersion(),
                d.getDeploymentId(), deployedAt(d.getDeploymentId()));
    }

    private Instant deployedAt(String deploymentId) {
        Deployment d = repository.createDeploymentQuery().deploymentId(deploymentId).singleResult();
        return d == null || d.getDeploymentTime() == null ? null : d.getDeploymentTime().toInstant();
    }
}
