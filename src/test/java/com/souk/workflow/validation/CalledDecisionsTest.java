package com.souk.workflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rule 9: called decisions and forms exist in the upload or among what is deployed. */
class CalledDecisionsTest {

    @Test
    void refusesACallToADecisionThatIsNotDeployed() {
        String broken = Bundled.with("purchase.bpmn", "decisionId=\"commission\"", "decisionId=\"commision\"");
        assertThat(Bundled.upload("purchase.bpmn", broken)).first().satisfies(p -> {
            assertThat(p.element()).isEqualTo("Task_DetermineCommission");
            assertThat(p.message()).contains("\"commision\"").contains("neither in this file nor deployed")
                    .contains("commission");
        });
    }

    @Test
    void refusesAFormThatIsNotDeployed() {
        String broken = Bundled.with("purchase.bpmn", "formId=\"dispute-review\"", "formId=\"dispute-revue\"");
        assertThat(Bundled.upload("purchase.bpmn", broken)).first().satisfies(p -> {
            assertThat(p.element()).isEqualTo("Task_ReviewDispute");
            assertThat(p.message()).contains("\"dispute-revue\"").contains("not deployed").contains("dispute-review");
        });
    }

    @Test
    void findsADecisionDeployedUnderAnotherFileName() {
        var deployed = new java.util.ArrayList<>(Bundled.files());
        deployed.removeIf(f -> f.name().equals("commission.dmn"));
        deployed.add(com.souk.workflow.ModelFile.of("commission-2025.dmn", Bundled.text("commission.dmn")));
        assertThat(Bundled.VALIDATOR.validate(
                com.souk.workflow.ModelFile.of("purchase.bpmn", Bundled.text("purchase.bpmn")), deployed)).isEmpty();
    }
}
