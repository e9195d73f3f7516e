package com.souk.workflow.validation;

import java.util.Set;
import java.util.TreeSet;
import org.w3c.dom.Element;

/** Every job task names a job type some handler in Souk does; otherwise the order waits at that task forever. */
final class JobTypes {

    private final Set<String> known;

    JobTypes(Set<String> known) {
        this.known = new TreeSet<>(known);
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
            }
        }
    }
}
