package com.souk.workflow.operaton;

import java.util.HashMap;
import java.util.Map;
import org.operaton.bpm.model.dmn.DmnModelInstance;
import org.operaton.bpm.model.dmn.instance.Decision;
import org.operaton.bpm.model.dmn.instance.DecisionTable;

/** How many outputs each decision table has: the translator maps a one-output result differently from a row. */
final class DecisionOutputs {

    private DecisionOutputs() {
    }

    static Map<String, Integer> of(DmnModelInstance model) {
        Map<String, Integer> counts = new HashMap<>();
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            if (decision.getExpression() instanceof DecisionTable table) {
                counts.put(decision.getId(), table.getOutputs().size());
            }
        }
        return counts;
    }
}
