package com.souk.workflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rule 7: every job type has a handler in Souk. */
class JobTypesTest {

    @Test
    void refusesAJobTypeNoHandlerDoesNamingTheTask() {
        String broken = Bundled.with("purchase.bpmn", "<zeebe:taskDefinition type=\"hold-payment\" retries=\"3\" />",
                "<zeebe:taskDefinition type=\"send-sms\" retries=\"3\" />");
        assertThat(Bundled.upload("purchase.bpmn", broken)).singleElement().satisfies(p -> {
            assertThat(p.element()).isEqualTo("Task_HoldPayment");
            assertThat(p.message()).contains("'Hold payment in escrow'").contains("\"send-sms\"")
                    .contains("hold-payment, invite-review");
        });
    }
}
