package com.souk.rules.tables;

import static com.souk.rules.tables.SafeXml.attribute;
import static com.souk.rules.tables.SafeXml.child;
import static com.souk.rules.tables.SafeXml.childText;
import static com.souk.rules.tables.SafeXml.children;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/** Reads the decisions of a DMN 1.1, 1.2 or 1.3 file (as Camunda Modeler saves them) into readable tables. */
public final class DmnTables {

    /** The model namespaces of DMN 1.1, 1.2 and 1.3. */
    static final Set<String> NAMESPACES = Set.of(
            "http://www.omg.org/spec/DMN/20151101/dmn.xsd",
            "http://www.omg.org/spec/DMN/20180521/MODEL/",
            "https://www.omg.org/spec/DMN/20191111/MODEL/");

    private DmnTables() {
    }

    /** @throws UnreadableModelException when the text is not XML or not DMN 1.1–1.3 */
    public static DecisionFile read(String xml) {
        Element definitions = SafeXml.parse(xml).getDocumentElement();
        if (!"definitions".equals(definitions.getLocalName())
                || !NAMESPACES.contains(definitions.getNamespaceURI())) {
            throw new UnreadableModelException("the file is not DMN 1.1, 1.2 or 1.3: its root element is "
                    + definitions.getTagName() + " in namespace " + definitions.getNamespaceURI());
        }
        List<Decision> decisions = new ArrayList<>();
        for (Element decision : children(definitions, "decision")) {
            decisions.add(decision(decision));
        }
        return new DecisionFile(decisions);
    }

    private static Decision decision(Element decision) {
        String id = attribute(decision, "id");
        String name = attribute(decision, "name");
        Element table = child(decision, "decisionTable");
        if (table == null) {
            Element literal = child(decision, "literalExpression");
            String text = literal == null ? null : childText(literal, "text");
            return new Decision(id, name, null, null, List.of(), List.of(), List.of(), text == null ? "" : text);
        }
        List<Decision.Input> inputs = new ArrayList<>();
        for (Element input : children(table, "input")) {
            Element expression = child(input, "inputExpression");
            inputs.add(new Decision.Input(attribute(input, "id"), attribute(input, "label"),
                    expression == null ? "" : text(childText(expression, "text")),
                    expression == null ? null : attribute(expression, "typeRef")));
        }
        List<Decision.Output> outputs = new ArrayList<>();
        for (Element output : children(table, "output")) {
            outputs.add(new Decision.Output(attribute(output, "id"), attribute(output, "label"),
                    attribute(output, "name"), attribute(output, "typeRef")));
        }
        List<Decision.Rule> rules = new ArrayList<>();
        for (Element rule : children(table, "rule")) {
            rules.add(new Decision.Rule(attribute(rule, "id"), rules.size() + 1, entries(rule, "inputEntry"),
                    entries(rule, "outputEntry"), childText(rule, "description")));
        }
        return new Decision(id, name, attribute(table, "hitPolicy"), attribute(table, "aggregation"), inputs,
                outputs, rules, null);
    }

    private static List<String> entries(Element rule, String kind) {
        return children(rule, kind).stream().map(e -> text(childText(e, "text"))).toList();
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
