package com.souk.workflow.operaton;

import static com.souk.workflow.operaton.C8Models.process;
import static com.souk.workflow.operaton.Translations.rejectionMessage;
import static com.souk.workflow.operaton.Translations.translate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.operaton.bpm.model.bpmn.instance.BusinessRuleTask;

class C8ModelTranslatorBusinessRuleTaskTest {

  private static final String COMMISSION_TASK = process("""
      <bpmn:businessRuleTask id="commission-task" name="Compute commission">
        <bpmn:extensionElements>
          <zeebe:calledDecision decisionId="commission" resultVariable="commissionBps" />
        </bpmn:extensionElements>
      </bpmn:businessRuleTask>
      """);

  @Test
  void singleOutputDecisionMapsToSingleEntry() {
    BusinessRuleTask task = translate(COMMISSION_TASK, Map.of("commission", 1))
        .model().getModelElementById("commission-task");

    assertThat(task.getOperatonDecisionRef()).isEqualTo("commission");
    assertThat(task.getOperatonResultVariable()).isEqualTo("commissionBps");
    assertThat(task.getOperatonMapDecisionResult()).isEqualTo("singleEntry");
  }

  @Test
  void multiOutputDecisionMapsToSingleResult() {
    BusinessRuleTask task = translate(COMMISSION_TASK, Map.of("commission", 3))
        .model().getModelElementById("commission-task");

    assertThat(task.getOperatonMapDecisionResult()).isEqualTo("singleResult");
  }

  @Test
  void decisionMissingFromOutputCountsIsRejectedNamingTheDecision() {
    String message = rejectionMessage(COMMISSION_TASK, Map.of("fees", 1));

    assertThat(message).startsWith("purchase.bpmn: businessRuleTask 'Compute commission' (id commission-task): ")
        .contains("decision 'commission' is unknown");
  }

  @Test
  void businessRuleTaskRunByJobWorkerIsRejected() {
    String message = rejectionMessage(process("""
        <bpmn:businessRuleTask id="score" name="Score">
          <bpmn:extensionElements><zeebe:taskDefinition type="score" /></bpmn:extensionElements>
        </bpmn:businessRuleTask>
        """));

    assertThat(message).startsWith("purchase.bpmn: businessRuleTask 'Score' (id score): ")
        .contains("has no zeebe:calledDecision");
  }
}
