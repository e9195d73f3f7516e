package com.souk.workflow.operaton;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.variable.Variables;

/** The shortcuts answer the plain cases themselves and leave every other case to the FEEL engine. */
class FeelShortcutsTest {

    private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();

    private static FeelShortcuts.UnaryTest test(String text) {
        return FeelShortcuts.unaryTest(text, FEEL.parseUnaryTests(text).parsedExpression().expression());
    }

    private static FeelShortcuts.Expression expression(String text) {
        return FeelShortcuts.expression(FEEL.parseExpression(text).parsedExpression().expression());
    }

    @Test
    void answersStringsBooleansWholeNumbersAndTheDash() {
        assertThat(test("\"books\"").test("books")).isEqualTo(true);
        assertThat(test("\"books\"").test("fashion")).isEqualTo(false);
        assertThat(test("false").test(false)).isEqualTo(true);
        assertThat(test("> 50000").test(50_001L)).isEqualTo(true);
        assertThat(test("<= 2000").test(2_000)).isEqualTo(true);
        assertThat(test("< 3").test(3L)).isEqualTo(false);
        assertThat(test("-").test(null)).isEqualTo(true);
    }

    @Test
    void leavesOtherInputsAndTestsToTheFeelEngine() {
        assertThat(test("\"books\"").test(5L)).isSameAs(FeelShortcuts.UNDECIDED);
        assertThat(test("\"books\"").test(null)).isSameAs(FeelShortcuts.UNDECIDED);
        assertThat(test("> 3").test(3.5d)).isSameAs(FeelShortcuts.UNDECIDED);
        assertThat(test("> 3").test("4")).isSameAs(FeelShortcuts.UNDECIDED);
        assertThat(test("[1..5]").test(3L)).isSameAs(FeelShortcuts.UNDECIDED);
        assertThat(test("\"a\",\"b\"").test("a")).isSameAs(FeelShortcuts.UNDECIDED);
    }

    @Test
    void readsPlainVariablesAndRemembersConstants() {
        var variables = Variables.createVariables().putValue("category", "books").putValue("count", 3)
                .asVariableContext();
        assertThat(expression("category").value(variables)).isEqualTo("books");
        assertThat(expression("count").value(variables)).isSameAs(FeelShortcuts.UNDECIDED);
        assertThat(expression("missing").value(variables)).isSameAs(FeelShortcuts.UNDECIDED);
        assertThat(expression("category + \"!\"").value(variables)).isSameAs(FeelShortcuts.UNDECIDED);

        FeelShortcuts.Expression constant = expression("\"P5D\"");
        assertThat(constant.value(variables)).isSameAs(FeelShortcuts.UNDECIDED);
        constant.remember("P5D");
        assertThat(constant.value(variables)).isEqualTo("P5D");
    }
}
