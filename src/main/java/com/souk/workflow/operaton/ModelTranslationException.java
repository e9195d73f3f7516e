package com.souk.workflow.operaton;

import org.operaton.bpm.model.xml.instance.DomElement;
import org.operaton.bpm.model.xml.instance.ModelElementInstance;

/** Raised when a Camunda 8 model contains something the embedded engine cannot run as written. */
public class ModelTranslationException extends RuntimeException {

  public ModelTranslationException(String message) {
    super(message);
  }

  public ModelTranslationException(String message, Throwable cause) {
    super(message, cause);
  }

  static ModelTranslationException at(String resource, ModelElementInstance element, String problem) {
    return new ModelTranslationException(resource + ": " + describe(element) + ": " + problem);
  }

  /** For BPMN elements the model API has no type for, such as adHocSubProcess. */
  static ModelTranslationException at(String resource, DomElement element, String problem) {
    return new ModelTranslationException(resource + ": "
        + describe(element.getLocalName(), element.getAttribute("name"), element.getAttribute("id")) + ": " + problem);
  }

  static String describe(ModelElementInstance element) {
    return describe(element.getElementType().getTypeName(),
        element.getAttributeValue("name"), element.getAttributeValue("id"));
  }

  /** Renders e.g. {@code serviceTask 'Reserve stock' (id reserve-stock-task)} so modellers can find the shape. */
  private static String describe(String type, String name, String id) {
    StringBuilder text = new StringBuilder(type);
    if (name != null && !name.isBlank()) {
      text.append(" '").append(name.strip()).append('\'');
    }
    text.append(id == null || id.isBlank() ? " (no id)" : " (id " + id + ")");
    return text.toString();
  }
}
