package com.souk.workflow.validation;

import java.util.List;
import org.w3c.dom.Element;

/** Every decision a business rule task calls and every form a user task shows is in the upload or deployed. */
final class CalledDecisions {

    private CalledDecisions() {
    }

    static void check(ParsedModel model, ModelSet set, Findings findings) {
        for (Element called : Dom.all(model.root(), Dom.ZEEBE, "calledDecision")) {
            String decisionId = Dom.attr(called, "decisionId");
            Element task = BpmnElements.owner(called);
            if (decisionId != null && !Feel.isExpression(decisionId) && set.decision(decisionId).isEmpty()) {
                findings.add(Dom.owningId(task), "The " + Dom.describe(task) + " calls decision \"" + decisionId
                        + "\", which is neither in this file nor deployed. Deploy its .dmn first, or call one of: "
                        + list(set.decisionIds()) + ".");
            }
        }
        for (Element form : Dom.all(model.root(), Dom.ZEEBE, "formDefinition")) {
            String formId = Dom.attr(form, "formId");
            Element task = BpmnElements.owner(form);
            if (formId != null && !Feel.isExpression(formId) && set.form(formId).isEmpty()) {
                findings.add(Dom.owningId(task), "The " + Dom.describe(task) + " shows form \"" + formId
                        + "\", which is not deployed. Deploy its .form first, or use one of: " + list(set.formIds())
                        + ".");
            }
        }
    }

    private static String list(List<String> ids) {
        return ids.isEmpty() ? "(none deployed)" : String.join(", ", ids);
    }
}
