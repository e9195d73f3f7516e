package com.souk.workflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rule 3: Camunda 8 models only; no Camunda 7 or Operaton extensions, no other execution platform. */
class CamundaEightFlavourTest {

    @Test
    void refusesACamunda7AttributeNamingItsElement() {
        String broken = Bundled.with("purchase.bpmn", "<bpmn:serviceTask id=\"Task_HoldPayment\"",
                "<bpmn:serviceTask xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" camunda:asyncBefore=\"true\""
                        + " id=\"Task_HoldPayment\"");
        assertThat(Bundled.upload("purchase.bpmn", broken)).singleElement().satisfies(p -> {
            assertThat(p.element()).isEqualTo("Task_HoldPayment");
            assertThat(p.message()).contains("camunda:asyncBefore=\"true\"").contains("Camunda 7");
        });
    }

    @Test
    void refusesAnOperatonExtensionElementNamingItsOwner() {
        String broken = Bundled.with("purchase.bpmn", "<zeebe:taskDefinition type=\"hold-payment\" retries=\"3\" />",
                "<zeebe:taskDefinition type=\"hold-payment\" retries=\"3\" /><operaton:failedJobRetryTimeCycle"
                        + " xmlns:operaton=\"http://operaton.org/schema/1.0/bpmn\">R3/PT5S"
                        + "</operaton:failedJobRetryTimeCycle>");
        assertThat(Bundled.upload("purchase.bpmn", broken)).extracting(p -> p.element() + ": " + p.message())
                .anySatisfy(text -> assertThat(text).startsWith("Task_HoldPayment: ")
                        .contains("<operaton:failedJobRetryTimeCycle> is a Operaton extension"));
    }

    @Test
    void refusesADecisionMadeForCamunda7() {
        String broken = Bundled.with("commission.dmn", "modeler:executionPlatform=\"Camunda Cloud\"",
                "modeler:executionPlatform=\"Camunda Platform\"");
        assertThat(Bundled.upload("commission.dmn", broken)).singleElement().satisfies(p -> {
            assertThat(p.element()).isEqualTo("Definitions_Commission");
            assertThat(p.message()).contains("\"Camunda Platform\"").contains("\"Camunda Cloud\"");
        });
    }

    @Test
    void refusesAFormMadeForAnotherPlatform() {
        String broken = Bundled.with("dispute-review.form", "\"executionPlatform\": \"Camunda Cloud\"",
                "\"executionPlatform\": \"Camunda Platform\"");
        assertThat(Bundled.upload("dispute-review.form", broken)).singleElement().satisfies(p -> {
            assertThat(p.element()).isEqualTo("dispute-review");
            assertThat(p.message()).contains("form is made for \"Camunda Platform\"");
        });
    }
}
