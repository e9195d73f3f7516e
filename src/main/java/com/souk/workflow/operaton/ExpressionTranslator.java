package com.souk.workflow.operaton;

import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.ConditionExpression;
import org.operaton.bpm.model.bpmn.instance.SequenceFlow;
import org.operaton.bpm.model.bpmn.instance.TimerEventDefinition;
import org.operaton.bpm.model.xml.instance.ModelElementInstance;

/** Rewrites sequence flow conditions and timer values from Camunda 8 FEEL into what Operaton evaluates. */
final class ExpressionTranslator {

  static final String FEEL_LANGUAGE = "feel";

  private ExpressionTranslator() {
  }

  static void translate(String resource, BpmnModelInstance model) {
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      ConditionExpression condition = flow.getConditionExpression();
      if (condition != null) {
        translateCondition(resource, flow, condition);
      }
    }
    for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
      ModelElementInstance event = timer.getParentElement();
      translateTimerValue(resource, event, "timeDate", timer.getTimeDate());
      translateTimerValue(resource, event, "timeDuration", timer.getTimeDuration());
      translateTimerValue(resource, event, "timeCycle", timer.getTimeCycle());
    }
  }

  /**
   * Conditions stay FEEL and run through the FEEL script engine, because rewriting arbitrary FEEL
   * into JUEL cannot be done faithfully.
   */
  private static void translateCondition(String resource, SequenceFlow flow, ConditionExpression condition) {
    String text = condition.getTextContent() == null ? "" : condition.getTextContent().strip();
    if (!FeelValues.isExpression(text)) {
      throw ModelTranslationException.at(resource, flow, "condition '" + text
          + "' does not start with '='; Camunda 8 conditions must be FEEL expressions");
    }
    String feel = FeelValues.expressionBody(text);
    if (feel.isEmpty()) {
      throw ModelTranslationException.at(resource, flow, "condition '=' is empty");
    }
    condition.setLanguage(FEEL_LANGUAGE);
    condition.setTextContent(feel);
  }

  private static void translateTimerValue(
      String resource, ModelElementInstance event, String kind, ModelElementInstance value) {
    if (value == null) {
      return;
    }
    String text = value.getTextContent() == null ? "" : value.getTextContent().strip();
    if (text.isEmpty()) {
      throw ModelTranslationException.at(resource, event, "timer " + kind + " is empty");
    }
    value.setTextContent(FeelValues.toLiteralOrJuel(resource, event, "timer " + kind, text));
  }
}
