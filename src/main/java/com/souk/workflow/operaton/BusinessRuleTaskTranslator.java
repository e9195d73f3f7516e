package com.souk.workflow.operaton;

import java.util.Map;

import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.BusinessRuleTask;
import org.operaton.bpm.model.xml.instance.DomElement;

/** Turns zeebe:calledDecision into an Operaton DMN reference with a result mapping fitting the decision. */
final class BusinessRuleTaskTranslator {

  private BusinessRuleTaskTranslator() {
  }

  static void translate(String resource, BpmnModelInstance model, Map<String, Integer> decisionOutputCounts) {
    for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
      DomElement called = Zeebe.take(resource, task, "calledDecision").orElseThrow(() ->
          ModelTranslationException.at(resource, task,
              "has no zeebe:calledDecision; only DMN business rule tasks are supported on the embedded engine"));
      String decisionId = Zeebe.attribute(called, "decisionId").orElseThrow(() ->
          ModelTranslationException.at(resource, task, "zeebe:calledDecision has no decisionId"));
      decisionId = FeelValues.requireLiteral(resource, task, "zeebe:calledDecision decisionId", decisionId);
      String resultVariable = Zeebe.attribute(called, "resultVariable").orElseThrow(() ->
          ModelTranslationException.at(resource, task, "zeebe:calledDecision has no resultVariable"));

      task.setOperatonDecisionRef(decisionId);
      task.setOperatonDecisionRefBinding(Bindings.toOperaton(resource, task, "zeebe:calledDecision",
          Zeebe.attribute(called, "bindingType").orElse(null)));
      task.setOperatonResultVariable(resultVariable);
      task.setOperatonMapDecisionResult(resultMapping(resource, task, decisionId, decisionOutputCounts.get(decisionId)));
    }
  }

  /**
   * Zeebe stores a one-output decision as the bare value and a multi-output one as a context,
   * which Operaton reproduces with singleEntry and singleResult respectively.
   */
  private static String resultMapping(String resource, BusinessRuleTask task, String decisionId, Integer outputs) {
    if (outputs == null) {
      throw ModelTranslationException.at(resource, task, "decision '" + decisionId
          + "' is unknown: no output count was supplied for it, so the result mapping cannot be chosen");
    }
    if (outputs == 1) {
      return "singleEntry";
    }
    if (outputs > 1) {
      return "singleResult";
    }
    throw ModelTranslationException.at(resource, task,
        "decision '" + decisionId + "' has " + outputs + " outputs; at least one is required");
  }
}
