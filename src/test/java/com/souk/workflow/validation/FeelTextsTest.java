package com.souk.workflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rule 5: every FEEL text of a process or decision parses. */
class FeelTextsTest {

    @Test
    void refusesAnOutputCellThatIsNotFeel() {
        String broken = Bundled.with("commission.dmn", "<text>500</text>", "<text>foo bar ((</text>");
        assertThat(Bundled.upload("commission.dmn", broken)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("commission.dmn");
            assertThat(p.element()).isEqualTo("OutputEntry_Commission_Electronics");
            assertThat(p.message()).contains("\"foo bar ((\"").contains("not valid FEEL").contains("500");
        });
    }

    @Test
    void refusesAnInputCellThatIsNoUnaryTest() {
        String broken = Bundled.with("dispute-triage.dmn", "<text>&gt;= 3</text>", "<text>&gt;= </text>");
        assertThat(Bundled.upload("dispute-triage.dmn", broken)).singleElement().satisfies(p -> {
            assertThat(p.element()).isEqualTo("InputEntry_Triage_PossibleAbuse_BuyerPastDisputes");
            assertThat(p.message()).contains("\">=\"").contains("not a valid FEEL test");
        });
    }

    @Test
    void refusesAnInputExpressionThatIsNotFeel() {
        String broken = Bundled.with("review-window.dmn", "<text>category</text>", "<text>category of</text>");
        assertThat(Bundled.upload("review-window.dmn", broken)).singleElement()
                .satisfies(p -> assertThat(p.element()).isEqualTo("Input_ReviewWindowCategory"));
    }

    @Test
    void refusesAConditionAndACorrelationKeyThatAreNotFeel() {
        String broken = Bundled.with("purchase.bpmn", "=triage = \"AUTO_REFUND\"", "=triage = = \"AUTO_REFUND\"");
        broken = broken.replace("<bpmn:message id=\"Message_BuyerAnswered\" name=\"BuyerAnswered\">\n"
                + "    <bpmn:extensionElements>\n      <zeebe:subscription correlationKey=\"=orderId\" />",
                "<bpmn:message id=\"Message_BuyerAnswered\" name=\"BuyerAnswered\">\n"
                        + "    <bpmn:extensionElements>\n      <zeebe:subscription correlationKey=\"=order Id(\" />");
        assertThat(Bundled.upload("purchase.bpmn", broken)).extracting(p -> p.element() + ": " + p.message())
                .anySatisfy(text -> assertThat(text).startsWith("Flow_TriageResult_AutoRefund: The condition")
                        .contains("not valid FEEL"))
                .anySatisfy(text -> assertThat(text)
                        .startsWith("Message_BuyerAnswered: zeebe:subscription correlationKey \"=order Id(\""));
    }
}
