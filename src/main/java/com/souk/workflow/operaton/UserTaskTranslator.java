package com.souk.workflow.operaton;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.UserTask;
import org.operaton.bpm.model.xml.instance.DomElement;

/** Maps zeebe user task form, assignment and schedule onto Operaton's own user task attributes. */
final class UserTaskTranslator {

  private UserTaskTranslator() {
  }

  static void translate(String resource, BpmnModelInstance model) {
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      // The marker only selects Zeebe-managed (not job-based) user tasks; Operaton tasks are always engine-managed.
      Zeebe.take(resource, task, "userTask");
      Zeebe.take(resource, task, "formDefinition").ifPresent(form -> form(resource, task, form));
      Zeebe.take(resource, task, "assignmentDefinition").ifPresent(assignment -> assignment(resource, task, assignment));
      Zeebe.take(resource, task, "taskSchedule").ifPresent(schedule -> schedule(resource, task, schedule));
    }
  }

  private static void form(String resource, UserTask task, DomElement form) {
    if (Zeebe.attribute(form, "externalReference").isPresent()) {
      throw ModelTranslationException.at(resource, task,
          "zeebe:formDefinition externalReference is not supported on the embedded engine; link a form by formId");
    }
    if (Zeebe.attribute(form, "formKey").isPresent()) {
      throw ModelTranslationException.at(resource, task,
          "zeebe:formDefinition formKey (embedded or job-worker form) is not supported; link a form by formId");
    }
    String formId = Zeebe.attribute(form, "formId").orElseThrow(() ->
        ModelTranslationException.at(resource, task, "zeebe:formDefinition has no formId"));
    task.setOperatonFormRef(FeelValues.requireLiteral(resource, task, "zeebe:formDefinition formId", formId));
    task.setOperatonFormRefBinding(Bindings.toOperaton(resource, task, "zeebe:formDefinition",
        Zeebe.attribute(form, "bindingType").orElse(null)));
  }

  private static void assignment(String resource, UserTask task, DomElement assignment) {
    Zeebe.attribute(assignment, "assignee").ifPresent(value ->
        task.setOperatonAssignee(FeelValues.requireLiteral(resource, task, "zeebe:assignmentDefinition assignee", value)));
    Zeebe.attribute(assignment, "candidateGroups").ifPresent(value ->
        task.setOperatonCandidateGroups(commaList(resource, task, "candidateGroups", value)));
    Zeebe.attribute(assignment, "candidateUsers").ifPresent(value ->
        task.setOperatonCandidateUsers(commaList(resource, task, "candidateUsers", value)));
  }

  private static String commaList(String resource, UserTask task, String attribute, String value) {
    String literal = FeelValues.requireLiteral(resource, task, "zeebe:assignmentDefinition " + attribute, value);
    return Arrays.stream(literal.split(","))
        .map(String::strip)
        .filter(entry -> !entry.isEmpty())
        .collect(Collectors.joining(","));
  }

  private static void schedule(String resource, UserTask task, DomElement schedule) {
    Zeebe.attribute(schedule, "dueDate").ifPresent(value ->
        task.setOperatonDueDate(FeelValues.toLiteralOrJuel(resource, task, "zeebe:taskSchedule dueDate", value)));
    Zeebe.attribute(schedule, "followUpDate").ifPresent(value ->
        task.setOperatonFollowUpDate(FeelValues.toLiteralOrJuel(resource, task, "zeebe:taskSchedule followUpDate", value)));
  }
}
