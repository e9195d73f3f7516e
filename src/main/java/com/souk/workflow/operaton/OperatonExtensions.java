package com.souk.workflow.operaton;

import java.util.List;

import org.operaton.bpm.model.bpmn.instance.BaseElement;
import org.operaton.bpm.model.bpmn.instance.ExtensionElements;
import org.operaton.bpm.model.bpmn.instance.operaton.OperatonProperties;
import org.operaton.bpm.model.bpmn.instance.operaton.OperatonProperty;

/** Creates operaton:* extension elements through the typed model API. */
final class OperatonExtensions {

  private OperatonExtensions() {
  }

  static ExtensionElements extensionElements(BaseElement element) {
    ExtensionElements extensions = element.getExtensionElements();
    if (extensions == null) {
      extensions = element.getModelInstance().newInstance(ExtensionElements.class);
      element.setExtensionElements(extensions);
    }
    return extensions;
  }

  static OperatonProperties properties(BaseElement element) {
    ExtensionElements extensions = extensionElements(element);
    // Query.singleResult() throws on zero matches, so look at the list instead.
    List<OperatonProperties> existing = extensions.getElementsQuery()
        .filterByType(OperatonProperties.class).list();
    return existing.isEmpty() ? extensions.addExtensionElement(OperatonProperties.class) : existing.get(0);
  }

  static void addProperty(OperatonProperties properties, String name, String value) {
    OperatonProperty property = properties.getModelInstance().newInstance(OperatonProperty.class);
    property.setOperatonName(name);
    property.setOperatonValue(value);
    properties.getOperatonProperties().add(property);
  }
}
