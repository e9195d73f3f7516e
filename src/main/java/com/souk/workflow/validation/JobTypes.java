package com.souk.workflow.validation;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.w3c.dom.Element;

/**
 * Every job task names a job type some handler in Souk does, and gives the headers that handler needs with values it
 * understands; otherwise the order waits at that task forever, or its job fails on every order.
 */
final class JobTypes {

    private final Set<String> known;
    private final Map<String, HeaderRules> headers;

    JobTypes(Set<String> known, Map<String, HeaderRules> headers) {
        this.known = new TreeSet<>(known);
        this.headers = headers;
    }

    void check(ParsedModel model, Findings findings) {
        for (Element definition : Dom.all(model.root(), Dom.ZEEBE, "taskDefinition")) {
            String type = Dom.attr(definition, "type");
            Element task = BpmnElements.owner(definition);
            // A missing type is Camunda 8's own rule, and a FEEL type is refused by the translation; both say so.
            if (type != null && !Feel.isExpression(type) && !known.contains(type)) {
                findings.add(Dom.owningId(task), "The " + Dom.describe(task) + " has job type \"" + type
                        + "\", but nothing in Souk does that job, so orders would wait there forever. Use one of: "
                        + String.join(", ", known) + ".");
            } else if (type != null) {
                checkHeaders(task, type, headers.getOrDefault(type, HeaderRules.NONE), findings);
            }
        }
    }

    private static void checkHeaders(Element task, String type, HeaderRules rules, Findings findings) {
        Map<String, String> given = new java.util.LinkedHashMap<>();
        for (Element header : Dom.all(task, Dom.ZEEBE, "header")) {
            given.put(Dom.attr(header, "key"), Dom.attr(header, "value"));
        }
        for (String required : new TreeSet<>(rules.required())) {
            if (!given.containsKey(required)) {
                findings.add(Dom.owningId(task), "The " + Dom.describe(task) + " (job type \"" + type
                        + "\") has no task header \"" + required + "\", which Souk needs to do that job.");
            }
        }
        given.forEach((key, value) -> {
            Set<String> allowed = rules.values().get(key);
            if (allowed != null && !allowed.contains(value)) {
                findings.add(Dom.owningId(task), "The " + Dom.describe(task) + " has task header " + key + " = \""
                        + value + "\", which the " + type + " job does not understand, so it would fail on every "
                        + "order. Use one of: " + String.join(", ", new TreeSet<>(allowed)) + ".");
            }
        });
    }
}
