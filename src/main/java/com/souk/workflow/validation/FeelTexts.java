package com.souk.workflow.validation;

import com.souk.workflow.ModelKind;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Every FEEL text parses: in a process the conditions, timers and zeebe attributes written as {@code =expression};
 * in a decision table every input expression, input entry (unary tests) and output entry.
 */
final class FeelTexts {

    private FeelTexts() {
    }

    static void check(ParsedModel model, Findings findings) {
        if (ModelKind.PROCESS.equals(model.kind())) {
            process(model.root(), findings);
        } else {
            DmnDecision.all(model.name(), model.root()).forEach(decision -> decision(decision, findings));
        }
    }

    private static void process(Element root, Findings findings) {
        for (Element condition : Dom.all(root, Dom.BPMN, "conditionExpression")) {
            String text = Dom.text(condition);
            String flow = Dom.owningId(condition);
            if (!Feel.isExpression(text)) {
                findings.add(flow, "The condition \"" + text + "\" is not a FEEL expression; in Camunda 8 a condition"
                        + " starts with '=', such as =amountMinor > 1000.");
            } else {
                zeebe(flow, "The condition", text, findings);
            }
        }
        for (String kind : new String[] {"timeDate", "timeDuration", "timeCycle"}) {
            for (Element timer : Dom.all(root, Dom.BPMN, kind)) {
                String text = Dom.text(timer);
                if (Feel.isExpression(text)) {
                    zeebe(Dom.owningId(timer.getParentNode().getParentNode()), "The timer " + kind, text, findings);
                }
            }
        }
        for (Element element : Dom.elements(root)) {
            if (!Dom.ZEEBE.equals(element.getNamespaceURI())) {
                continue;
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                if (Feel.isExpression(attribute.getValue())) {
                    zeebe(Dom.owningId(element), "zeebe:" + element.getLocalName() + " " + attribute.getName(),
                            attribute.getValue(), findings);
                }
            }
        }
    }

    private static void zeebe(String element, String what, String text, Findings findings) {
        Feel.Parsed parsed = Feel.zeebeExpression(text);
        if (!parsed.ok()) {
            findings.add(element, what + " \"" + text.strip() + "\" is not valid FEEL: " + parsed.error()
                    + ". Write a FEEL expression after the '=', such as =orderId or =amountMinor > 1000.");
        }
    }

    private static void decision(DmnDecision decision, Findings findings) {
        if (decision.literal() != null) {
            expression(decision.literal().id(), "The literal expression", decision.literal().text(), findings);
        }
        DmnDecision.Table table = decision.table();
        if (table == null) {
            return;
        }
        for (DmnDecision.Input input : table.inputs()) {
            if (input.expression().isEmpty()) {
                findings.add(input.id(), "The input '" + label(input) + "' has no expression; write the variable it"
                        + " reads, such as category.");
            } else {
                expression(input.id(), "The input expression", input.expression(), findings);
            }
        }
        for (DmnDecision.Rule rule : table.rules()) {
            for (DmnDecision.Cell entry : rule.inputEntries()) {
                Feel.Parsed parsed = entry.text().isEmpty() ? null : Feel.unaryTests(entry.text());
                if (parsed != null && !parsed.ok()) {
                    findings.add(entry.id(), "The input cell \"" + entry.text() + "\" is not a valid FEEL test: "
                            + parsed.error() + ". Write - for any value, a value such as \"books\" or 3, a"
                            + " comparison such as > 1000, or a range such as [1..5].");
                }
            }
            for (DmnDecision.Cell entry : rule.outputEntries()) {
                if (!entry.text().isEmpty()) {
                    expression(entry.id(), "The output cell", entry.text(), findings);
                }
            }
        }
    }

    private static void expression(String element, String what, String text, Findings findings) {
        Feel.Parsed parsed = Feel.expression(text);
        if (!parsed.ok()) {
            findings.add(element, what + " \"" + text + "\" is not valid FEEL: " + parsed.error()
                    + ". Write a FEEL value such as 500 or \"P5D\" (text in double quotes), or an expression such as"
                    + " amountMinor * 0.05.");
        }
    }

    static String label(DmnDecision.Input input) {
        return input.label() == null ? input.id() : input.label();
    }
}
