package com.souk.workflow.operaton;

import java.io.FilterInputStream;
import java.io.InputStream;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.xml.ModelException;

/** Translates a Camunda 8 (zeebe) BPMN model into one the embedded Operaton engine can deploy. */
public final class C8ModelTranslator {

  // The two forms Operaton's deployment parser accepts for historyTimeToLive.
  private static final Pattern TIME_TO_LIVE = Pattern.compile("\\d+|P\\d+D");

  private final String historyTimeToLive;

  public C8ModelTranslator(String historyTimeToLive) {
    Objects.requireNonNull(historyTimeToLive, "historyTimeToLive");
    if (!TIME_TO_LIVE.matcher(historyTimeToLive).matches()) {
      throw new IllegalArgumentException(
          "historyTimeToLive must be a number of days or P<days>D, was '" + historyTimeToLive + "'");
    }
    this.historyTimeToLive = historyTimeToLive;
  }

  /**
   * Reads the model from the stream (which stays open and owned by the caller), translates it in
   * memory and validates the result; the source resource itself is never touched.
   *
   * @param decisionOutputCounts number of outputs per DMN decision id, used to pick the result mapping
   * @throws ModelTranslationException naming the resource and element at the first untranslatable construct
   */
  public TranslatedModel translate(String resourceName, InputStream c8Bpmn, Map<String, Integer> decisionOutputCounts) {
    Objects.requireNonNull(resourceName, "resourceName");
    Objects.requireNonNull(c8Bpmn, "c8Bpmn");
    Objects.requireNonNull(decisionOutputCounts, "decisionOutputCounts");
    BpmnModelInstance model = read(resourceName, c8Bpmn);

    UnsupportedConstructs.reject(resourceName, model);
    for (Process process : model.getModelElementsByType(Process.class)) {
      process.setOperatonHistoryTimeToLiveString(historyTimeToLive);
    }
    JobTaskTranslator.translate(resourceName, model);
    UserTaskTranslator.translate(resourceName, model);
    BusinessRuleTaskTranslator.translate(resourceName, model, decisionOutputCounts);
    ExpressionTranslator.translate(resourceName, model);
    Map<String, String> correlationVariableByMessage = MessageTranslator.translate(resourceName, model);
    ZeebeLeftovers.reject(resourceName, model);

    validate(resourceName, model);
    return new TranslatedModel(model, correlationVariableByMessage);
  }

  public static String toXml(BpmnModelInstance model) {
    return Bpmn.convertToString(model);
  }

  private static BpmnModelInstance read(String resourceName, InputStream c8Bpmn) {
    try {
      // The model API's XML parser closes the stream it reads; the caller opened it, so the caller closes it.
      return Bpmn.readModelFromStream(new FilterInputStream(c8Bpmn) {
        @Override
        public void close() {
          // deliberately left open
        }
      });
    } catch (ModelException e) {
      throw new ModelTranslationException(resourceName + ": definitions: not a readable BPMN 2.0 model: " + e.getMessage(), e);
    }
  }

  private static void validate(String resourceName, BpmnModelInstance model) {
    try {
      Bpmn.validateModel(model);
    } catch (ModelException e) {
      throw new ModelTranslationException(
          resourceName + ": definitions: translated model is not valid BPMN: " + e.getMessage(), e);
    }
  }
}
