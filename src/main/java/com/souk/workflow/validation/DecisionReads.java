package com.souk.workflow.validation;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The variables a decision reads from the process, each with the element that reads it (an input, an output, a
 * literal expression): names in its input expressions, input entries and output entries, and those of the decisions
 * it requires. The results of required decisions are the decision's own, not the process's.
 */
final class DecisionReads {

    private DecisionReads() {
    }

    /** Variable name to the id of the first element that reads it, in document order. */
    static Map<String, String> of(DmnDecision decision, ModelSet set) {
        Map<String, String> reads = new LinkedHashMap<>();
        collect(decision, set, new HashSet<>(), reads);
        return reads;
    }

    private static void collect(DmnDecision decision, ModelSet set, Set<String> visited, Map<String, String> reads) {
        if (!visited.add(decision.id())) {
            return;
        }
        Set<String> bound = new HashSet<>();
        for (String requiredId : decision.required()) {
            set.decision(requiredId).ifPresent(required -> {
                bound.add(required.id());
                if (required.table() != null) {
                    required.table().outputs().forEach(o -> bound.add(o.name()));
                }
                collect(required, set, visited, reads);
            });
        }
        Map<String, String> own = new LinkedHashMap<>();
        if (decision.literal() != null) {
            add(Feel.expression(decision.literal().text()), decision.literal().id(), own);
        }
        DmnDecision.Table table = decision.table();
        if (table != null) {
            table.inputs().forEach(input -> add(Feel.expression(input.expression()), input.id(), own));
            for (DmnDecision.Rule rule : table.rules()) {
                cells(rule.inputEntries(), true, own);
                cells(rule.outputEntries(), false, own);
            }
        }
        own.forEach((name, reader) -> {
            if (!bound.contains(name)) {
                reads.putIfAbsent(name, reader);
            }
        });
    }

    private static void cells(List<DmnDecision.Cell> cells, boolean tests, Map<String, String> own) {
        for (DmnDecision.Cell cell : cells) {
            if (!cell.text().isEmpty()) {
                add(tests ? Feel.unaryTests(cell.text()) : Feel.expression(cell.text()), cell.id(), own);
            }
        }
    }

    private static void add(Feel.Parsed parsed, String reader, Map<String, String> reads) {
        if (parsed.ok()) {
            FeelNames.read(parsed.tree()).forEach(name -> reads.putIfAbsent(name, reader));
        }
    }
}
