package com.souk.workflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rule 2, second half: the BPMN 2.0 and DMN schemas hold, every error with its line and column. */
class XmlSchemaTest {

    @Test
    void namesLineAndColumnOfAnElementBpmnDoesNotHave() {
        String broken = Bundled.with("purchase.bpmn", "<bpmn:incoming>Flow_OrderPlaced_ReserveStock</bpmn:incoming>",
                "<bpmn:incoming>Flow_OrderPlaced_ReserveStock</bpmn:incoming><bpmn:reserve />");
        int line = XmlSyntaxTest.lineOf(broken, "<bpmn:reserve />");
        assertThat(Bundled.upload("purchase.bpmn", broken)).singleElement().satisfies(p -> {
            assertThat(p.element()).startsWith("line " + line + ", column ");
            assertThat(p.message()).contains("not valid BPMN 2.0").contains("'bpmn:reserve'")
                    .contains("bpmn:outgoing");
        });
    }

    @Test
    void reportsEverySchemaErrorOfADecisionNotOnlyTheFirst() {
        String broken = Bundled.with("review-window.dmn", "<rule id=\"Rule_ReviewWindow_Books\">",
                "<rule id=\"Rule_ReviewWindow_Books\"><verdict />");
        broken = broken.replace("<rule id=\"Rule_ReviewWindow_Default\">",
                "<rule id=\"Rule_ReviewWindow_Default\"><verdict />");
        assertThat(Bundled.upload("review-window.dmn", broken)).hasSize(2).allSatisfy(p -> {
            assertThat(p.element()).matches("line \\d+, column \\d+");
            assertThat(p.message()).contains("not valid DMN").contains("'verdict'");
        });
    }
}
