package com.souk.workflow.operaton;

import static com.souk.workflow.operaton.C8Models.process;
import static com.souk.workflow.operaton.Translations.rejectionMessage;
import static com.souk.workflow.operaton.Translations.translate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.BaseElement;
import org.operaton.bpm.model.bpmn.instance.SendTask;
import org.operaton.bpm.model.bpmn.instance.ServiceTask;
import org.operaton.bpm.model.bpmn.instance.operaton.OperatonFailedJobRetryTimeCycle;
import org.operaton.bpm.model.bpmn.instance.operaton.OperatonProperties;

class C8ModelTranslatorJobTaskTest {

  @Test
  void serviceTaskBecomesAsyncJobDispatchedByType() {
    BpmnModelInstance model = translate(process("""
        <bpmn:serviceTask id="reserve-stock-task" name="Reserve stock">
          <bpmn:extensionElements>
            <zeebe:taskDefinition type="reserve-stock" retries="5" />
          </bpmn:extensionElements>
        </bpmn:serviceTask>
        """)).model();

    ServiceTask task = model.getModelElementById("reserve-stock-task");
    assertThat(task.isOperatonAsyncBefore()).isTrue();
    assertThat(task.getOperatonDelegateExpression()).isEqualTo("${soukJobDispatcher}");
    assertThat(retryCycle(task)).isEqualTo("R5/PT5S");
    assertThat(properties(task)).containsExactly(tuple("souk.jobType", "reserve-stock"));
  }

  @Test
  void retriesDefaultToThreeWhenTaskDefinitionOmitsThem() {
    BpmnModelInstance model = translate(process(C8Models.serviceTask("capture", "Capture payment", ""))).model();

    assertThat(retryCycle(model.getModelElementById("capture"))).isEqualTo("R3/PT5S");
  }

  @Test
  void sendTaskIsDispatchedLikeAServiceTask() {
    BpmnModelInstance model = translate(process("""
        <bpmn:sendTask id="notify-seller" name="Notify seller">
          <bpmn:extensionElements>
            <zeebe:taskDefinition type="notify-seller" retries="2" />
          </bpmn:extensionElements>
        </bpmn:sendTask>
        """)).model();

    SendTask task = model.getModelElementById("notify-seller");
    assertThat(task.isOperatonAsyncBefore()).isTrue();
    assertThat(task.getOperatonDelegateExpression()).isEqualTo("${soukJobDispatcher}");
    assertThat(retryCycle(task)).isEqualTo("R2/PT5S");
    assertThat(properties(task)).containsExactly(tuple("souk.jobType", "notify-seller"));
  }

  @Test
  void taskHeadersBecomePrefixedOperatonProperties() {
    BpmnModelInstance model = translate(process(C8Models.serviceTask("reject", "Reject order", """
        <zeebe:taskHeaders>
          <zeebe:header key="status" value="REJECTED" />
          <zeebe:header key="reason" value="out of stock" />
        </zeebe:taskHeaders>
        """))).model();

    assertThat(properties(model.getModelElementById("reject"))).containsExactly(
        tuple("souk.jobType", "job-reject"),
        tuple("souk.header.status", "REJECTED"),
        tuple("souk.header.reason", "out of stock"));
  }

  @Test
  void serviceTaskWithoutTaskDefinitionIsRejected() {
    String message = rejectionMessage(process("""
        <bpmn:serviceTask id="mystery" name="Mystery" />
        """));

    assertThat(message).isEqualTo("purchase.bpmn: serviceTask 'Mystery' (id mystery): "
        + "has no zeebe:taskDefinition, so there is no job type to dispatch");
  }

  @Test
  void jobTypeExpressionIsRejected() {
    String message = rejectionMessage(process("""
        <bpmn:serviceTask id="dynamic" name="Dynamic">
          <bpmn:extensionElements><zeebe:taskDefinition type="=jobType" /></bpmn:extensionElements>
        </bpmn:serviceTask>
        """));

    assertThat(message).startsWith("purchase.bpmn: serviceTask 'Dynamic' (id dynamic): ")
        .contains("type '=jobType' is a FEEL expression");
  }

  @Test
  void retriesExpressionIsRejected() {
    String message = rejectionMessage(process("""
        <bpmn:serviceTask id="flaky" name="Flaky">
          <bpmn:extensionElements><zeebe:taskDefinition type="flaky" retries="=maxRetries" /></bpmn:extensionElements>
        </bpmn:serviceTask>
        """));

    assertThat(message).startsWith("purchase.bpmn: serviceTask 'Flaky' (id flaky): ")
        .contains("retries '=maxRetries' is not a non-negative whole number");
  }

  @Test
  void ioMappingOnServiceTaskIsRejectedNamingTheElement() {
    String message = rejectionMessage(process(C8Models.serviceTask("reserve-stock-task", "Reserve stock", """
        <zeebe:ioMapping><zeebe:input source="=orderId" target="id" /></zeebe:ioMapping>
        """)));

    assertThat(message).isEqualTo("purchase.bpmn: serviceTask 'Reserve stock' (id reserve-stock-task): "
        + "zeebe:ioMapping is not supported on the embedded engine");
  }

  static String retryCycle(BaseElement element) {
    return element.getExtensionElements().getElementsQuery()
        .filterByType(OperatonFailedJobRetryTimeCycle.class).singleResult().getTextContent();
  }

  static List<Tuple> properties(BaseElement element) {
    return element.getExtensionElements().getElementsQuery()
        .filterByType(OperatonProperties.class).singleResult()
        .getOperatonProperties().stream()
        .map(property -> tuple(property.getOperatonName(), property.getOperatonValue()))
        .toList();
  }
}
