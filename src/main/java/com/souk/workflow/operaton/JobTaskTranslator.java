package com.souk.workflow.operaton;

import java.util.HashSet;
import java.util.Set;

import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.SendTask;
import org.operaton.bpm.model.bpmn.instance.ServiceTask;
import org.operaton.bpm.model.bpmn.instance.Task;
import org.operaton.bpm.model.bpmn.instance.operaton.OperatonFailedJobRetryTimeCycle;
import org.operaton.bpm.model.bpmn.instance.operaton.OperatonProperties;
import org.operaton.bpm.model.xml.instance.DomElement;

/** Turns zeebe job-worker tasks into Operaton tasks on the job executor that one dispatcher bean routes by job type. */
final class JobTaskTranslator {

  static final String DISPATCHER_EXPRESSION = "${soukJobDispatcher}";
  static final String JOB_TYPE_PROPERTY = "souk.jobType";
  static final String HEADER_PROPERTY_PREFIX = "souk.header.";
  static final int DEFAULT_RETRIES = 3;

  private JobTaskTranslator() {
  }

  static void translate(String resource, BpmnModelInstance model) {
    JobBoundaries boundaries = new JobBoundaries(model);
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      translateJob(resource, task, boundaries);
      task.setOperatonDelegateExpression(DISPATCHER_EXPRESSION);
    }
    for (SendTask task : model.getModelElementsByType(SendTask.class)) {
      translateJob(resource, task, boundaries);
      task.setOperatonDelegateExpression(DISPATCHER_EXPRESSION);
    }
  }

  private static void translateJob(String resource, Task task, JobBoundaries boundaries) {
    DomElement definition = Zeebe.take(resource, task, "taskDefinition").orElseThrow(() ->
        ModelTranslationException.at(resource, task, "has no zeebe:taskDefinition, so there is no job type to dispatch"));
    String type = Zeebe.attribute(definition, "type").orElseThrow(() ->
        ModelTranslationException.at(resource, task, "zeebe:taskDefinition has no type"));
    if (FeelValues.isExpression(type)) {
      throw ModelTranslationException.at(resource, task, "zeebe:taskDefinition type '" + type
          + "' is a FEEL expression; the job type must be a literal so it can be routed at deploy time");
    }
    int retries = retries(resource, task, definition);

    // Async before gives the job its own transaction, matching Zeebe's at-least-once job semantics; a task that
    // directly follows other work on the job executor runs inside that job (see JobBoundaries).
    if (boundaries.needsOwnJob(task)) {
      task.setOperatonAsyncBefore(true);
      OperatonExtensions.extensionElements(task)
          .addExtensionElement(OperatonFailedJobRetryTimeCycle.class)
          .setTextContent("R" + retries + "/PT5S");
    }
    OperatonProperties properties = OperatonExtensions.properties(task);
    OperatonExtensions.addProperty(properties, JOB_TYPE_PROPERTY, type);
    Zeebe.take(resource, task, "taskHeaders").ifPresent(headers -> addHeaders(resource, task, headers, properties));
  }

  private static int retries(String resource, Task task, DomElement definition) {
    String raw = Zeebe.attribute(definition, "retries").orElse(null);
    if (raw == null) {
      return DEFAULT_RETRIES;
    }
    try {
      int retries = Integer.parseInt(raw);
      if (retries >= 0) {
        return retries;
      }
    } catch (NumberFormatException notANumber) {
      // reported below together with negative values
    }
    throw ModelTranslationException.at(resource, task,
        "zeebe:taskDefinition retries '" + raw + "' is not a non-negative whole number");
  }

  private static void addHeaders(String resource, Task task, DomElement headers, OperatonProperties properties) {
    Set<String> seen = new HashSet<>();
    for (DomElement header : headers.getChildElements()) {
      if (!Zeebe.isZeebe(header) || !"header".equals(header.getLocalName())) {
        throw ModelTranslationException.at(resource, task,
            "zeebe:taskHeaders contains unexpected element " + header.getLocalName());
      }
      String key = Zeebe.attribute(header, "key").orElseThrow(() ->
          ModelTranslationException.at(resource, task, "zeebe:header has no key"));
      if (!seen.add(key)) {
        throw ModelTranslationException.at(resource, task, "zeebe:header '" + key + "' is declared twice");
      }
      String value = header.getAttribute("value");
      OperatonExtensions.addProperty(properties, HEADER_PROPERTY_PREFIX + key, value == null ? "" : value);
    }
  }
}
