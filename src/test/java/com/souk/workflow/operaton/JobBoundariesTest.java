package com.souk.workflow.operaton;

import static com.souk.workflow.operaton.C8Models.process;
import static com.souk.workflow.operaton.C8Models.serviceTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.SendTask;
import org.operaton.bpm.model.bpmn.instance.ServiceTask;
import org.operaton.bpm.model.bpmn.instance.Task;

/** Which job tasks get a job of their own, and which join the job that reaches them. */
class JobBoundariesTest {

  @Test
  void purchaseModelStartsAJobWhereAWaitEndsAndChainsTheStepsThatFollow() throws Exception {
    Map<String, Integer> outputs = Map.of("agent-sla", 1, "buyer-answer-window", 1, "commission", 1,
        "dispute-triage", 1, "protection-period", 1, "review-window", 1, "seller-response-window", 1,
        "ship-by-period", 1);
    Map<String, Boolean> ownJob = ownJob(Translations.translate(
        Files.readString(Path.of("bpmn", "purchase.bpmn")), outputs).model());

    assertThat(ownJob).containsOnly(
        // after the start event: checkout must not run them
        entry("Task_ReserveStock", true),
        // after the decisions that follow the reservation, and on the BPMN error paths inside that job
        entry("Task_HoldPayment", false), entry("Task_MarkOrderRejected", false),
        entry("Task_ReleaseStockAfterDecline", false), entry("Task_MarkPaymentDeclined", false),
        // after the buyer's confirmation (a message) or the auto-confirmation (a timer job)
        entry("Task_ReleasePayment", true), entry("Task_RecordAutoConfirmation", false),
        entry("Task_MarkOrderCompleted", false), entry("Task_InviteBuyerToReview", false),
        // timers
        entry("Task_RefundBuyerInFull", false), entry("Task_ReleaseStockAfterCancel", false),
        entry("Task_MarkOrderCancelled", false),
        // the buyer's cancellation (a message) must not run the refund in the buyer's request
        entry("Task_RefundBuyerOnCancellation", true), entry("Task_ReleaseStockOnCancellation", false),
        entry("Task_RefundRequestedAmount", false),
        entry("Task_EscalateOverdueDispute", false),
        // after messages, a receive task or the agent's user task
        entry("Task_RecordProtectionExtension", true), entry("Task_RefundAsAcceptedBySeller", true),
        entry("Task_RefundOfferedAmount", true), entry("Task_RefundAutomatically", true),
        entry("Task_HandOverToAgent", true), entry("Task_RefundInFullAsDecided", true),
        entry("Task_RefundDecidedAmount", true), entry("Task_CloseDisputeWithoutRefund", true),
        entry("Task_InviteBuyerToReviewAfterRejection", false));
  }

  @Test
  void aTaskReachedFromAWaitAndFromAJobGetsItsOwnJob() {
    BpmnModelInstance model = Translations.translate(process("""
        <bpmn:startEvent id="start" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="first" />
        """ + serviceTask("first", "First", "") + """
        <bpmn:sequenceFlow id="f2" sourceRef="first" targetRef="join" />
        <bpmn:exclusiveGateway id="join" />
        <bpmn:sequenceFlow id="f3" sourceRef="join" targetRef="wait" />
        <bpmn:userTask id="wait" />
        <bpmn:sequenceFlow id="f4" sourceRef="wait" targetRef="join" />
        <bpmn:sequenceFlow id="f5" sourceRef="join" targetRef="second" />
        """ + serviceTask("second", "Second", "") + """
        <bpmn:sequenceFlow id="f6" sourceRef="second" targetRef="end" />
        <bpmn:endEvent id="end" />
        """)).model();

    assertThat(ownJob(model)).containsOnly(entry("first", true), entry("second", true));
  }

  @Test
  void aLoopBackFromAJobTaskStaysInsideTheJob() {
    BpmnModelInstance model = Translations.translate(process("""
        <bpmn:startEvent id="start" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="first" />
        """ + serviceTask("first", "First", "") + """
        <bpmn:sequenceFlow id="f2" sourceRef="first" targetRef="again" />
        <bpmn:exclusiveGateway id="again" />
        <bpmn:sequenceFlow id="f3" sourceRef="again" targetRef="retry" />
        """ + serviceTask("retry", "Retry", "") + """
        <bpmn:sequenceFlow id="f4" sourceRef="retry" targetRef="done" />
        <bpmn:exclusiveGateway id="done" default="f6" />
        <bpmn:sequenceFlow id="f5" sourceRef="done" targetRef="again">
          <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=false</bpmn:conditionExpression>
        </bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="f6" sourceRef="done" targetRef="end" />
        <bpmn:endEvent id="end" />
        """)).model();

    assertThat(ownJob(model)).containsOnly(entry("first", true), entry("retry", false));
  }

  @Test
  void aTaskWithoutAnyFlowIntoItGetsItsOwnJob() {
    BpmnModelInstance model = Translations.translate(process(serviceTask("alone", "Alone", ""))).model();

    assertThat(ownJob(model)).containsOnly(entry("alone", true));
  }

  private static Map<String, Boolean> ownJob(BpmnModelInstance model) {
    Map<String, Boolean> ownJob = new TreeMap<>();
    for (Task task : model.getModelElementsByType(Task.class)) {
      if (task instanceof ServiceTask || task instanceof SendTask) {
        ownJob.put(task.getId(), task.isOperatonAsyncBefore());
      }
    }
    return ownJob;
  }
}
