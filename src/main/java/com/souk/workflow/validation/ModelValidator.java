package com.souk.workflow.validation;

import com.souk.workflow.ModelFile;
import com.souk.workflow.ModelProblem;
import com.souk.workflow.ProcessContract;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Checks model files before any engine sees them. Placeholder: the full rule set follows.
 */
public final class ModelValidator {

    private final Set<String> jobTypes;
    private final List<ProcessContract> contracts;

    public ModelValidator(Set<String> jobTypes, Collection<? extends ProcessContract> contracts) {
        this.jobTypes = Set.copyOf(jobTypes);
        this.contracts = List.copyOf(contracts);
    }

    /**
     * Checks one uploaded file against what is deployed now.
     *
     * @param deployed the latest file of every deployed model (processes, decisions, forms) as uploaded; a file of
     *                 the same name as the upload is replaced by it
     */
    public List<ModelProblem> validate(ModelFile file, Collection<ModelFile> deployed) {
        List<ModelFile> together = new ArrayList<>();
        for (ModelFile other : deployed) {
            if (!other.name().equals(file.name())) {
                together.add(other);
            }
        }
        together.add(file);
        return check(file, together);
    }

    /** Checks files deployed together, such as bpmn/ and forms/ at start-up, each against the others. */
    public List<ModelProblem> validateAll(Collection<ModelFile> files) {
        List<ModelProblem> problems = new ArrayList<>();
        for (ModelFile file : files) {
            problems.addAll(check(file, files));
        }
        return problems;
    }

    private List<ModelProblem> check(ModelFile file, Collection<ModelFile> together) {
        if (file.kind() == null) {
            return List.of(new ModelProblem(file.name(), "file", "only .bpmn, .dmn and .form files can be deployed"));
        }
        return List.of();
    }
}
