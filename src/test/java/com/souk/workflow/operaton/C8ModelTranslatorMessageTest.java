package com.souk.workflow.operaton;

import static com.souk.workflow.operaton.C8Models.withRootElements;
import static com.souk.workflow.operaton.Translations.rejectionMessage;
import static com.souk.workflow.operaton.Translations.translate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.operaton.bpm.model.bpmn.instance.Message;
import org.operaton.bpm.model.bpmn.instance.ReceiveTask;

class C8ModelTranslatorMessageTest {

  private static final String PAYMENT_RECEIVED = """
      <bpmn:message id="payment-received-msg" name="PaymentReceived">
        <bpmn:extensionElements><zeebe:subscription correlationKey="=orderId" /></bpmn:extensionElements>
      </bpmn:message>
      """;

  private static final String RECEIVE_PAYMENT = """
      <bpmn:receiveTask id="await-payment" name="Await payment" messageRef="payment-received-msg" />
      """;

  @Test
  void subscriptionBecomesCorrelationVariable() {
    TranslatedModel translated = translate(withRootElements(PAYMENT_RECEIVED, RECEIVE_PAYMENT));

    assertThat(translated.correlationVariableByMessage()).isEqualTo(Map.of("PaymentReceived", "orderId"));
    Message message = translated.model().getModelElementById("payment-received-msg");
    assertThat(message.getName()).isEqualTo("PaymentReceived");
    assertThat(message.getExtensionElements()).as("zeebe:subscription removed").isNull();
    assertThat(translated.model().<ReceiveTask>getModelElementById("await-payment").getMessage())
        .isEqualTo(message);
  }

  @Test
  void correlationKeyThatIsNotAPlainVariableIsRejected() {
    String message = rejectionMessage(withRootElements("""
        <bpmn:message id="payment-received-msg" name="PaymentReceived">
          <bpmn:extensionElements><zeebe:subscription correlationKey="=order.id" /></bpmn:extensionElements>
        </bpmn:message>
        """, RECEIVE_PAYMENT));

    assertThat(message).startsWith("purchase.bpmn: message 'PaymentReceived' (id payment-received-msg): ")
        .contains("correlationKey '=order.id' is not a plain =variable");
  }

  @Test
  void waitingOnMessageWithoutSubscriptionIsRejected() {
    String message = rejectionMessage(withRootElements("""
        <bpmn:message id="payment-received-msg" name="PaymentReceived" />
        """, """
        <bpmn:task id="work" />
        <bpmn:boundaryEvent id="paid-early" name="Paid early" attachedToRef="work">
          <bpmn:messageEventDefinition messageRef="payment-received-msg" />
        </bpmn:boundaryEvent>
        """));

    assertThat(message).startsWith("purchase.bpmn: boundaryEvent 'Paid early' (id paid-early): ")
        .contains("message 'PaymentReceived' has no zeebe:subscription correlationKey");
  }

  @Test
  void messageStartEventNeedsNoCorrelationKey() {
    TranslatedModel translated = translate(withRootElements("""
        <bpmn:message id="order-placed-msg" name="OrderPlaced" />
        """, """
        <bpmn:startEvent id="placed">
          <bpmn:messageEventDefinition messageRef="order-placed-msg" />
        </bpmn:startEvent>
        """));

    assertThat(translated.correlationVariableByMessage()).isEmpty();
    assertThat(translated.model().<Message>getModelElementById("order-placed-msg").getName()).isEqualTo("OrderPlaced");
  }

  @Test
  void messageThrowEventIsRejected() {
    String message = rejectionMessage(withRootElements(PAYMENT_RECEIVED, """
        <bpmn:intermediateThrowEvent id="announce" name="Announce">
          <bpmn:messageEventDefinition messageRef="payment-received-msg" />
        </bpmn:intermediateThrowEvent>
        """));

    assertThat(message).startsWith("purchase.bpmn: intermediateThrowEvent 'Announce' (id announce): ")
        .contains("message throw events are not supported");
  }

  @Test
  void subscribedMessageWithoutNameIsRejected() {
    String message = rejectionMessage(withRootElements("""
        <bpmn:message id="nameless-msg">
          <bpmn:extensionElements><zeebe:subscription correlationKey="=orderId" /></bpmn:extensionElements>
        </bpmn:message>
        """, "<bpmn:startEvent id=\"start\" />"));

    assertThat(message).isEqualTo("purchase.bpmn: message (id nameless-msg): has a correlationKey but no name to correlate by");
  }
}
