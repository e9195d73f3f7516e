package com.souk.workflow.operaton;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.repository.DeploymentBuilder;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.dmn.Dmn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys bpmn/ and forms/ at start-up: decision tables and forms as they are, process models after
 * translation from Camunda 8 flavour. Unchanged files do not make a new version (duplicate filtering).
 */
@Component
@Order(0)
class ModelDeployer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);

    private final RepositoryService repository;
    private final CorrelationKeys correlationKeys;
    private final C8ModelTranslator translator;
    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    ModelDeployer(RepositoryService repository, CorrelationKeys correlationKeys,
            @Value("${souk.history-time-to-live:P180D}") String historyTimeToLive) {
        this.repository = repository;
        this.correlationKeys = correlationKeys;
        this.translator = new C8ModelTranslator(historyTimeToLive);
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        deploy(load("classpath*:bpmn/*.dmn"), load("classpath*:bpmn/*.bpmn"), load("classpath*:forms/*.form"));
    }

    /** A file by name and content. */
    record ModelFile(String name, byte[] content) {
    }

    String deploy(List<ModelFile> decisions, List<ModelFile> processes, List<ModelFile> forms) {
        DeploymentBuilder deployment = repository.createDeployment().name("souk").enableDuplicateFiltering(true);
        Map<String, Integer> outputs = new HashMap<>();
        for (ModelFile dmn : decisions) {
            outputs.putAll(DecisionOutputs.of(Dmn.readModelFromStream(new ByteArrayInputStream(dmn.content()))));
            deployment.addString(dmn.name(), new String(dmn.content(), StandardCharsets.UTF_8));
        }
        for (ModelFile bpmn : processes) {
            TranslatedModel translated = translator.translate(bpmn.name(),
                    new ByteArrayInputStream(bpmn.content()), outputs);
            correlationKeys.register(translated.correlationVariableByMessage());
            deployment.addString(bpmn.name(), Bpmn.convertToString(translated.model()));
        }
        for (ModelFile form : forms) {
            deployment.addString(form.name(), new String(form.content(), StandardCharsets.UTF_8));
        }
        String id = deployment.deploy().getId();
        log.info("Deployed {} process, {} decision and {} form files (deployment {})", processes.size(),
                decisions.size(), forms.size(), id);
        return id;
    }

    private List<ModelFile> load(String pattern) throws IOException {
        List<ModelFile> files = new ArrayList<>();
        for (Resource resource : resources.getResources(pattern)) {
            try (InputStream in = resource.getInputStream()) {
                files.add(new ModelFile(resource.getFilename(), in.readAllBytes()));
            }
        }
        files.sort((a, b) -> a.name().compareTo(b.name()));
        return files;
    }
}
