package com.souk.workflow.operaton;

import java.util.List;
import java.util.Set;

import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.CallActivity;
import org.operaton.bpm.model.bpmn.instance.CompensateEventDefinition;
import org.operaton.bpm.model.bpmn.instance.ComplexGateway;
import org.operaton.bpm.model.bpmn.instance.ConditionalEventDefinition;
import org.operaton.bpm.model.bpmn.instance.LoopCharacteristics;
import org.operaton.bpm.model.bpmn.instance.ScriptTask;
import org.operaton.bpm.model.bpmn.instance.SignalEventDefinition;
import org.operaton.bpm.model.bpmn.instance.Transaction;
import org.operaton.bpm.model.bpmn.impl.BpmnModelConstants;
import org.operaton.bpm.model.xml.instance.DomElement;
import org.operaton.bpm.model.xml.instance.ModelElementInstance;

/** Rejects BPMN constructs whose Camunda 8 semantics Souk does not reproduce on the embedded engine. */
final class UnsupportedConstructs {

  // Flagged on the element itself.
  private static final List<Class<? extends ModelElementInstance>> ELEMENTS = List.of(
      ScriptTask.class, CallActivity.class, ComplexGateway.class, Transaction.class);

  // Flagged on the activity or event that owns them, since that is what the modeller clicks on.
  private static final List<Class<? extends ModelElementInstance>> OWNED = List.of(
      LoopCharacteristics.class, SignalEventDefinition.class,
      CompensateEventDefinition.class, ConditionalEventDefinition.class);

  // The model API has no type for these, and the engine parser merely warns about or skips them.
  private static final Set<String> UNTYPED_ELEMENTS = Set.of("adHocSubProcess");
  private static final Set<String> UNTYPED_OWNED = Set.of("standardLoopCharacteristics");

  private UnsupportedConstructs() {
  }

  static void reject(String resource, BpmnModelInstance model) {
    for (Class<? extends ModelElementInstance> type : ELEMENTS) {
      model.getModelElementsByType(type).stream().findFirst().ifPresent(element -> {
        throw ModelTranslationException.at(resource, element, "is not supported on the embedded engine");
      });
    }
    for (Class<? extends ModelElementInstance> type : OWNED) {
      model.getModelElementsByType(type).stream().findFirst().ifPresent(element -> {
        throw ModelTranslationException.at(resource, element.getParentElement(),
            element.getElementType().getTypeName() + " is not supported on the embedded engine");
      });
    }
    rejectUntyped(resource, model.getDocument().getRootElement());
  }

  private static void rejectUntyped(String resource, DomElement element) {
    for (DomElement child : element.getChildElements()) {
      if (BpmnModelConstants.BPMN20_NS.equals(child.getNamespaceURI())) {
        if (UNTYPED_ELEMENTS.contains(child.getLocalName())) {
          throw ModelTranslationException.at(resource, child, "is not supported on the embedded engine");
        }
        if (UNTYPED_OWNED.contains(child.getLocalName())) {
          throw ModelTranslationException.at(resource, element,
              child.getLocalName() + " is not supported on the embedded engine");
        }
      }
      rejectUntyped(resource, child);
    }
  }
}
