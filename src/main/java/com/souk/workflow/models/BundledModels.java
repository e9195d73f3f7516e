package com.souk.workflow.models;

import com.souk.workflow.ModelFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** Deploys bpmn/ and forms/ at start-up, after validating them; unchanged files make no new versions. */
@Component
@Order(0)
class BundledModels implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BundledModels.class);

    private final RecordedModelDeployments deployments;

    BundledModels(RecordedModelDeployments deployments) {
        this.deployments = deployments;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        List<ModelFile> files = load();
        var deployed = deployments.deployBundle(files);
        log.info("Bundled models: {} files, deployment holds {} models", files.size(), deployed.size());
    }

    /** Decisions first, then processes, then forms, each sorted by name. */
    static List<ModelFile> load() throws IOException {
        List<ModelFile> files = new ArrayList<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        for (String pattern : List.of("classpath*:bpmn/*.dmn", "classpath*:bpmn/*.bpmn", "classpath*:forms/*.form")) {
            List<ModelFile> some = new ArrayList<>();
            for (Resource resource : resolver.getResources(pattern)) {
                try (InputStream in = resource.getInputStream()) {
                    some.add(new ModelFile(resource.getFilename(), in.readAllBytes()));
                }
            }
            some.sort(Comparator.comparing(ModelFile::name));
            files.addAll(some);
        }
        return files;
    }
}
