package com.souk.rules.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.rules.tables.BpmnElements;
import com.souk.rules.tables.ProcessElement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What changed between two versions of the purchase process, element by element. */
class ProcessComparisonTest {

    private static String purchase() throws IOException {
        return Files.readString(Path.of("bpmn", "purchase.bpmn"));
    }

    private static ProcessDiff diff(String before, String after) {
        return ProcessComparison.compare(BpmnElements.read(before), BpmnElements.read(after));
    }

    @Test
    void theSameFileHasNoChanges() throws IOException {
        assertThat(diff(purchase(), purchase()).same()).isTrue();
    }

    @Test
    void showsAChangedTaskTypeOfAnElement() throws IOException {
        ProcessDiff diff = diff(purchase(), purchase().replace("type=\"reserve-stock\"", "type=\"reserve-stock-v2\""));

        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changed()).singleElement().satisfies(change -> {
            assertThat(change.id()).isEqualTo("Task_ReserveStock");
            assertThat(change.title()).isEqualTo("Reserve stock");
            assertThat(change.type()).isEqualTo("service task");
            assertThat(change.changes()).containsExactly(new Change("task type", "reserve-stock", "reserve-stock-v2"));
        });
    }

    @Test
    void showsChangedNamesHeadersTimersAndConditions() throws IOException {
        String after = purchase()
                .replace("name=\"Mark order completed\"", "name=\"Complete the order\"")
                .replace("<zeebe:header key=\"event\" value=\"AUTO_CONFIRMED\" />",
                        "<zeebe:header key=\"event\" value=\"CONFIRMED_BY_TIMER\" />")
                .replace(">=shipBy<", ">=shipBy + duration(\"P1D\")<")
                .replace("=offerAccepted = true", "=offerAccepted");

        ProcessDiff diff = diff(purchase(), after);

        assertThat(diff.changed()).extracting(ProcessDiff.ElementChange::id).containsExactlyInAnyOrder(
                "Task_MarkOrderCompleted", "Task_RecordAutoConfirmation", "Event_ShipByDeadlinePassed",
                diff.changed().stream().filter(c -> c.type().equals("sequence flow")).findFirst().orElseThrow().id());
        assertThat(find(diff, "Task_MarkOrderCompleted").changes())
                .containsExactly(new Change("name", "Mark order completed", "Complete the order"));
        assertThat(find(diff, "Task_RecordAutoConfirmation").changes())
                .containsExactly(new Change("header event", "AUTO_CONFIRMED", "CONFIRMED_BY_TIMER"));
        assertThat(find(diff, "Event_ShipByDeadlinePassed").changes())
                .containsExactly(new Change("timer duration", "=shipBy", "=shipBy + duration(\"P1D\")"));
        assertThat(diff.changed()).filteredOn(c -> c.type().equals("sequence flow")).singleElement()
                .satisfies(c -> assertThat(c.changes()).containsExactly(
                        new Change("condition", "=offerAccepted = true", "=offerAccepted")));
    }

    @Test
    void showsAnElementAddedAndOneRemoved() throws IOException {
        String after = purchase()
                .replace("<bpmn:serviceTask id=\"Task_InviteBuyerToReview\"",
                        "<bpmn:serviceTask id=\"Task_InviteBuyer\"")
                .replace("<bpmn:endEvent id=\"Event_OrderCompleted\" name=\"Order completed\">",
                        "<bpmn:task id=\"Task_SayThanks\" name=\"Say thanks\" />"
                                + "<bpmn:endEvent id=\"Event_OrderCompleted\" name=\"Order completed\">");

        ProcessDiff diff = diff(purchase(), after);

        assertThat(diff.added()).extracting(ProcessElement::id).containsExactlyInAnyOrder("Task_InviteBuyer",
                "Task_SayThanks");
        assertThat(diff.removed()).extracting(ProcessElement::id).containsExactly("Task_InviteBuyerToReview");
        assertThat(diff.added()).filteredOn(e -> e.id().equals("Task_SayThanks")).singleElement()
                .satisfies(e -> assertThat(e.typeLabel()).isEqualTo("task"));
    }

    @Test
    void showsAChangedType() throws IOException {
        String after = purchase().replaceFirst(
                "(?s)<bpmn:receiveTask id=\"Task_WaitForShipment\"(.*?)</bpmn:receiveTask>",
                "<bpmn:userTask id=\"Task_WaitForShipment\"$1</bpmn:userTask>");

        ProcessDiff.ElementChange change = find(diff(purchase(), after), "Task_WaitForShipment");

        assertThat(change.changes()).contains(new Change("type", "receive task", "user task"));
    }

    private static ProcessDiff.ElementChange find(ProcessDiff diff, String id) {
        return diff.changed().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
