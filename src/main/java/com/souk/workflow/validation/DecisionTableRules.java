package com.souk.workflow.validation;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.feel.syntaxtree.ArithmeticNegation;
import org.camunda.feel.syntaxtree.ConstBool;
import org.camunda.feel.syntaxtree.ConstNumber;
import org.camunda.feel.syntaxtree.ConstString;
import org.camunda.feel.syntaxtree.Exp;

/**
 * The shape of each decision table: a hit policy and aggregation both engines know, known types, one entry per
 * input and output in every rule, and output cells whose literal fits the output's type.
 */
final class DecisionTableRules {

    static final List<String> HIT_POLICIES = List.of("UNIQUE", "FIRST", "PRIORITY", "ANY", "COLLECT", "RULE ORDER",
            "OUTPUT ORDER");
    static final List<String> AGGREGATIONS = List.of("SUM", "MIN", "MAX", "COUNT");
    static final List<String> TYPES = List.of("string", "number", "boolean", "date", "time", "dateTime",
            "dayTimeDuration", "yearMonthDuration", "Any", "integer", "long", "double");

    private static final Set<String> NUMBERS = Set.of("number", "integer", "long", "double");

    private DecisionTableRules() {
    }

    /**
     * Hit policies and aggregations the schema does not allow. The model API refuses such a file without naming the
     * table, so these are checked on the DOM first, and the schema check is left out when they fail.
     */
    static void hitPolicies(ParsedModel model, Findings findings) {
        for (DmnDecision decision : DmnDecision.all(model.name(), model.root())) {
            DmnDecision.Table table = decision.table();
            if (table == null) {
                continue;
            }
            if (table.hitPolicy() != null && !HIT_POLICIES.contains(table.hitPolicy())) {
                findings.add(table.id(), "The hit policy \"" + table.hitPolicy() + "\" of decision " + decision.label()
                        + " is not one DMN knows; use one of " + String.join(", ", HIT_POLICIES)
                        + " (FIRST takes the first matching rule).");
            }
            if (table.aggregation() != null && !AGGREGATIONS.contains(table.aggregation())) {
                findings.add(table.id(), "The aggregation \"" + table.aggregation() + "\" of decision "
                        + decision.label() + " is not one DMN knows; use one of " + String.join(", ", AGGREGATIONS)
                        + ", or none to get the list of results.");
            }
        }
    }

    static void check(ParsedModel model, Findings findings) {
        for (DmnDecision decision : DmnDecision.all(model.name(), model.root())) {
            if (decision.table() != null) {
                table(decision, decision.table(), findings);
            }
        }
    }

    private static void table(DmnDecision decision, DmnDecision.Table table, Findings findings) {
        String hitPolicy = table.hitPolicy() == null ? "UNIQUE" : table.hitPolicy();
        if (table.aggregation() != null && !"COLLECT".equals(hitPolicy)) {
            findings.add(table.id(), "The aggregation \"" + table.aggregation() + "\" works only with the hit policy"
                    + " COLLECT, but decision " + decision.label() + " has " + hitPolicy + "; choose COLLECT or"
                    + " remove the aggregation.");
        }
        for (DmnDecision.Input input : table.inputs()) {
            if (!known(input.typeRef())) {
                findings.add(input.id(), typeMessage("input '" + FeelTexts.label(input) + "'", input.typeRef()));
            }
        }
        for (DmnDecision.Output output : table.outputs()) {
            if (!known(output.typeRef())) {
                findings.add(output.id(), typeMessage("output '" + outputName(output) + "'", output.typeRef()));
            }
        }
        for (DmnDecision.Rule rule : table.rules()) {
            entries(rule, rule.inputEntries().size(), table.inputs().size(), "input", findings);
            entries(rule, rule.outputEntries().size(), table.outputs().size(), "output", findings);
            for (int i = 0; i < Math.min(rule.outputEntries().size(), table.outputs().size()); i++) {
                literalType(table.outputs().get(i), rule.outputEntries().get(i), findings);
            }
        }
    }

    private static void entries(DmnDecision.Rule rule, int entries, int columns, String kind, Findings findings) {
        if (entries != columns) {
            findings.add(rule.id(), "The rule has " + entries + " " + kind + " " + (entries == 1 ? "entry" : "entries")
                    + " but the table has " + columns + " " + kind + (columns == 1 ? "" : "s") + "; every rule needs"
                    + " one " + kind + " entry per " + kind + (kind.equals("input") ? " (- for any value)." : "."));
        }
    }

    private static void literalType(DmnDecision.Output output, DmnDecision.Cell entry, Findings findings) {
        String expected = family(output.typeRef());
        if (expected == null || entry.text().isEmpty()) {
            return;
        }
        Feel.Parsed parsed = Feel.expression(entry.text());
        String actual = parsed.ok() ? literal(parsed.tree()) : null;
        if (actual != null && !actual.equals(expected)) {
            String hint = switch (expected) {
                case "number" -> "write a number without quotes, such as 500";
                case "boolean" -> "write true or false without quotes";
                default -> "put text in double quotes, such as \"P5D\"";
            };
            findings.add(entry.id(), "The output '" + outputName(output) + "' is of type " + output.typeRef()
                    + ", but the cell \"" + entry.text() + "\" is a " + actual + "; " + hint + ".");
        }
    }

    /** string, number or boolean for a literal of that kind; null for anything else (null, an expression). */
    private static String literal(Exp tree) {
        if (tree instanceof ConstString) {
            return "string";
        }
        if (tree instanceof ConstNumber || tree instanceof ArithmeticNegation n && n.x() instanceof ConstNumber) {
            return "number";
        }
        return tree instanceof ConstBool ? "boolean" : null;
    }

    private static String family(String typeRef) {
        if (typeRef == null) {
            return null;
        }
        String type = typeRef.toLowerCase(Locale.ROOT);
        if (NUMBERS.contains(type)) {
            return "number";
        }
        return type.equals("string") || type.equals("boolean") ? type : null;
    }

    private static boolean known(String typeRef) {
        return typeRef == null || TYPES.stream().anyMatch(t -> t.equalsIgnoreCase(typeRef));
    }

    private static String typeMessage(String what, String typeRef) {
        return "The type \"" + typeRef + "\" of " + what + " is not one the engines know; use one of "
                + String.join(", ", TYPES) + ".";
    }

    private static String outputName(DmnDecision.Output output) {
        return output.name() != null ? output.name() : output.label() != null ? output.label() : output.id();
    }
}
