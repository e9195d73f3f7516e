package com.souk.workflow.operaton;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;

/** Runs the translator the way deployment will and proves the output is deployable. */
final class Translations {

  static final String RESOURCE = "purchase.bpmn";
  static final String TIME_TO_LIVE = "P180D";

  private Translations() {
  }

  static TranslatedModel translate(String c8Xml) {
    return translate(c8Xml, Map.of());
  }

  /**
   * Returns the model as re-read from the serialized output, so every assertion also proves the
   * attribute survives the round trip the deployment will make.
   */
  static TranslatedModel translate(String c8Xml, Map<String, Integer> decisionOutputCounts) {
    TranslatedModel translated = new C8ModelTranslator(TIME_TO_LIVE)
        .translate(RESOURCE, stream(c8Xml), decisionOutputCounts);
    BpmnModelInstance reread = Bpmn.readModelFromStream(new ByteArrayInputStream(translated.toBytes()));
    Bpmn.validateModel(reread);
    return new TranslatedModel(reread, translated.correlationVariableByMessage());
  }

  static String rejectionMessage(String c8Xml) {
    return rejectionMessage(c8Xml, Map.of());
  }

  static String rejectionMessage(String c8Xml, Map<String, Integer> decisionOutputCounts) {
    C8ModelTranslator translator = new C8ModelTranslator(TIME_TO_LIVE);
    return assertThrows(ModelTranslationException.class,
        () -> translator.translate(RESOURCE, stream(c8Xml), decisionOutputCounts)).getMessage();
  }

  static ByteArrayInputStream stream(String xml) {
    return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
  }
}
