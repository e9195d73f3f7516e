package com.souk.workflow.validation;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * One decision of a DMN file as written, read from the DOM so that a file the model API refuses can still be
 * named cell by cell: its table (or literal expression), inputs, outputs and rules, and the decisions it requires.
 */
record DmnDecision(String file, String id, String name, Table table, Cell literal, List<String> required) {

    /** A decision table: null for a decision that is a literal expression. */
    record Table(String id, String hitPolicy, String aggregation, List<Input> inputs, List<Output> outputs,
            List<Rule> rules) {
    }

    record Input(String id, String label, String expressionId, String expression, String typeRef) {
    }

    record Output(String id, String name, String label, String typeRef) {
    }

    record Rule(String id, List<Cell> inputEntries, List<Cell> outputEntries) {
    }

    /** An input entry, output entry or literal expression: its id and FEEL text. */
    record Cell(String id, String text) {
    }

    /** Every decision of a DMN document, in document order. */
    static List<DmnDecision> all(String file, Element definitions) {
        List<DmnDecision> decisions = new ArrayList<>();
        for (Element decision : Dom.children(definitions, "decision")) {
            Table table = Dom.child(decision, "decisionTable").map(DmnDecision::table).orElse(null);
            Cell literal = Dom.child(decision, "literalExpression")
                    .map(e -> new Cell(Dom.owningId(e), Dom.text(Dom.child(e, "text").orElse(null)))).orElse(null);
            List<String> required = new ArrayList<>();
            for (Element requirement : Dom.children(decision, "informationRequirement")) {
                Dom.child(requirement, "requiredDecision").map(r -> Dom.attr(r, "href"))
                        .ifPresent(href -> required.add(href.startsWith("#") ? href.substring(1) : href));
            }
            decisions.add(new DmnDecision(file, Dom.attr(decision, "id"), Dom.attr(decision, "name"), table, literal,
                    required));
        }
        return decisions;
    }

    /** How the analyst sees the decision: its name and id. */
    String label() {
        return name == null || name.equals(id) ? "\"" + id + "\"" : "\"" + id + "\" ('" + name + "')";
    }

    int outputCount() {
        return table == null ? 1 : table.outputs().size();
    }

    private static Table table(Element table) {
        List<Input> inputs = new ArrayList<>();
        for (Element input : Dom.children(table, "input")) {
            Element expression = Dom.child(input, "inputExpression").orElse(null);
            inputs.add(new Input(Dom.owningId(input), Dom.attr(input, "label"),
                    expression == null ? null : Dom.attr(expression, "id"),
                    expression == null ? "" : Dom.text(Dom.child(expression, "text").orElse(null)),
                    expression == null ? null : Dom.attr(expression, "typeRef")));
        }
        List<Output> outputs = new ArrayList<>();
        for (Element output : Dom.children(table, "output")) {
            outputs.add(new Output(Dom.owningId(output), Dom.attr(output, "name"), Dom.attr(output, "label"),
                    Dom.attr(output, "typeRef")));
        }
        List<Rule> rules = new ArrayList<>();
        for (Element rule : Dom.children(table, "rule")) {
            rules.add(new Rule(Dom.owningId(rule), cells(rule, "inputEntry"), cells(rule, "outputEntry")));
        }
        return new Table(Dom.owningId(table), Dom.attr(table, "hitPolicy"), Dom.attr(table, "aggregation"), inputs,
                outputs, rules);
    }

    private static List<Cell> cells(Element rule, String localName) {
        List<Cell> cells = new ArrayList<>();
        for (Element entry : Dom.children(rule, localName)) {
            cells.add(new Cell(Dom.owningId(entry), Dom.text(Dom.child(entry, "text").orElse(null))));
        }
        return cells;
    }
}
