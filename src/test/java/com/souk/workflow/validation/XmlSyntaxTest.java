package com.souk.workflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rule 2, first half: the XML parses, and where it does not the problem says the line and column. */
class XmlSyntaxTest {

    @Test
    void namesLineAndColumnWhereTruncatedXmlBreaksOff() {
        String commission = Bundled.text("commission.dmn");
        String truncated = commission.substring(0, commission.indexOf("<rule id=\"Rule_Commission_Books\">"));
        assertThat(Bundled.upload("commission.dmn", truncated)).singleElement().satisfies(p -> {
            assertThat(p.element()).matches("line \\d+, column \\d+");
            assertThat(p.message()).contains("not well-formed XML").contains("Camunda Modeler");
        });
    }

    @Test
    void namesTheLineOfAStrayCharacter() {
        String broken = Bundled.with("purchase.bpmn", "<bpmn:serviceTask id=\"Task_HoldPayment\"",
                "<bpmn:serviceTask id=\"Task_HoldPayment\" <");
        int line = lineOf(broken, "Task_HoldPayment\" <");
        assertThat(Bundled.upload("purchase.bpmn", broken)).singleElement()
                .satisfies(p -> assertThat(p.element()).startsWith("line " + line + ", column "));
    }

    @Test
    void refusesADmnWhoseRootIsNoDmnDefinitions() {
        assertThat(Bundled.upload("commission.dmn", Bundled.text("purchase.bpmn"))).singleElement().satisfies(p -> {
            assertThat(p.element()).isEqualTo("line 1, column 1");
            assertThat(p.message()).contains("A .dmn file holds <definitions> of DMN").contains("bpmn:definitions");
        });
    }

    static int lineOf(String text, String part) {
        return (int) text.substring(0, text.indexOf(part)).chars().filter(c -> c == '\n').count() + 1;
    }
}
