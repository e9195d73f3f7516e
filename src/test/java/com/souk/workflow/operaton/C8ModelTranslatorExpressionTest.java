package com.souk.workflow.operaton;

import static com.souk.workflow.operaton.C8Models.process;
import static com.souk.workflow.operaton.Translations.rejectionMessage;
import static com.souk.workflow.operaton.Translations.translate;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.ConditionExpression;
import org.operaton.bpm.model.bpmn.instance.SequenceFlow;
import org.operaton.bpm.model.bpmn.instance.TimerEventDefinition;

class C8ModelTranslatorExpressionTest {

  @Test
  void sequenceFlowConditionBecomesFeelScript() {
    BpmnModelInstance model = translate(process("""
        <bpmn:exclusiveGateway id="big-order" name="Big order?" />
        <bpmn:endEvent id="manual" />
        <bpmn:sequenceFlow id="to-manual" sourceRef="big-order" targetRef="manual">
          <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">  =amountMinor &gt; 10000 </bpmn:conditionExpression>
        </bpmn:sequenceFlow>
        """)).model();

    ConditionExpression condition = model.<SequenceFlow>getModelElementById("to-manual").getConditionExpression();
    assertThat(condition.getLanguage()).isEqualTo("feel");
    assertThat(condition.getTextContent()).isEqualTo("amountMinor > 10000");
  }

  @Test
  void conditionWithoutLeadingEqualsIsRejected() {
    String message = rejectionMessage(process("""
        <bpmn:exclusiveGateway id="gw" />
        <bpmn:endEvent id="end" />
        <bpmn:sequenceFlow id="to-end" name="big" sourceRef="gw" targetRef="end">
          <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${amountMinor > 10000}</bpmn:conditionExpression>
        </bpmn:sequenceFlow>
        """));

    assertThat(message).startsWith("purchase.bpmn: sequenceFlow 'big' (id to-end): ")
        .contains("does not start with '='");
  }

  @Test
  void timerVariableAndPathBecomeJuelExpressions() {
    BpmnModelInstance model = translate(process("""
        <bpmn:intermediateCatchEvent id="wait-ship">
          <bpmn:timerEventDefinition id="ship-timer">
            <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">=shipBy</bpmn:timeDuration>
          </bpmn:timerEventDefinition>
        </bpmn:intermediateCatchEvent>
        <bpmn:intermediateCatchEvent id="wait-terms">
          <bpmn:timerEventDefinition id="terms-timer">
            <bpmn:timeDate xsi:type="bpmn:tFormalExpression">= terms.shipBy</bpmn:timeDate>
          </bpmn:timerEventDefinition>
        </bpmn:intermediateCatchEvent>
        """)).model();

    assertThat(model.<TimerEventDefinition>getModelElementById("ship-timer").getTimeDuration().getTextContent())
        .isEqualTo("${shipBy}");
    assertThat(model.<TimerEventDefinition>getModelElementById("terms-timer").getTimeDate().getTextContent())
        .isEqualTo("${terms.shipBy}");
  }

  @Test
  void isoTimerLiteralStaysAsIs() {
    BpmnModelInstance model = translate(process("""
        <bpmn:startEvent id="nightly">
          <bpmn:timerEventDefinition id="nightly-timer">
            <bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R/P1D</bpmn:timeCycle>
          </bpmn:timerEventDefinition>
        </bpmn:startEvent>
        <bpmn:intermediateCatchEvent id="grace">
          <bpmn:timerEventDefinition id="grace-timer">
            <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P5D</bpmn:timeDuration>
          </bpmn:timerEventDefinition>
        </bpmn:intermediateCatchEvent>
        """)).model();

    assertThat(model.<TimerEventDefinition>getModelElementById("nightly-timer").getTimeCycle().getTextContent())
        .isEqualTo("R/P1D");
    assertThat(model.<TimerEventDefinition>getModelElementById("grace-timer").getTimeDuration().getTextContent())
        .isEqualTo("P5D");
  }

  @Test
  void timerComputedWithFeelIsRejectedNamingTheEvent() {
    String message = rejectionMessage(process("""
        <bpmn:intermediateCatchEvent id="wait-ship" name="Wait for shipping">
          <bpmn:timerEventDefinition>
            <bpmn:timeDate xsi:type="bpmn:tFormalExpression">=date(x) + duration("P1D")</bpmn:timeDate>
          </bpmn:timerEventDefinition>
        </bpmn:intermediateCatchEvent>
        """));

    assertThat(message).startsWith("purchase.bpmn: intermediateCatchEvent 'Wait for shipping' (id wait-ship): ")
        .contains("timer timeDate '=date(x) + duration(\"P1D\")' is a FEEL expression");
  }
}
