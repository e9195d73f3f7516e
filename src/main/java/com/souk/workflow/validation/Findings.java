package com.souk.workflow.validation;

import com.souk.workflow.ModelProblem;
import java.util.ArrayList;
import java.util.List;

/** The problems found in one file, in the order the checks found them. */
final class Findings {

    private final String file;
    private final List<ModelProblem> problems = new ArrayList<>();

    Findings(String file) {
        this.file = file;
    }

    void add(String element, String message) {
        problems.add(new ModelProblem(file, element, message));
    }

    boolean any() {
        return !problems.isEmpty();
    }

    /** Whether a problem already names this element, so a later check that would say the same again can stay quiet. */
    boolean names(String element) {
        return problems.stream().anyMatch(p -> p.element().equals(element));
    }

    List<ModelProblem> list() {
        return List.copyOf(problems);
    }
}
