package com.souk.workflow.validation;

import com.souk.workflow.ModelFile;
import com.souk.workflow.ModelKind;
import com.souk.workflow.ModelProblem;
import com.souk.workflow.ProcessContract;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks model files before any engine sees them, for both engines, every upload and the start-up deployment: that
 * they parse, are Camunda 8 models Souk can run, and fit Souk's job handlers, messages, decisions, forms and
 * variables. Problems name the file and the element, in a stable order.
 */
public final class ModelValidator {

    private final FileChecks checks;
    private final DecisionCallers callers;

    /**
     * @param jobOutputsByType every job type Souk has a handler for, with the variables the handler sets
     * @param contracts        the variables Souk gives each process it starts
     */
    public ModelValidator(Map<String, Set<String>> jobOutputsByType, Collection<? extends ProcessContract> contracts) {
        this(jobOutputsByType, Map.of(), contracts);
    }

    /**
     * @param headersByType what each job type's handler reads from its task's headers
     */
    public ModelValidator(Map<String, Set<String>> jobOutputsByType, Map<String, HeaderRules> headersByType,
            Collection<? extends ProcessContract> contracts) {
        Map<String, Set<String>> outputs = new LinkedHashMap<>();
        jobOutputsByType.forEach((type, names) -> outputs.put(type, Set.copyOf(names)));
        Map<String, ProcessContract> byProcess = new LinkedHashMap<>();
        contracts.forEach(c -> byProcess.putIfAbsent(c.processId(), c));
        this.checks = new FileChecks(Collections.unmodifiableMap(outputs), Map.copyOf(headersByType),
                Collections.unmodifiableMap(byProcess));
        this.callers = new DecisionCallers(checks.variables());
    }

    /**
     * Checks one uploaded file against what is deployed now. The upload takes the place of every deployed file of
     * the same name or defining one of the same keys (process, decision or form ids); the rest is its context.
     *
     * @param deployed the latest file of every deployed model (processes, decisions, forms) as uploaded
     */
    public List<ModelProblem> validate(ModelFile upload, Collection<ModelFile> deployed) {
        ParsedModel candidate = ParsedModel.read(upload);
        Set<String> keys = candidate.keys();
        List<ParsedModel> together = new ArrayList<>();
        List<ParsedModel> replaced = new ArrayList<>();
        for (ModelFile file : deployed) {
            ParsedModel other = ParsedModel.read(file);
            boolean sameKind = file.kind() != null && file.kind().equals(upload.kind());
            boolean sharesKey = sameKind && other.keys().stream().anyMatch(keys::contains);
            (file.name().equals(upload.name()) || sharesKey ? replaced : together).add(other);
        }
        together.add(candidate);
        ModelSet set = new ModelSet(together);
        FileChecks.Outcome outcome = checks.check(candidate, set);
        if (outcome.read() && ModelKind.DECISION.equals(upload.kind())) {
            callers.check(candidate, replaced, set, outcome.findings());
        }
        return outcome.findings().list();
    }

    /** Checks files deployed together, such as bpmn/ and forms/ at start-up, each against the others. */
    public List<ModelProblem> validateAll(Collection<ModelFile> files) {
        List<ParsedModel> models = files.stream().map(ParsedModel::read).toList();
        ModelSet set = new ModelSet(models);
        List<ModelProblem> problems = new ArrayList<>();
        for (ParsedModel model : models) {
            problems.addAll(checks.check(model, set).findings().list());
        }
        return problems;
    }
}
