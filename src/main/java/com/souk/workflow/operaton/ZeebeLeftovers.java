package com.souk.workflow.operaton;

import java.util.ArrayList;

import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.ExtensionElements;
import org.operaton.bpm.model.xml.instance.DomElement;
import org.operaton.bpm.model.xml.instance.ModelElementInstance;

/**
 * Fails on any zeebe element no translator consumed; the engine would otherwise ignore it silently
 * and run a process that behaves differently from the one that was modelled.
 */
final class ZeebeLeftovers {

  private ZeebeLeftovers() {
  }

  static void reject(String resource, BpmnModelInstance model) {
    rejectBelow(resource, model, model.getDocument().getRootElement());
    removeEmptyExtensionElements(model);
  }

  private static void rejectBelow(String resource, BpmnModelInstance model, DomElement element) {
    for (DomElement child : element.getChildElements()) {
      if (Zeebe.isZeebe(child)) {
        throw ModelTranslationException.at(resource, owner(model, child),
            "zeebe:" + child.getLocalName() + " is not supported on the embedded engine");
      }
      rejectBelow(resource, model, child);
    }
  }

  private static ModelElementInstance owner(BpmnModelInstance model, DomElement zeebeElement) {
    for (DomElement parent = zeebeElement.getParentElement(); parent != null; parent = parent.getParentElement()) {
      String id = parent.getAttribute("id");
      if (id != null && model.getModelElementById(id) != null) {
        return model.getModelElementById(id);
      }
    }
    return model.getDefinitions();
  }

  private static void removeEmptyExtensionElements(BpmnModelInstance model) {
    for (ExtensionElements extensions : new ArrayList<>(model.getModelElementsByType(ExtensionElements.class))) {
      if (extensions.getDomElement().getChildElements().isEmpty()) {
        extensions.getParentElement().removeChildElement(extensions);
      }
    }
  }
}
