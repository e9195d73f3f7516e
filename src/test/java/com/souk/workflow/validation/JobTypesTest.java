package com.souk.workflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rule 7: every job type has a handler in Souk, and its task gives the headers the handler understands. */
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

    @Test
    void refusesAnEventHeaderTheOrderTimelineDoesNotKnow() {
        String broken = Bundled.with("purchase.bpmn", "<zeebe:header key=\"event\" value=\"AUTO_CONFIRMED\" />",
                "<zeebe:header key=\"event\" value=\"AUTO_CONFIRMD\" />");
        assertThat(Bundled.upload("purchase.bpmn", broken)).singleElement().satisfies(p -> {
            assertThat(p.element()).isEqualTo("Task_RecordAutoConfirmation");
            assertThat(p.message()).contains("event = \"AUTO_CONFIRMD\"").contains("AUTO_CONFIRMED");
        });
    }

    @Test
    void refusesASettlementTaskWithoutTheRefundItShouldMake() {
        String broken = Bundled.with("purchase.bpmn", """
                          <zeebe:header key="refund" value="none" />
                """, "");
        assertThat(Bundled.upload("purchase.bpmn", broken)).singleElement().satisfies(p -> {
            assertThat(p.element()).isEqualTo("Task_CloseDisputeWithoutRefund");
            assertThat(p.message()).contains("no task header \"refund\"");
        });
    }
}
