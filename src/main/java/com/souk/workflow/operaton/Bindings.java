package com.souk.workflow.operaton;

import org.operaton.bpm.model.xml.instance.ModelElementInstance;

/** Maps zeebe bindingType values onto Operaton's binding attribute values. */
final class Bindings {

  private Bindings() {
  }

  static String toOperaton(String resource, ModelElementInstance owner, String source, String bindingType) {
    if (bindingType == null || "latest".equals(bindingType)) {
      return "latest";
    }
    if ("deployment".equals(bindingType)) {
      return "deployment";
    }
    throw ModelTranslationException.at(resource, owner, source + " bindingType '" + bindingType
        + "' is not supported on the embedded engine; use latest or deployment");
  }
}
