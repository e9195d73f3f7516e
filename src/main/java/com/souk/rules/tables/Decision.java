package com.souk.rules.tables;

import java.util.List;

/**
 * One decision of a DMN file as an analyst reads it: a decision table (hit policy, input and output columns, one rule
 * per row) or, for a decision that is a single expression, that expression and no table.
 */
public record Decision(String id, String name, String hitPolicy, String aggregation, List<Input> inputs,
        List<Output> outputs, List<Rule> rules, String expression) {

    public Decision {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        rules = List.copyOf(rules);
    }

    /** A column of the table, input or output. */
    public sealed interface Column permits Input, Output {
        String id();

        /** What the column header says. */
        String title();
    }

    /** An input column: what it shows, the FEEL expression it tests and the type of that expression. */
    public record Input(String id, String label, String expression, String type) implements Column {
        /** The label, or the expression where the column has none. */
        public String title() {
            return label == null || label.isBlank() ? expression : label;
        }
    }

    /** An output column: what it shows, the result's name and type. */
    public record Output(String id, String label, String name, String type) implements Column {
        public String title() {
            return label == null || label.isBlank() ? name : label;
        }
    }

    /** A row: one cell per input (conditions), one per output (results), and the analyst's description. */
    public record Rule(String id, int position, List<String> inputEntries, List<String> outputEntries,
            String description) {
        public Rule {
            inputEntries = List.copyOf(inputEntries);
            outputEntries = List.copyOf(outputEntries);
        }
    }

    /** False for a decision given as one literal expression instead of a table. */
    public boolean table() {
        return expression == null;
    }

    /** The hit policy with its aggregation, as DMN names them: {@code FIRST}, {@code COLLECT (SUM)}. */
    public String hitPolicyName() {
        return HitPolicy.name(hitPolicy, aggregation);
    }

    /** The hit policy in words. */
    public String hitPolicyExplained() {
        return HitPolicy.explain(hitPolicy, aggregation);
    }

    /** The text of the rule's cell in the input column with this id; null when the table has no such column. */
    public String inputCell(Rule rule, String inputId) {
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i).id().equals(inputId)) {
                return i < rule.inputEntries().size() ? rule.inputEntries().get(i) : "";
            }
        }
        return null;
    }

    /** The text of the rule's cell in the output column with this id; null when the table has no such column. */
    public String outputCell(Rule rule, String outputId) {
        for (int i = 0; i < outputs.size(); i++) {
            if (outputs.get(i).id().equals(outputId)) {
                return i < rule.outputEntries().size() ? rule.outputEntries().get(i) : "";
            }
        }
        return null;
    }
}
