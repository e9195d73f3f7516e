package com.souk.workflow.operaton;

/** A small purchase process as the Camunda 8 Modeler would save it. */
final class PurchaseC8Model {

  static final String XML = C8Models.definitions("""
        <bpmn:message id="payment-received-msg" name="PaymentReceived">
          <bpmn:extensionElements><zeebe:subscription correlationKey="=orderId" /></bpmn:extensionElements>
        </bpmn:message>
        <bpmn:message id="buyer-confirmed-msg" name="BuyerConfirmed">
          <bpmn:extensionElements><zeebe:subscription correlationKey="=orderId" /></bpmn:extensionElements>
        </bpmn:message>
        <bpmn:error id="out-of-stock-error" name="Out of stock" errorCode="OUT_OF_STOCK" />
        <bpmn:process id="purchase" name="Purchase" isExecutable="true">
          <bpmn:startEvent id="order-placed" name="Order placed" />
          <bpmn:serviceTask id="reserve-stock-task" name="Reserve stock">
            <bpmn:extensionElements>
              <zeebe:taskDefinition type="reserve-stock" retries="5" />
              <zeebe:taskHeaders><zeebe:header key="warehouse" value="main" /></zeebe:taskHeaders>
            </bpmn:extensionElements>
          </bpmn:serviceTask>
          <bpmn:boundaryEvent id="out-of-stock" name="Out of stock" attachedToRef="reserve-stock-task">
            <bpmn:errorEventDefinition id="out-of-stock-def" errorRef="out-of-stock-error" />
          </bpmn:boundaryEvent>
          <bpmn:endEvent id="rejected" name="Rejected" />
          <bpmn:businessRuleTask id="commission-task" name="Compute commission">
            <bpmn:extensionElements>
              <zeebe:calledDecision decisionId="commission" resultVariable="commissionBps" />
            </bpmn:extensionElements>
          </bpmn:businessRuleTask>
          <bpmn:receiveTask id="await-payment" name="Await payment" messageRef="payment-received-msg" />
          <bpmn:boundaryEvent id="payment-deadline" name="Payment deadline" attachedToRef="await-payment">
            <bpmn:timerEventDefinition id="payment-deadline-def">
              <bpmn:timeDate xsi:type="bpmn:tFormalExpression">=paymentDeadline</bpmn:timeDate>
            </bpmn:timerEventDefinition>
          </bpmn:boundaryEvent>
          <bpmn:endEvent id="expired" name="Payment expired" />
          <bpmn:eventBasedGateway id="await-confirmation" name="Await confirmation" />
          <bpmn:intermediateCatchEvent id="buyer-confirmed" name="Buyer confirmed">
            <bpmn:messageEventDefinition id="buyer-confirmed-def" messageRef="buyer-confirmed-msg" />
          </bpmn:intermediateCatchEvent>
          <bpmn:intermediateCatchEvent id="confirmation-window" name="14 days passed">
            <bpmn:timerEventDefinition id="confirmation-window-def">
              <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P14D</bpmn:timeDuration>
            </bpmn:timerEventDefinition>
          </bpmn:intermediateCatchEvent>
          <bpmn:endEvent id="completed" name="Completed" />
          <bpmn:sequenceFlow id="f1" sourceRef="order-placed" targetRef="reserve-stock-task" />
          <bpmn:sequenceFlow id="f2" sourceRef="reserve-stock-task" targetRef="commission-task" />
          <bpmn:sequenceFlow id="f3" sourceRef="out-of-stock" targetRef="rejected" />
          <bpmn:sequenceFlow id="f4" sourceRef="commission-task" targetRef="await-payment" />
          <bpmn:sequenceFlow id="f5" sourceRef="payment-deadline" targetRef="expired" />
          <bpmn:sequenceFlow id="f6" sourceRef="await-payment" targetRef="await-confirmation" />
          <bpmn:sequenceFlow id="f7" sourceRef="await-confirmation" targetRef="buyer-confirmed" />
          <bpmn:sequenceFlow id="f8" sourceRef="await-confirmation" targetRef="confirmation-window" />
          <bpmn:sequenceFlow id="f9" sourceRef="buyer-confirmed" targetRef="completed" />
          <bpmn:sequenceFlow id="f10" sourceRef="confirmation-window" targetRef="completed" />
        </bpmn:process>
        <bpmndi:BPMNDiagram id="purchase-diagram">
          <bpmndi:BPMNPlane id="purchase-plane" bpmnElement="purchase">
      """ + shape("order-placed", 100, 100, 36, 36)
      + shape("reserve-stock-task", 180, 78, 100, 80)
      + shape("out-of-stock", 212, 140, 36, 36)
      + shape("rejected", 212, 220, 36, 36)
      + shape("commission-task", 330, 78, 100, 80)
      + shape("await-payment", 480, 78, 100, 80)
      + shape("payment-deadline", 512, 140, 36, 36)
      + shape("expired", 512, 220, 36, 36)
      + shape("await-confirmation", 630, 93, 50, 50)
      + shape("buyer-confirmed", 730, 100, 36, 36)
      + shape("confirmation-window", 730, 180, 36, 36)
      + shape("completed", 830, 100, 36, 36)
      + edge("f1", 136, 118, 180, 118)
      + edge("f2", 280, 118, 330, 118)
      + """
          </bpmndi:BPMNPlane>
        </bpmndi:BPMNDiagram>
      """);

  private PurchaseC8Model() {
  }

  private static String shape(String element, int x, int y, int width, int height) {
    return """
            <bpmndi:BPMNShape id="%s-di" bpmnElement="%s">
              <dc:Bounds x="%d" y="%d" width="%d" height="%d" />
            </bpmndi:BPMNShape>
        """.formatted(element, element, x, y, width, height);
  }

  private static String edge(String flow, int x1, int y1, int x2, int y2) {
    return """
            <bpmndi:BPMNEdge id="%s-di" bpmnElement="%s">
              <di:waypoint x="%d" y="%d" />
              <di:waypoint x="%d" y="%d" />
            </bpmndi:BPMNEdge>
        """.formatted(flow, flow, x1, y1, x2, y2);
  }
}
