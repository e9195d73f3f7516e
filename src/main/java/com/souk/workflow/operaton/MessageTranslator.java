package com.souk.workflow.operaton;

import java.util.HashMap;
import java.util.Map;

import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.Message;
import org.operaton.bpm.model.bpmn.instance.MessageEventDefinition;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.ReceiveTask;
import org.operaton.bpm.model.bpmn.instance.StartEvent;
import org.operaton.bpm.model.bpmn.instance.ThrowEvent;
import org.operaton.bpm.model.xml.instance.DomElement;
import org.operaton.bpm.model.xml.instance.ModelElementInstance;

/**
 * Strips zeebe:subscription and reports each message's correlation variable, because Operaton
 * correlates on variables supplied by the caller rather than on a key stored in the model.
 */
final class MessageTranslator {

  private MessageTranslator() {
  }

  static Map<String, String> translate(String resource, BpmnModelInstance model) {
    Map<String, String> variableByMessage = new HashMap<>();
    for (Message message : model.getModelElementsByType(Message.class)) {
      String name = message.getName();
      if (name != null && FeelValues.isExpression(name)) {
        throw ModelTranslationException.at(resource, message, "message name '" + name.strip()
            + "' is a FEEL expression; the embedded engine needs a literal message name");
      }
      Zeebe.take(resource, message, "subscription").ifPresent(subscription ->
          recordCorrelation(resource, message, subscription, variableByMessage));
    }
    for (MessageEventDefinition definition : model.getModelElementsByType(MessageEventDefinition.class)) {
      ModelElementInstance event = definition.getParentElement();
      if (event instanceof ThrowEvent) {
        throw ModelTranslationException.at(resource, event,
            "message throw events are not supported on the embedded engine; use a sendTask with a zeebe:taskDefinition");
      }
      requireCorrelation(resource, event, definition.getMessage(), variableByMessage, !isProcessStart(event));
    }
    for (ReceiveTask task : model.getModelElementsByType(ReceiveTask.class)) {
      requireCorrelation(resource, task, task.getMessage(), variableByMessage, true);
    }
    return variableByMessage;
  }

  private static void recordCorrelation(
      String resource, Message message, DomElement subscription, Map<String, String> variableByMessage) {
    String key = Zeebe.attribute(subscription, "correlationKey").orElse(null);
    if (key == null) {
      return;
    }
    if (message.getName() == null || message.getName().isBlank()) {
      throw ModelTranslationException.at(resource, message, "has a correlationKey but no name to correlate by");
    }
    String variable = FeelValues.variableName(key).orElseThrow(() ->
        ModelTranslationException.at(resource, message, "zeebe:subscription correlationKey '" + key
            + "' is not a plain =variable; only a single process variable can be correlated on"));
    String previous = variableByMessage.putIfAbsent(message.getName(), variable);
    if (previous != null && !previous.equals(variable)) {
      throw ModelTranslationException.at(resource, message, "message '" + message.getName()
          + "' is correlated on both " + previous + " and " + variable);
    }
  }

  private static void requireCorrelation(String resource, ModelElementInstance catcher, Message message,
      Map<String, String> variableByMessage, boolean keyRequired) {
    if (message == null) {
      throw ModelTranslationException.at(resource, catcher, "does not reference a message");
    }
    if (message.getName() == null || message.getName().isBlank()) {
      throw ModelTranslationException.at(resource, catcher,
          "references message (id " + message.getId() + ") which has no name");
    }
    if (keyRequired && !variableByMessage.containsKey(message.getName())) {
      throw ModelTranslationException.at(resource, catcher, "message '" + message.getName()
          + "' has no zeebe:subscription correlationKey, so there is nothing to correlate the waiting instance on");
    }
  }

  // Only a process-level start event creates a new instance; event subprocess starts wait inside one.
  private static boolean isProcessStart(ModelElementInstance event) {
    return event instanceof StartEvent && event.getParentElement() instanceof Process;
  }
}
