package com.souk.workflow.operaton;

/** Camunda 8 elements that need no translation, gathered into one process for the pass-through test. */
final class PassThroughModel {

  static final String ROOT_ELEMENTS = """
      <bpmn:error id="out-of-stock" name="Out of stock" errorCode="OUT_OF_STOCK" />
      <bpmn:escalation id="late" name="Late" escalationCode="LATE" />
      """;

  static final String FLOW_ELEMENTS = """
      <bpmn:laneSet id="lanes">
        <bpmn:lane id="platform-lane" name="Platform">
          <bpmn:flowNodeRef>start</bpmn:flowNodeRef>
          <bpmn:flowNodeRef>split</bpmn:flowNodeRef>
        </bpmn:lane>
      </bpmn:laneSet>
      <bpmn:startEvent id="start" name="Order placed" />
      <bpmn:parallelGateway id="split" />
      <bpmn:inclusiveGateway id="options" />
      <bpmn:manualTask id="pack" name="Pack parcel" />
      <bpmn:task id="note" name="Note" />
      <bpmn:subProcess id="fulfilment" name="Fulfilment">
        <bpmn:startEvent id="fulfilment-start" />
        <bpmn:endEvent id="fulfilment-end" />
        <bpmn:sequenceFlow id="fulfilment-flow" sourceRef="fulfilment-start" targetRef="fulfilment-end" />
      </bpmn:subProcess>
      <bpmn:subProcess id="on-late" name="On late" triggeredByEvent="true">
        <bpmn:startEvent id="late-start" isInterrupting="false">
          <bpmn:escalationEventDefinition escalationRef="late" />
        </bpmn:startEvent>
        <bpmn:endEvent id="late-end" />
        <bpmn:sequenceFlow id="late-flow" sourceRef="late-start" targetRef="late-end" />
      </bpmn:subProcess>
      <bpmn:boundaryEvent id="stock-error" attachedToRef="fulfilment">
        <bpmn:errorEventDefinition id="stock-error-def" errorRef="out-of-stock" />
      </bpmn:boundaryEvent>
      <bpmn:endEvent id="rejected" name="Rejected">
        <bpmn:errorEventDefinition id="rejected-def" errorRef="out-of-stock" />
      </bpmn:endEvent>
      <bpmn:endEvent id="done" />
      <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="split" />
      <bpmn:sequenceFlow id="f2" sourceRef="split" targetRef="options" />
      <bpmn:sequenceFlow id="f3" sourceRef="split" targetRef="fulfilment" />
      <bpmn:sequenceFlow id="f4" sourceRef="options" targetRef="pack" />
      <bpmn:sequenceFlow id="f5" sourceRef="pack" targetRef="note" />
      <bpmn:sequenceFlow id="f6" sourceRef="note" targetRef="done" />
      <bpmn:sequenceFlow id="f7" sourceRef="stock-error" targetRef="rejected" />
      <bpmn:textAnnotation id="why"><bpmn:text>Split for speed</bpmn:text></bpmn:textAnnotation>
      <bpmn:association id="why-link" sourceRef="split" targetRef="why" />
      """;

  static final String DIAGRAM = """
      <bpmndi:BPMNDiagram id="diagram">
        <bpmndi:BPMNPlane id="plane" bpmnElement="order">
          <bpmndi:BPMNShape id="start-shape" bpmnElement="start">
            <dc:Bounds x="100" y="100" width="36" height="36" />
          </bpmndi:BPMNShape>
          <bpmndi:BPMNShape id="split-shape" bpmnElement="split">
            <dc:Bounds x="200" y="93" width="50" height="50" />
          </bpmndi:BPMNShape>
          <bpmndi:BPMNShape id="platform-lane-shape" bpmnElement="platform-lane" isHorizontal="true">
            <dc:Bounds x="50" y="50" width="600" height="200" />
          </bpmndi:BPMNShape>
          <bpmndi:BPMNEdge id="f1-edge" bpmnElement="f1">
            <di:waypoint x="136" y="118" />
            <di:waypoint x="200" y="118" />
          </bpmndi:BPMNEdge>
        </bpmndi:BPMNPlane>
      </bpmndi:BPMNDiagram>
      """;

  private PassThroughModel() {
  }
}
