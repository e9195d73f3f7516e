package com.souk.workflow.validation;

import com.souk.workflow.ModelKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * A new version of a DMN file must still fit the deployed processes that call its decisions: every variable its
 * decisions read is there at the calling task, and each decision keeps its number of outputs, because the process
 * stores one output as the bare value and several as a context, and the translation chose that when it deployed.
 */
final class DecisionCallers {

    private final VariableFlow variables;

    DecisionCallers(VariableFlow variables) {
        this.variables = variables;
    }

    void check(ParsedModel upload, List<ParsedModel> replaced, ModelSet set, Findings findings) {
        Map<String, DmnDecision> uploaded = decisions(List.of(upload));
        Map<String, DmnDecision> previous = decisions(replaced);
        for (ParsedModel process : set.models()) {
            if (!process.is(ModelKind.PROCESS)) {
                continue;
            }
            for (Element called : Dom.all(process.root(), Dom.ZEEBE, "calledDecision")) {
                DmnDecision now = uploaded.get(Dom.attr(called, "decisionId"));
                DmnDecision before = now == null ? null : previous.get(now.id());
                if (before != null && Dom.attr(called, "resultVariable") != null
                        && before.outputCount() != now.outputCount()) {
                    findings.add(now.table() == null ? now.id() : now.table().id(), "Decision " + now.label()
                            + " had " + outputs(before.outputCount()) + " and now has " + outputs(now.outputCount())
                            + ", but " + process.name() + " stores its result in '" + Dom.attr(called, "resultVariable")
                            + "' at " + Dom.describe(BpmnElements.owner(called)) + " as "
                            + (before.outputCount() == 1 ? "the bare value" : "a context of the outputs")
                            + ", so the process would read it wrongly. Keep " + outputs(before.outputCount())
                            + ", or give the decision a new id.");
                }
            }
            for (VariableFlow.Gap gap : variables.gaps(process, set)) {
                if (gap.decision() != null && gap.decision().file().equals(upload.name())) {
                    findings.add(gap.reader(), "Decision " + gap.decision().label() + " reads '" + gap.variable()
                            + "', but " + process.name() + " calls it at " + gap.what().replaceFirst("^The ", "")
                            + ", where the process does not always have '" + gap.variable() + "'. It has there: "
                            + gap.hasText() + ".");
                }
            }
        }
    }

    private static Map<String, DmnDecision> decisions(List<ParsedModel> models) {
        Map<String, DmnDecision> byId = new LinkedHashMap<>();
        for (ParsedModel model : models) {
            if (model.is(ModelKind.DECISION)) {
                DmnDecision.all(model.name(), model.root()).forEach(d -> byId.putIfAbsent(d.id(), d));
            }
        }
        return byId;
    }

    private static String outputs(int count) {
        return count + (count == 1 ? " output" : " outputs");
    }
}
