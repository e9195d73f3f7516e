package com.souk.workflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rule 8: a process Souk starts, waiting only for messages Souk sends it, each with a correlation key. */
class MessagesTest {

    private static final String SUBSCRIPTION = "<bpmn:message id=\"Message_DeliveryConfirmed\" name=\"DeliveryConfirmed\">\n"
            + "    <bpmn:extensionElements>\n      <zeebe:subscription correlationKey=\"=orderId\" />";

    @Test
    void refusesAMessageWithoutCorrelationKeyNamingTheWaitingEvent() {
        String broken = Bundled.with("purchase.bpmn", SUBSCRIPTION,
                SUBSCRIPTION.replace("correlationKey=\"=orderId\"", ""));
        assertThat(Bundled.upload("purchase.bpmn", broken)).extracting(p -> p.element() + ": " + p.message())
                .anySatisfy(text -> assertThat(text).startsWith("Event_DeliveryConfirmed: ")
                        .contains("\"DeliveryConfirmed\"").contains("no correlation key").contains("=orderId"));
    }

    @Test
    void refusesAMessageSoukNeverSends() {
        String broken = Bundled.with("purchase.bpmn", "name=\"BuyerAnswered\"", "name=\"BuyerReplied\"");
        assertThat(Bundled.upload("purchase.bpmn", broken)).first().satisfies(p -> {
            assertThat(p.element()).isEqualTo("Task_WaitForBuyersAnswer");
            assertThat(p.message()).contains("\"BuyerReplied\"").contains("never sends")
                    .contains("Souk sends: BuyerAnswered, DeliveryConfirmed");
        });
    }

    @Test
    void refusesAProcessNoContractDeclares() {
        String broken = Bundled.with("purchase.bpmn", "<bpmn:process id=\"purchase\"", "<bpmn:process id=\"order\"");
        assertThat(Bundled.upload("purchase.bpmn", broken)).singleElement().satisfies(p -> {
            assertThat(p.element()).isEqualTo("order");
            assertThat(p.message()).contains("never starts a process \"order\"").contains("purchase");
        });
    }
}
