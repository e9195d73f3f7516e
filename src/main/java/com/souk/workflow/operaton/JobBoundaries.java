package com.souk.workflow.operaton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.BoundaryEvent;
import org.operaton.bpm.model.bpmn.instance.BusinessRuleTask;
import org.operaton.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.operaton.bpm.model.bpmn.instance.EventDefinition;
import org.operaton.bpm.model.bpmn.instance.ExclusiveGateway;
import org.operaton.bpm.model.bpmn.instance.FlowNode;
import org.operaton.bpm.model.bpmn.instance.InclusiveGateway;
import org.operaton.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.operaton.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.operaton.bpm.model.bpmn.instance.SendTask;
import org.operaton.bpm.model.bpmn.instance.SequenceFlow;
import org.operaton.bpm.model.bpmn.instance.ServiceTask;
import org.operaton.bpm.model.bpmn.instance.TimerEventDefinition;

/**
 * Where a job task needs a job of its own. Camunda 8 runs every job task as a job; on Operaton each job is a
 * transaction with its own acquisition, locking and bookkeeping. A job task that is only reached from work already
 * running on the job executor (another job task, a timer, an error thrown inside a job, a decision or a gateway in
 * between) joins that job's transaction instead. A task reached from a start event, a message, a user task or any
 * other waiting point gets its own job, so the caller's request (checkout, shipment, confirmation, an agent's
 * decision) never runs the handlers itself.
 *
 * <p>Handlers are idempotent, so a failure anywhere in such a chain rolls the whole chain back and the job
 * retries it from its first task.
 */
final class JobBoundaries {

  /** Sequence flows by target, from the flows themselves: bpmn:incoming child elements are optional. */
  private final Map<FlowNode, List<FlowNode>> sources = new HashMap<>();

  JobBoundaries(BpmnModelInstance model) {
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      sources.computeIfAbsent(flow.getTarget(), target -> new ArrayList<>()).add(flow.getSource());
    }
  }

  boolean needsOwnJob(FlowNode jobTask) {
    return !reachedOnlyInsideAJob(jobTask, new HashSet<>());
  }

  private boolean reachedOnlyInsideAJob(FlowNode node, Set<FlowNode> visiting) {
    List<FlowNode> before = sources.getOrDefault(node, List.of());
    if (before.isEmpty() || !visiting.add(node)) {
      return false;
    }
    for (FlowNode source : before) {
      if (!runsInsideAJob(source, visiting)) {
        return false;
      }
    }
    return true;
  }

  private boolean runsInsideAJob(FlowNode node, Set<FlowNode> visiting) {
    if (isJobTask(node) || isTimer(node)) {
      return true;
    }
    if (node instanceof BoundaryEvent boundary) {
      return hasDefinition(boundary.getEventDefinitions(), TimerEventDefinition.class)
          || hasDefinition(boundary.getEventDefinitions(), ErrorEventDefinition.class)
              && isJobTask(boundary.getAttachedTo());
    }
    boolean passesStraightThrough = node instanceof BusinessRuleTask || node instanceof ExclusiveGateway
        || node instanceof InclusiveGateway
        || node instanceof IntermediateThrowEvent thrown && thrown.getEventDefinitions().isEmpty();
    return passesStraightThrough && reachedOnlyInsideAJob(node, visiting);
  }

  private static boolean isJobTask(FlowNode node) {
    return node instanceof ServiceTask || node instanceof SendTask;
  }

  private static boolean isTimer(FlowNode node) {
    return node instanceof IntermediateCatchEvent event
        && hasDefinition(event.getEventDefinitions(), TimerEventDefinition.class);
  }

  private static boolean hasDefinition(Iterable<EventDefinition> definitions, Class<? extends EventDefinition> type) {
    for (EventDefinition definition : definitions) {
      if (type.isInstance(definition)) {
        return true;
      }
    }
    return false;
  }
}
