package com.souk.workflow.operaton;

import java.util.List;
import java.util.Optional;

import org.operaton.bpm.model.bpmn.instance.BaseElement;
import org.operaton.bpm.model.bpmn.instance.ExtensionElements;
import org.operaton.bpm.model.xml.instance.DomElement;

/** Access to zeebe extension elements, which the Operaton model API only exposes as raw DOM. */
final class Zeebe {

  static final String NS = "http://camunda.org/schema/zeebe/1.0";

  private Zeebe() {
  }

  /**
   * Detaches zeebe:{localName} from the element's extensions so that whatever is still attached
   * at the end of translation is, by construction, something nobody translated.
   */
  static Optional<DomElement> take(String resource, BaseElement element, String localName) {
    ExtensionElements extensions = element.getExtensionElements();
    if (extensions == null) {
      return Optional.empty();
    }
    DomElement container = extensions.getDomElement();
    List<DomElement> found = container.getChildElementsByNameNs(NS, localName);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    if (found.size() > 1) {
      throw ModelTranslationException.at(resource, element, "zeebe:" + localName + " appears more than once");
    }
    container.removeChild(found.get(0));
    return Optional.of(found.get(0));
  }

  /** Blank attributes count as absent because the Camunda Modeler writes empty strings for cleared fields. */
  static Optional<String> attribute(DomElement element, String name) {
    String value = element.getAttribute(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  static boolean isZeebe(DomElement element) {
    return NS.equals(element.getNamespaceURI());
  }
}
