package com.souk.workflow.models;

import com.souk.common.NotFoundException;
import com.souk.workflow.DeployedModel;
import com.souk.workflow.JobHandler;
import com.souk.workflow.ModelDeployments;
import com.souk.workflow.ModelFile;
import com.souk.workflow.ModelKind;
import com.souk.workflow.ModelProblem;
import com.souk.workflow.ModelRejectedException;
import com.souk.workflow.ModelVersion;
import com.souk.workflow.ProcessContract;
import com.souk.workflow.ValidationReport;
import com.souk.workflow.validation.HeaderRules;
import com.souk.workflow.validation.ModelValidator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deployment on whichever engine runs: every file is validated against what is deployed, the engine deploys it, and
 * Souk records each new version with the file as uploaded, who deployed it and why.
 */
@Service
class RecordedModelDeployments implements ModelDeployments {

    /** Analysts' deployments: a deployment name apart from the bundled one, so a restart does not override them. */
    static final String ANALYST_DEPLOYMENT = "souk-rules";
    static final String BUNDLED_DEPLOYMENT = "souk";
    static final String BUNDLED_BY = "souk";

    private static final List<String> KINDS = List.of(ModelKind.PROCESS, ModelKind.DECISION, ModelKind.FORM);

    private final EngineRepository engine;
    private final ModelRecords records;
    private final ModelValidator validator;
    private final Clock clock;

    RecordedModelDeployments(EngineRepository engine, ModelRecords records, List<JobHandler> handlers,
            List<ProcessContract> contracts, Clock clock) {
        this.engine = engine;
        this.records = records;
        Map<String, Set<String>> jobOutputs = new LinkedHashMap<>();
        for (JobHandler handler : handlers) {
            jobOutputs.computeIfAbsent(handler.type(), type -> new LinkedHashSet<>()).addAll(handler.outputs());
        }
        Map<String, HeaderRules> headers = new LinkedHashMap<>();
        for (JobHandler handler : handlers) {
            headers.put(handler.type(), new HeaderRules(handler.headerValues(), handler.requiredHeaders()));
        }
        this.validator = new ModelValidator(jobOutputs, headers, contracts);
        this.clock = clock;
    }

    @Override
    public List<DeployedModel> deployed() {
        return engine.latest();
    }

    @Override
    public List<ModelVersion> versions(String key) {
        for (String kind : KINDS) {
            List<DeployedModel> versions = engine.versions(kind, key);
            if (!versions.isEmpty()) {
                return versions.stream().map(this::describe).toList();
            }
        }
        return List.of();
    }

    @Override
    public Optional<ModelFile> file(String key, int version) {
        for (String kind : KINDS) {
            Optional<ModelRecords.Row> row = records.version(kind, key, version);
            if (row.isPresent()) {
                return row.map(r -> ModelFile.of(r.fileName(), r.content()));
            }
            if (!engine.versions(kind, key).isEmpty()) {
                return engine.storedFile(kind, key, version);
            }
        }
        return Optional.empty();
    }

    @Override
    public ValidationReport validate(ModelFile file) {
        return new ValidationReport(validator.validate(file, deployedFiles()));
    }

    @Override
    @Transactional
    public List<DeployedModel> deploy(ModelFile file, String user, String comment) {
        return deploy(file, user, comment, ModelVersion.DEPLOYED, null, null);
    }

    @Override
    @Transactional
    public List<DeployedModel> rollback(String key, int toVersion, String user, String comment) {
        ModelFile file = file(key, toVersion).orElseThrow(() -> new NotFoundException(versions(key).isEmpty()
                ? "There is no model " + key + "."
                : "Version " + toVersion + " of " + key + " does not exist or Souk did not keep its file."));
        return deploy(file, user, comment, ModelVersion.ROLLED_BACK, key, toVersion);
    }

    private List<DeployedModel> deploy(ModelFile file, String user, String comment, String action, String rolledBack,
            Integer toVersion) {
        List<ModelProblem> problems = validator.validate(file, deployedFiles());
        if (!problems.isEmpty()) {
            throw new ModelRejectedException(problems);
        }
        List<DeployedModel> deployed = engine.deploy(ANALYST_DEPLOYMENT, List.of(file), false);
        for (DeployedModel model : deployed) {
            // A Camunda 8 cluster answers an unchanged file with the version it has: nothing new to record.
            if (!records.has(model.kind(), model.key(), model.version())) {
                record(model, file, user, comment, action, model.key().equals(rolledBack) ? toVersion : null);
            }
        }
        return deployed;
    }

    /**
     * Deploys Souk's own bpmn/ and forms/ at start-up, all together; unchanged files make no new versions. Versions
     * made by a bundle are recorded once, also when an earlier Souk deployed them before it kept records.
     *
     * @throws IllegalStateException listing every problem when a bundled file does not pass validation
     */
    @Transactional
    public List<DeployedModel> deployBundle(List<ModelFile> files) {
        List<ModelProblem> problems = validator.validateAll(files);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The bundled models do not pass validation:\n" + problems.stream()
                    .map(p -> p.file() + ": " + p.element() + ": " + p.message()).collect(Collectors.joining("\n")));
        }
        Map<String, ModelFile> byName = files.stream()
                .collect(Collectors.toMap(ModelFile::name, f -> f, (a, b) -> a, LinkedHashMap::new));
        List<DeployedModel> deployed = engine.deploy(BUNDLED_DEPLOYMENT, files, true);
        for (DeployedModel model : deployed) {
            ModelFile file = byName.get(model.resource());
            if (file != null && !records.has(model.kind(), model.key(), model.version())) {
                record(model, file, BUNDLED_BY, "Bundled with Souk (bpmn/ and forms/)", ModelVersion.BUNDLED, null);
            }
        }
        return deployed;
    }

    /** The latest file of every deployed model, as uploaded where Souk kept it. */
    List<ModelFile> deployedFiles() {
        Map<String, ModelFile> files = new LinkedHashMap<>();
        for (DeployedModel model : engine.latest()) {
            Optional<ModelFile> file = records.version(model.kind(), model.key(), model.version())
                    .map(r -> ModelFile.of(r.fileName(), r.content()))
                    .or(() -> engine.storedFile(model.kind(), model.key(), model.version()));
            file.ifPresent(f -> files.putIfAbsent(f.name() + "/" + f.hash(), f));
        }
        return new ArrayList<>(files.values());
    }

    private void record(DeployedModel model, ModelFile file, String user, String comment, String action,
            Integer rolledBackTo) {
        records.insert(new ModelRecords.Row(model.kind(), model.key(), model.name(), model.version(), file.name(),
                file.text(), file.hash(), model.deployment(), user, clock.instant(), comment, action, rolledBackTo));
    }

    private ModelVersion describe(DeployedModel model) {
        Optional<ModelRecords.Row> row = records.version(model.kind(), model.key(), model.version());
        if (row.isPresent()) {
            ModelRecords.Row r = row.get();
            return new ModelVersion(r.kind(), r.key(), model.name(), r.fileName(), r.version(), r.deployedAt(),
                    r.deployedBy(), r.comment(), r.action(), r.rolledBackTo(), true);
        }
        return new ModelVersion(model.kind(), model.key(), model.name(), model.resource(), model.version(),
                model.deployedAt(), null, null, ModelVersion.UNRECORDED, null, !ModelKind.PROCESS.equals(model.kind()));
    }
}
