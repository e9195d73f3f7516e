package com.souk.workflow.operaton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.dmn.feel.impl.FeelException;
import org.operaton.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.operaton.bpm.engine.variable.Variables;
import org.operaton.bpm.engine.variable.context.VariableContext;

class ParseOnceFeelEngineTest {

    private final ParseOnceFeelEngine engine = new ParseOnceFeelEngine();
    private final ScalaFeelEngine stock = new ScalaFeelEngine(List.of());

    private static VariableContext variables(String category, long amount) {
        return Variables.createVariables().putValue("category", category).putValue("amount", amount)
                .putValue("cellInput", category).asVariableContext();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"books\"           | books     | true",
            "\"books\"           | fashion   | false",
            "\"books\",\"music\" | music     | true",
            "not(\"books\")      | books     | false",
            "-                   | anything  | true"})
    void unaryTestsOnTheInputAnswerAsTheStockEngineDoes(String tests, String category, boolean expected) {
        VariableContext context = variables(category, 0);
        assertThat(engine.evaluateSimpleUnaryTests(tests, "cellInput", context)).isEqualTo(expected);
        assertThat(stock.evaluateSimpleUnaryTests(tests, "cellInput", context)).isEqualTo(expected);
    }

    @Test
    void unaryTestsCompareWithOtherVariablesAndRanges() {
        VariableContext context = Variables.createVariables().putValue("cellInput", 2_500L).putValue("limit", 3_000L)
                .asVariableContext();
        assertThat(engine.evaluateSimpleUnaryTests("< limit", "cellInput", context)).isTrue();
        assertThat(engine.evaluateSimpleUnaryTests("[1000..2000]", "cellInput", context)).isFalse();
        assertThat(engine.evaluateSimpleUnaryTests("> 2000", "cellInput", context)).isTrue();
    }

    @Test
    void expressionsReadVariables() {
        assertThat((Object) engine.evaluateSimpleExpression("category", variables("books", 0))).isEqualTo("books");
        assertThat((Object) engine.evaluateSimpleExpression("amount * 2", variables("books", 21)))
                .isEqualTo(stock.<Object>evaluateSimpleExpression("amount * 2", variables("books", 21)));
        assertThat((Object) engine.evaluateSimpleExpression("\"P\" + string(amount) + \"D\"", variables("x", 5)))
                .isEqualTo("P5D");
    }

    @Test
    void eachTextIsParsedOnceWhateverTheVariables() {
        for (String category : List.of("books", "fashion", "home", "books")) {
            engine.evaluateSimpleUnaryTests("\"books\"", "cellInput", variables(category, 0));
            engine.evaluateSimpleExpression("category", variables(category, 0));
        }
        assertThat(engine.parsedTexts()).isEqualTo(2);
    }

    @Test
    void aTextThatDoesNotParseFailsAsItDoesOnTheStockEngine() {
        assertThatThrownBy(() -> engine.evaluateSimpleExpression("1 +* 2", variables("books", 0)))
                .isInstanceOf(FeelException.class);
        assertThatThrownBy(() -> stock.evaluateSimpleExpression("1 +* 2", variables("books", 0)))
                .isInstanceOf(FeelException.class);
        assertThat(engine.parsedTexts()).isZero();
    }

    /** Every text of Souk's decision tables, and some more, against inputs of every kind the engine may hold. */
    @Test
    void answersEveryTextAndInputAsTheStockEngineDoes() {
        List<String> tests = List.of("-", "\"books\"", "\"\"", "false", "true", ">= 3", "< 3", "<= 2000", "> 50000",
                "> 100000", ">= 2.5", "\"a\",\"b\"", "not(\"a\")", "[1..5]");
        List<Object> inputs = java.util.Arrays.asList("books", "BOOKS", "", "a", 3L, 2L, 2000L, 2001L, 100001L, -1L, 3,
                (short) 2, 2.5d, new java.math.BigDecimal("3.0"), true, false, null);
        int compared = 0;
        for (String test : tests) {
            for (Object input : inputs) {
                VariableContext context = Variables.createVariables().putValue("cellInput", input).asVariableContext();
                assertThat(outcome(() -> engine.evaluateSimpleUnaryTests(test, "cellInput", context)))
                        .as("%s on %s", test, input)
                        .isEqualTo(outcome(() -> stock.evaluateSimpleUnaryTests(test, "cellInput", context)));
                compared++;
            }
        }
        for (String expression : List.of("x", "500", "2.5", "\"P5D\"", "false", "x + 1", "y")) {
            for (Object value : inputs) {
                VariableContext context = Variables.createVariables().putValue("x", value).asVariableContext();
                for (int twice = 0; twice < 2; twice++) {
                    assertThat(outcome(() -> engine.evaluateSimpleExpression(expression, context)))
                            .as("%s with x = %s", expression, value)
                            .isEqualTo(outcome(() -> stock.evaluateSimpleExpression(expression, context)));
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(14 * 17 + 7 * 17 * 2);
    }

    private static Object outcome(java.util.function.Supplier<Object> evaluation) {
        try {
            Object value = evaluation.get();
            return value == null ? "null" : value.getClass().getSimpleName() + ":" + value;
        } catch (FeelException e) {
            return "FeelException";
        }
    }

    @Test
    void anEvaluationErrorIsAFeelException() {
        assertThatThrownBy(() -> engine.evaluateSimpleExpression("assert(false, \"no\")", variables("books", 0)))
                .isInstanceOf(FeelException.class);
    }
}
