package com.souk.workflow.operaton;

import static com.souk.workflow.operaton.C8ModelTranslatorJobTaskTest.properties;
import static com.souk.workflow.operaton.C8ModelTranslatorJobTaskTest.retryCycle;
import static com.souk.workflow.operaton.Translations.translate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.operaton.bpm.engine.repository.ProcessDefinition;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.BoundaryEvent;
import org.operaton.bpm.model.bpmn.instance.BusinessRuleTask;
import org.operaton.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.operaton.bpm.model.bpmn.instance.MessageEventDefinition;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.ReceiveTask;
import org.operaton.bpm.model.bpmn.instance.ServiceTask;
import org.operaton.bpm.model.bpmn.instance.TimerEventDefinition;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnShape;

class C8ModelTranslatorPurchaseModelTest {

  private static final Map<String, Integer> DECISIONS = Map.of("commission", 1);

  @Test
  void purchaseModelTranslatesIntoWhatOperatonNeeds() {
    TranslatedModel translated = translate(PurchaseC8Model.XML, DECISIONS);
    BpmnModelInstance model = translated.model();

    assertThat(model.<Process>getModelElementById("purchase").getOperatonHistoryTimeToLiveString()).isEqualTo("P180D");

    ServiceTask reserve = model.getModelElementById("reserve-stock-task");
    assertThat(reserve.isOperatonAsyncBefore()).isTrue();
    assertThat(reserve.getOperatonDelegateExpression()).isEqualTo("${soukJobDispatcher}");
    assertThat(retryCycle(reserve)).isEqualTo("R5/PT5S");
    assertThat(properties(reserve)).containsExactly(
        tuple("souk.jobType", "reserve-stock"), tuple("souk.header.warehouse", "main"));
    BoundaryEvent outOfStock = model.getModelElementById("out-of-stock");
    assertThat(outOfStock.getAttachedTo()).isEqualTo(reserve);
    assertThat(model.<ErrorEventDefinition>getModelElementById("out-of-stock-def").getError().getErrorCode())
        .isEqualTo("OUT_OF_STOCK");

    BusinessRuleTask commission = model.getModelElementById("commission-task");
    assertThat(commission.getOperatonDecisionRef()).isEqualTo("commission");
    assertThat(commission.getOperatonResultVariable()).isEqualTo("commissionBps");
    assertThat(commission.getOperatonMapDecisionResult()).isEqualTo("singleEntry");

    assertThat(model.<ReceiveTask>getModelElementById("await-payment").getMessage().getName())
        .isEqualTo("PaymentReceived");
    assertThat(model.<TimerEventDefinition>getModelElementById("payment-deadline-def").getTimeDate().getTextContent())
        .isEqualTo("${paymentDeadline}");
    assertThat(model.<MessageEventDefinition>getModelElementById("buyer-confirmed-def").getMessage().getName())
        .isEqualTo("BuyerConfirmed");
    assertThat(model.<TimerEventDefinition>getModelElementById("confirmation-window-def").getTimeDuration()
        .getTextContent()).isEqualTo("P14D");

    assertThat(translated.correlationVariableByMessage())
        .isEqualTo(Map.of("PaymentReceived", "orderId", "BuyerConfirmed", "orderId"));
    assertThat(model.getModelElementsByType(BpmnShape.class)).hasSize(12);
    assertThat(translated.toXml()).doesNotContain("<zeebe:");
  }

  @Test
  void purchaseModelDeploysOnTheEmbeddedEngine() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    // Its own name: closing an engine unregisters its name, and "default" belongs to the application under test.
    configuration.setProcessEngineName("translator-check-" + System.nanoTime());
    configuration.setJdbcUrl("jdbc:h2:mem:c8-translator-" + System.nanoTime());
    configuration.setJobExecutorActivate(false);
    ProcessEngine engine = configuration.buildProcessEngine();
    try {
      String xml = new C8ModelTranslator("P180D")
          .translate("purchase.bpmn", Translations.stream(PurchaseC8Model.XML), DECISIONS).toXml();

      engine.getRepositoryService().createDeployment().addString("purchase.bpmn", xml).deploy();

      ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey("purchase").singleResult();
      assertThat(definition.getHistoryTimeToLive()).isEqualTo(180);
    } finally {
      engine.close();
    }
  }
}
