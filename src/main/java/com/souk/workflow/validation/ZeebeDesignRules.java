package com.souk.workflow.validation;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.xml.validation.ValidationResult;
import org.camunda.bpm.model.xml.validation.ValidationResultType;

/** Camunda 8's own design-time rules (those Camunda Modeler and Zeebe apply to a process before it deploys). */
final class ZeebeDesignRules {

    private ZeebeDesignRules() {
    }

    private record Error(String element, String message) {
    }

    static void check(ParsedModel model, Findings findings) {
        BpmnModelInstance zeebeModel;
        try {
            zeebeModel = Bpmn.readModelFromStream(new ByteArrayInputStream(model.file().content()));
        } catch (RuntimeException e) {
            findings.add("definitions", "Camunda 8 cannot read this process: " + deepest(e)
                    + " Save it again from Camunda Modeler for Camunda 8.");
            return;
        }
        Map<String, Integer> order = Dom.idOrder(model.root());
        List<Error> errors = new ArrayList<>();
        zeebeModel.validate(ZeebeDesignTimeValidators.VALIDATORS).getResults().forEach((element, results) -> {
            for (ValidationResult result : results) {
                if (result.getType() == ValidationResultType.ERROR) {
                    errors.add(new Error(owningId(element), result.getMessage()));
                }
            }
        });
        // The validators answer in a hash map; document order keeps the report the same on every run.
        errors.sort(Comparator.comparing((Error e) -> order.getOrDefault(e.element(), Integer.MAX_VALUE))
                .thenComparing(Error::message));
        for (Error error : errors) {
            findings.add(error.element(), "Camunda 8 does not accept this: " + error.message()
                    + (error.message().endsWith(".") ? "" : "."));
        }
    }

    private static String owningId(ModelElementInstance element) {
        for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
            String id = e.getAttributeValue("id");
            if (id != null && !id.isBlank()) {
                return id;
            }
        }
        return "definitions";
    }

    private static String deepest(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
