package com.souk.workflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rule 11: only what the embedded engine's translation supports, named on the element it refuses. */
class TranslationSupportTest {

    @Test
    void refusesATimerTheTranslationCannotCarryOver() {
        String broken = Bundled.with("purchase.bpmn", ">=shipBy</bpmn:timeDuration>",
                ">=string(shipBy)</bpmn:timeDuration>");
        assertThat(Bundled.upload("purchase.bpmn", broken)).singleElement().satisfies(p -> {
            assertThat(p.element()).isEqualTo("Event_ShipByDeadlinePassed");
            assertThat(p.message()).startsWith("Souk's embedded engine cannot run this: boundaryEvent"
                    + " 'Ship-by deadline passed': timer timeDuration '=string(shipBy)'");
        });
    }

    @Test
    void saysAConstructOnceWhenAnEarlierRuleHasNamedItsElement() {
        String broken = Bundled.with("purchase.bpmn",
                "<bpmn:outgoing>Flow_ReserveStock_DetermineShipBy</bpmn:outgoing>",
                "<bpmn:outgoing>Flow_ReserveStock_DetermineShipBy</bpmn:outgoing>"
                        + "<bpmn:multiInstanceLoopCharacteristics />");
        assertThat(Bundled.upload("purchase.bpmn", broken)).singleElement()
                .satisfies(p -> assertThat(p.element()).isEqualTo("Task_ReserveStock"));
    }
}
