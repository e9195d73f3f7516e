package com.souk.workflow.operaton;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;

/** An Operaton-executable model plus the process variable each message is correlated on. */
public record TranslatedModel(BpmnModelInstance model, Map<String, String> correlationVariableByMessage) {

  public TranslatedModel {
    Objects.requireNonNull(model, "model");
    correlationVariableByMessage = Map.copyOf(correlationVariableByMessage);
  }

  public String toXml() {
    return Bpmn.convertToString(model);
  }

  public byte[] toBytes() {
    return toXml().getBytes(StandardCharsets.UTF_8);
  }
}
