package com.souk.workflow;

import com.souk.common.BusinessRuleException;
import java.util.List;
import java.util.Map;

/** A model that may not be deployed (422); the problems name the file and the element. */
public class ModelRejectedException extends BusinessRuleException {

    private final List<ModelProblem> problems;

    public ModelRejectedException(List<ModelProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public ModelRejectedException(String file, String element, String message) {
        this(List.of(new ModelProblem(file, element, message)));
    }

    public List<ModelProblem> problems() {
        return problems;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("problems", problems);
    }

    private static String summary(List<ModelProblem> problems) {
        if (problems.isEmpty()) {
            return "The model was refused.";
        }
        ModelProblem first = problems.get(0);
        String text = first.file() + ": " + first.element() + ": " + first.message();
        return problems.size() == 1 ? text : text + " (and " + (problems.size() - 1) + " more problems)";
    }
}
