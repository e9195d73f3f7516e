package com.souk.workflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rule 12: a form is JSON with an id and components, each key once. */
class FormRulesTest {

    @Test
    void namesLineAndColumnWhereTheJsonBreaks() {
        String broken = Bundled.with("dispute-review.form", "\"key\": \"note\",", "\"key\": \"note\"");
        assertThat(Bundled.upload("dispute-review.form", broken)).singleElement().satisfies(p -> {
            assertThat(p.element()).startsWith("line " + (XmlSyntaxTest.lineOf(broken, "\"key\": \"note\"") + 1)
                    + ", column ");
            assertThat(p.message()).contains("not valid JSON");
        });
    }

    @Test
    void refusesAFormWithoutId() {
        String broken = Bundled.with("dispute-review.form", "\"id\": \"dispute-review\",", "");
        assertThat(Bundled.upload("dispute-review.form", broken)).singleElement().satisfies(p -> {
            assertThat(p.element()).isEqualTo("form");
            assertThat(p.message()).contains("no \"id\"").contains("formId");
        });
    }

    @Test
    void refusesAFormWithoutComponents() {
        assertThat(Bundled.upload("dispute-review.form", "{\"id\": \"dispute-review\", \"type\": \"default\"}"))
                .singleElement().satisfies(p -> {
                    assertThat(p.element()).isEqualTo("dispute-review");
                    assertThat(p.message()).contains("no \"components\" array");
                });
    }

    @Test
    void refusesTwoFieldsWithOneKey() {
        String broken = Bundled.with("dispute-review.form", "\"key\": \"note\"", "\"key\": \"agentOutcome\"");
        assertThat(Bundled.upload("dispute-review.form", broken)).singleElement().satisfies(p -> {
            assertThat(p.element()).isEqualTo("Field_Note");
            assertThat(p.message()).contains("\"agentOutcome\"").contains("Field_AgentOutcome");
        });
    }
}
