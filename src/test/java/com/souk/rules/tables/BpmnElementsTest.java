package com.souk.rules.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The elements of the purchase process with their zeebe settings, timers and conditions by readable names. */
class BpmnElementsTest {

    private static ProcessModel purchase() throws IOException {
        return BpmnElements.read(Files.readString(Path.of("bpmn", "purchase.bpmn")));
    }

    @Test
    void readsTasksWithTheirTypeNameAndZeebeSettings() throws IOException {
        ProcessModel model = purchase();

        ProcessElement reserve = model.element("Task_ReserveStock").orElseThrow();
        assertThat(reserve.type()).isEqualTo("serviceTask");
        assertThat(reserve.typeLabel()).isEqualTo("service task");
        assertThat(reserve.name()).isEqualTo("Reserve stock");
        assertThat(reserve.properties()).containsEntry("task type", "reserve-stock").containsEntry("task retries", "3");

        assertThat(model.element("Task_MarkOrderCompleted").orElseThrow().properties())
                .containsEntry("task type", "update-order").containsEntry("header status", "COMPLETED")
                .containsEntry("header event", "COMPLETED");
        assertThat(model.element("Task_DetermineCommission").orElseThrow().properties())
                .containsEntry("called decision", "commission")
                .containsEntry("decision result variable", "commissionBps");
    }

    @Test
    void foldsEventDefinitionsIntoTheirEventAndLeavesTheDiagramOut() throws IOException {
        ProcessModel model = purchase();

        ProcessElement timer = model.element("Event_ProtectionPeriodOver").orElseThrow();
        assertThat(timer.properties()).containsEntry("timer date", "=autoConfirmAt");
        assertThat(model.element("TimerEventDefinition_ProtectionPeriodOver")).isEmpty();
        assertThat(model.element("Event_DeliveryConfirmed").orElseThrow().properties())
                .containsEntry("message", "Message_DeliveryConfirmed");
        assertThat(model.elements()).noneMatch(e -> e.id().startsWith("BPMNShape") || e.id().startsWith("BPMNDiagram"));
        assertThat(model.element("purchase").orElseThrow().type()).isEqualTo("process");
        assertThat(model.element("Message_OrderShipped").orElseThrow().type()).isEqualTo("message");
    }

    @Test
    void readsSequenceFlowsWithTheirEndsAndConditions() throws IOException {
        ProcessModel model = purchase();

        ProcessElement first = model.element("Flow_OrderPlaced_ReserveStock").orElseThrow();
        assertThat(first.properties()).containsEntry("from", "Event_OrderPlaced")
                .containsEntry("to", "Task_ReserveStock")
                .doesNotContainKey("incoming");
        assertThat(model.elements()).filteredOn(e -> e.type().equals("sequenceFlow"))
                .anyMatch(e -> e.properties().containsKey("condition"));
    }

    @Test
    void namesAnElementByItsNameOrElseItsId() throws IOException {
        ProcessModel model = purchase();
        assertThat(model.title("Task_WaitForShipment")).isEqualTo("Wait for shipment");
        assertThat(model.title("Gateway_TriageNeeded")).isEqualTo("Gateway_TriageNeeded");
        assertThat(model.title("Task_Unknown")).isEqualTo("Task_Unknown");
    }

    @Test
    void refusesAFileThatIsNotBpmn() throws IOException {
        assertThatThrownBy(() -> BpmnElements.read(Files.readString(Path.of("bpmn", "commission.dmn"))))
                .isInstanceOf(UnreadableModelException.class).hasMessageContaining("not BPMN 2.0");
    }
}
