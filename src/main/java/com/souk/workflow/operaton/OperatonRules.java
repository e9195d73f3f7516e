package com.souk.workflow.operaton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.souk.workflow.DeployedModel;
import com.souk.workflow.ModelRejectedException;
import com.souk.workflow.Rules;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.repository.DecisionDefinition;
import org.operaton.bpm.engine.repository.Deployment;
import org.operaton.bpm.engine.repository.DeploymentBuilder;
import org.operaton.bpm.engine.repository.ProcessDefinition;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.dmn.Dmn;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Analysts' deployments on the embedded engine. A BPMN file is translated like the ones in bpmn/, against the
 * decisions deployed now; files go into a deployment of their own so a restart does not overwrite them with bpmn/.
 */
@Component
class OperatonRules implements Rules {

    static final String DEPLOYMENT_NAME = "souk-rules";

    private final RepositoryService repository;
    private final CorrelationKeys correlationKeys;
    private final C8ModelTranslator translator;
    private final ObjectMapper json = new ObjectMapper();

    OperatonRules(RepositoryService repository, CorrelationKeys correlationKeys,
            @Value("${souk.history-time-to-live:P180D}") String historyTimeToLive) {
        this.repository = repository;
        this.correlationKeys = correlationKeys;
        this.translator = new C8ModelTranslator(historyTimeToLive);
    }

    @Override
    public List<DeployedModel> deployed() {
        List<DeployedModel> models = new ArrayList<>();
        for (ProcessDefinition p : repository.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionKey()
                .asc().list()) {
            models.add(new DeployedModel("process", p.getKey(), p.getName(), p.getResourceName(), p.getVersion(),
                    p.getDeploymentId(), deployedAt(p.getDeploymentId())));
        }
        for (DecisionDefinition d : repository.createDecisionDefinitionQuery().latestVersion()
                .orderByDecisionDefinitionKey().asc().list()) {
            models.add(new DeployedModel("decision", d.getKey(), d.getName(), d.getResourceName(), d.getVersion(),
                    d.getDeploymentId(), deployedAt(d.getDeploymentId())));
        }
        models.addAll(forms());
        return models;
    }

    @Override
    public List<DeployedModel> deploy(String fileName, byte[] content) {
        DeploymentBuilder deployment = repository.createDeployment().name(DEPLOYMENT_NAME).source("analyst upload");
        try {
            if (fileName.endsWith(".bpmn")) {
                TranslatedModel translated = translator.translate(fileName, new ByteArrayInputStream(content),
                        deployedDecisionOutputs());
                deployment.addString(fileName, Bpmn.convertToString(translated.model()));
                Deployment done = deployment.deploy();
                correlationKeys.register(translated.correlationVariableByMessage());
                return of(done);
            }
            if (fileName.endsWith(".dmn")) {
                Dmn.readModelFromStream(new ByteArrayInputStream(content));
            } else if (fileName.endsWith(".form")) {
                checkForm(fileName, content);
            } else {
                throw new ModelRejectedException(fileName + ": only .bpmn, .dmn and .form files can be deployed.");
            }
            deployment.addString(fileName, new String(content, StandardCharsets.UTF_8));
            return of(deployment.deploy());
        } catch (ModelTranslationException e) {
            throw new ModelRejectedException(e.getMessage());
        } catch (ProcessEngineException | org.operaton.bpm.model.xml.ModelException e) {
            throw new ModelRejectedException(fileName + ": " + e.getMessage());
        }
    }

    /** Forms have no definition query here: count each .form file's deployments to give it a version. */
    private List<DeployedModel> forms() {
        Map<String, DeployedModel> latest = new java.util.TreeMap<>();
        for (Deployment d : repository.createDeploymentQuery().orderByDeploymentTime().asc().list()) {
            for (String resource : repository.getDeploymentResourceNames(d.getId())) {
                if (resource.endsWith(".form")) {
                    DeployedModel before = latest.get(resource);
                    String key = resource.replaceAll(".*/", "").replace(".form", "");
                    latest.put(resource, new DeployedModel("form", key, key, resource,
                            before == null ? 1 : before.version() + 1, d.getId(),
                            d.getDeploymentTime() == null ? null : d.getDeploymentTime().toInstant()));
                }
            }
        }
        return List.copyOf(latest.values());
    }

    private void checkForm(String fileName, byte[] content) {
        try {
            JsonNode form = json.readTree(content);
            if (!form.hasNonNull("id") || !form.has("components")) {
                throw new ModelRejectedException(fileName + ": a form needs an \"id\" and \"components\".");
            }
        } catch (java.io.IOException e) {
            throw new ModelRejectedException(fileName + ": not valid JSON (" + e.getMessage() + ")");
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

    private List<DeployedModel> of(Deployment deployment) {
        return deployed().stream().filter(m -> m.deployment().equals(deployment.getId())).toList();
    }

    private java.time.Instant deployedAt(String deploymentId) {
        Deployment d = repository.createDeploymentQuery().deploymentId(deploymentId).singleResult();
        return d == null || d.getDeploymentTime() == null ? null : d.getDeploymentTime().toInstant();
    }
}
