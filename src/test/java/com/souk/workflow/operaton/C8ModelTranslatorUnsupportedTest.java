package com.souk.workflow.operaton;

import static com.souk.workflow.operaton.C8Models.process;
import static com.souk.workflow.operaton.C8Models.withRootElements;
import static com.souk.workflow.operaton.Translations.rejectionMessage;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class C8ModelTranslatorUnsupportedTest {

  private static final String UNSUPPORTED = "is not supported on the embedded engine";

  @Test
  void unsupportedMultiInstanceFailsNamingTheElement() {
    assertThat(rejectionMessage(process("""
        <bpmn:task id="notify-each" name="Notify each seller">
          <bpmn:multiInstanceLoopCharacteristics isSequential="true" />
        </bpmn:task>
        """))).isEqualTo("purchase.bpmn: task 'Notify each seller' (id notify-each): "
            + "multiInstanceLoopCharacteristics " + UNSUPPORTED);
  }

  @Test
  void unsupportedStandardLoopFailsNamingTheElement() {
    assertThat(rejectionMessage(process("""
        <bpmn:task id="retry" name="Retry"><bpmn:standardLoopCharacteristics /></bpmn:task>
        """))).isEqualTo("purchase.bpmn: task 'Retry' (id retry): standardLoopCharacteristics " + UNSUPPORTED);
  }

  @Test
  void unsupportedScriptTaskFailsNamingTheElement() {
    assertThat(rejectionMessage(process("""
        <bpmn:scriptTask id="calc" name="Calculate">
          <bpmn:extensionElements><zeebe:script expression="=1" resultVariable="x" /></bpmn:extensionElements>
        </bpmn:scriptTask>
        """))).isEqualTo("purchase.bpmn: scriptTask 'Calculate' (id calc): " + UNSUPPORTED);
  }

  @Test
  void unsupportedCallActivityFailsNamingTheElement() {
    assertThat(rejectionMessage(process("""
        <bpmn:callActivity id="ship" name="Ship">
          <bpmn:extensionElements><zeebe:calledElement processId="shipping" /></bpmn:extensionElements>
        </bpmn:callActivity>
        """))).isEqualTo("purchase.bpmn: callActivity 'Ship' (id ship): " + UNSUPPORTED);
  }

  @Test
  void unsupportedComplexGatewayFailsNamingTheElement() {
    assertThat(rejectionMessage(process("""
        <bpmn:complexGateway id="quorum" name="Quorum" />
        """))).isEqualTo("purchase.bpmn: complexGateway 'Quorum' (id quorum): " + UNSUPPORTED);
  }

  @Test
  void unsupportedTransactionFailsNamingTheElement() {
    assertThat(rejectionMessage(process("""
        <bpmn:transaction id="booking" name="Booking" />
        """))).isEqualTo("purchase.bpmn: transaction 'Booking' (id booking): " + UNSUPPORTED);
  }

  @Test
  void unsupportedAdHocSubProcessFailsNamingTheElement() {
    assertThat(rejectionMessage(process("""
        <bpmn:adHocSubProcess id="checks" name="Checks" />
        """))).isEqualTo("purchase.bpmn: adHocSubProcess 'Checks' (id checks): " + UNSUPPORTED);
  }

  @Test
  void unsupportedSignalEventFailsNamingTheEvent() {
    assertThat(rejectionMessage(withRootElements("""
        <bpmn:signal id="recall-signal" name="Recall" />
        """, """
        <bpmn:intermediateCatchEvent id="recall" name="Recall">
          <bpmn:signalEventDefinition signalRef="recall-signal" />
        </bpmn:intermediateCatchEvent>
        """))).isEqualTo("purchase.bpmn: intermediateCatchEvent 'Recall' (id recall): "
            + "signalEventDefinition " + UNSUPPORTED);
  }

  @Test
  void unsupportedCompensationEventFailsNamingTheEvent() {
    assertThat(rejectionMessage(process("""
        <bpmn:intermediateThrowEvent id="undo" name="Undo"><bpmn:compensateEventDefinition /></bpmn:intermediateThrowEvent>
        """))).isEqualTo("purchase.bpmn: intermediateThrowEvent 'Undo' (id undo): "
            + "compensateEventDefinition " + UNSUPPORTED);
  }

  @Test
  void unsupportedConditionalEventFailsNamingTheEvent() {
    assertThat(rejectionMessage(process("""
        <bpmn:intermediateCatchEvent id="until-paid" name="Until paid">
          <bpmn:conditionalEventDefinition>
            <bpmn:condition xsi:type="bpmn:tFormalExpression">=paid</bpmn:condition>
          </bpmn:conditionalEventDefinition>
        </bpmn:intermediateCatchEvent>
        """))).isEqualTo("purchase.bpmn: intermediateCatchEvent 'Until paid' (id until-paid): "
            + "conditionalEventDefinition " + UNSUPPORTED);
  }

  @ParameterizedTest(name = "zeebe:{0}")
  @ValueSource(strings = {"ioMapping", "properties", "executionListeners", "taskListeners", "priorityDefinition"})
  void unknownZeebeExtensionOnUserTaskFailsNamingTheElement(String localName) {
    assertThat(rejectionMessage(process("""
        <bpmn:userTask id="review" name="Review">
          <bpmn:extensionElements><zeebe:userTask /><zeebe:%s /></bpmn:extensionElements>
        </bpmn:userTask>
        """.formatted(localName)))).isEqualTo("purchase.bpmn: userTask 'Review' (id review): zeebe:"
            + localName + " " + UNSUPPORTED);
  }

  @Test
  void zeebeExtensionOnProcessFailsNamingTheProcess() {
    assertThat(rejectionMessage(C8Models.definitions("""
        <bpmn:process id="order" name="Order" isExecutable="true">
          <bpmn:extensionElements><zeebe:versionTag value="v1" /></bpmn:extensionElements>
          <bpmn:startEvent id="start" />
        </bpmn:process>
        """))).isEqualTo("purchase.bpmn: process 'Order' (id order): zeebe:versionTag " + UNSUPPORTED);
  }
}
