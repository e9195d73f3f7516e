package com.souk.workflow;

import java.util.List;

/** What validating a model file found; valid when nothing. */
public record ValidationReport(List<ModelProblem> problems) {

    public ValidationReport {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
