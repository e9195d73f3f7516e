package com.souk.workflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rule 4: Camunda 8's design-time rules, each error on the element it is about. */
class ZeebeDesignRulesTest {

    @Test
    void refusesAGatewayFlowWithoutConditionThatIsNotTheDefault() {
        String broken = Bundled.with("purchase.bpmn",
                "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">=offerAccepted = true"
                        + "</bpmn:conditionExpression>", "");
        assertThat(Bundled.upload("purchase.bpmn", broken)).singleElement().satisfies(p -> {
            assertThat(p.element()).isEqualTo("Flow_OfferAccepted_Yes");
            assertThat(p.message()).contains("Camunda 8 does not accept this").contains("condition");
        });
    }

    @Test
    void namesTheTaskWhoseJobTypeIsMissing() {
        String broken = Bundled.with("purchase.bpmn", "<zeebe:taskDefinition type=\"hold-payment\" retries=\"3\" />",
                "<zeebe:taskDefinition retries=\"3\" />");
        assertThat(Bundled.upload("purchase.bpmn", broken)).singleElement().satisfies(p -> {
            assertThat(p.element()).isEqualTo("Task_HoldPayment");
            assertThat(p.message()).contains("'type' must be present");
        });
    }
}
