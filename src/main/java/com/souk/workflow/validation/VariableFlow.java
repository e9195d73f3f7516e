package com.souk.workflow.validation;

import com.souk.workflow.ProcessContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.w3c.dom.Element;

/**
 * Every variable a decision, a condition, a timer or a correlation key reads is one the process definitely has at
 * that point, by {@link ProcessFlow}: set by Souk at the start and with each message, by decisions' result
 * variables, by job handlers and by the fields of a task's form.
 */
final class VariableFlow {

    private final Map<String, Set<String>> jobOutputs;
    private final Map<String, ProcessContract> contracts;

    VariableFlow(Map<String, Set<String>> jobOutputs, Map<String, ProcessContract> contracts) {
        this.jobOutputs = jobOutputs;
        this.contracts = contracts;
    }

    /**
     * A variable read where the process may not have it. For a decision's read, {@code decision} is the decision
     * and {@code reader} the element in it that reads the variable.
     */
    record Gap(String element, String what, String variable, Set<String> has, DmnDecision decision, String reader) {

        String hasText() {
            return has.isEmpty() ? "nothing yet" : String.join(", ", has);
        }
    }

    void check(ParsedModel model, ModelSet set, Findings findings) {
        for (Gap gap : gaps(model, set)) {
            String reads = gap.decision() == null ? gap.what() + " reads '" + gap.variable() + "'"
                    : gap.what() + " calls decision " + gap.decision().label() + ", which reads '" + gap.variable()
                            + "' (" + gap.reader() + " in " + gap.decision().file() + ")";
            findings.add(gap.element(), reads + ", but the process does not always have '" + gap.variable()
                    + "' there. It has: " + gap.hasText() + ".");
        }
    }

    /** Every gap of every process of the file whose variables Souk declares (the others are refused by Messages). */
    List<Gap> gaps(ParsedModel model, ModelSet set) {
        List<Gap> gaps = new ArrayList<>();
        Map<String, Element> byId = Dom.byId(model.root());
        for (Element process : Dom.children(model.root(), "process")) {
            ProcessContract contract = contracts.get(Dom.attr(process, "id"));
            if (contract != null) {
                ProcessFlow flow = new ProcessFlow(process, contract.atStart().always(),
                        node -> sets(node, byId, contract, set));
                decisions(process, flow, set, gaps);
                conditions(process, flow, gaps);
                timers(process, flow, gaps);
                correlationKeys(process, flow, byId, gaps);
            }
        }
        return gaps;
    }

    private Set<String> sets(Element node, Map<String, Element> byId, ProcessContract contract, ModelSet set) {
        Set<String> sets = new TreeSet<>();
        if (BpmnElements.isMessageCatcher(node)) {
            BpmnElements.message(node, byId).map(m -> Dom.attr(m, "name")).map(contract.byMessage()::get)
                    .ifPresent(variables -> sets.addAll(variables.always()));
        }
        Dom.zeebe(node, "calledDecision").map(c -> Dom.attr(c, "resultVariable")).ifPresent(sets::add);
        Dom.zeebe(node, "taskDefinition").map(t -> Dom.attr(t, "type")).map(jobOutputs::get).ifPresent(sets::addAll);
        Dom.zeebe(node, "formDefinition").map(f -> Dom.attr(f, "formId")).flatMap(set::form)
                .ifPresent(form -> sets.addAll(FormRules.definiteFields(form)));
        return sets;
    }

    private static void decisions(Element process, ProcessFlow flow, ModelSet set, List<Gap> gaps) {
        for (Element called : Dom.all(process, Dom.ZEEBE, "calledDecision")) {
            Element task = BpmnElements.owner(called);
            String decisionId = Dom.attr(called, "decisionId");
            Set<String> has = flow.before(Dom.attr(task, "id"));
            DmnDecision decision = decisionId == null ? null : set.decision(decisionId).orElse(null);
            if (has != null && decision != null) {
                DecisionReads.of(decision, set).forEach((variable, reader) -> {
                    if (!has.contains(variable)) {
                        gaps.add(new Gap(Dom.owningId(task), "The " + Dom.describe(task), variable, has, decision,
                                reader));
                    }
                });
            }
        }
    }

    private static void conditions(Element process, ProcessFlow flow, List<Gap> gaps) {
        for (Element sequenceFlow : Dom.all(process, Dom.BPMN, "sequenceFlow")) {
            Element condition = Dom.child(sequenceFlow, "conditionExpression").orElse(null);
            String source = Dom.attr(sequenceFlow, "sourceRef");
            if (condition != null && source != null) {
                reads(Dom.owningId(sequenceFlow), "The condition \"" + Dom.text(condition) + "\" of "
                        + Dom.describe(sequenceFlow), Dom.text(condition), flow.after(source), gaps);
            }
        }
    }

    private static void timers(Element process, ProcessFlow flow, List<Gap> gaps) {
        for (Element timer : Dom.all(process, Dom.BPMN, "timerEventDefinition")) {
            Element event = (Element) timer.getParentNode();
            if (BpmnElements.startsProcess(event)) {
                continue;
            }
            for (String kind : new String[] {"timeDate", "timeDuration", "timeCycle"}) {
                Dom.child(timer, kind).ifPresent(value -> reads(Dom.owningId(event), "The timer " + kind + " \""
                        + Dom.text(value) + "\" of " + Dom.describe(event), Dom.text(value),
                        flow.before(Dom.attr(event, "id")), gaps));
            }
        }
    }

    private static void correlationKeys(Element process, ProcessFlow flow, Map<String, Element> byId, List<Gap> gaps) {
        for (Element catcher : BpmnElements.messageCatchers(process)) {
            if (BpmnElements.startsProcess(catcher)) {
                continue;
            }
            BpmnElements.message(catcher, byId).flatMap(BpmnElements::correlationKey).ifPresent(key -> reads(
                    Dom.owningId(catcher), "The correlation key \"" + key + "\" that " + Dom.describe(catcher)
                            + " waits with", key, flow.before(Dom.attr(catcher, "id")), gaps));
        }
    }

    private static void reads(String element, String what, String text, Set<String> has, List<Gap> gaps) {
        if (has == null || !Feel.isExpression(text)) {
            return;
        }
        Feel.Parsed parsed = Feel.zeebeExpression(text);
        if (parsed.ok()) {
            for (String variable : FeelNames.read(parsed.tree())) {
                if (!has.contains(variable)) {
                    gaps.add(new Gap(element, what, variable, has, null, null));
                }
            }
        }
    }
}
