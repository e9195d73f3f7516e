package com.souk.workflow.operaton;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.operaton.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.operaton.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.operaton.bpm.engine.variable.context.VariableContext;

/**
 * Operaton's FEEL engine for decision tables, parsing each text once and answering the plainest texts through
 * {@link FeelShortcuts}. The stock engine parses every input expression, input entry and output entry again on
 * every evaluation, and builds its library of built-in functions each time; together that made decision tables
 * half of the job executor's CPU time in the benchmark. The texts come from deployed models, so they repeat; a
 * text that does not parse goes to the stock engine, which reports the error as it always has.
 */
final class ParseOnceFeelEngine extends ScalaFeelEngine {

    /** Deployed models hold a few hundred texts; the bound only guards against an unexpected flood. */
    static final int MAX_TEXTS = 10_000;

    private record Parsed<S>(ParsedExpression expression, S shortcut) {
    }

    private final Map<String, Parsed<FeelShortcuts.Expression>> expressions = new ConcurrentHashMap<>();
    private final Map<String, Parsed<FeelShortcuts.UnaryTest>> unaryTests = new ConcurrentHashMap<>();

    ParseOnceFeelEngine() {
        super(List.of());
    }

    @Override
    public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
        Parsed<FeelShortcuts.Expression> parsed = parsed(expressions, expression, feelEngineApi::parseExpression,
                tree -> FeelShortcuts.expression(tree.expression()));
        if (parsed == null) {
            return super.evaluateSimpleExpression(expression, variables);
        }
        Object known = parsed.shortcut().value(variables);
        if (known != FeelShortcuts.UNDECIDED) {
            return cast(known);
        }
        T value = result(feelEngineApi.evaluate(parsed.expression(), context(variables)));
        parsed.shortcut().remember(value);
        return value;
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String tests, String inputName, VariableContext variables) {
        Parsed<FeelShortcuts.UnaryTest> parsed = parsed(unaryTests, tests, feelEngineApi::parseUnaryTests,
                tree -> FeelShortcuts.unaryTest(tests, tree.expression()));
        if (parsed == null) {
            return super.evaluateSimpleUnaryTests(tests, inputName, variables);
        }
        Object input = inputName != null && variables != null && variables.containsVariable(inputName)
                ? variables.resolve(inputName).getValue()
                : null;
        Object known = parsed.shortcut().test(input);
        if (known != FeelShortcuts.UNDECIDED) {
            return (Boolean) known;
        }
        return Boolean.TRUE.equals(
                result(feelEngineApi.evaluateWithInput(parsed.expression(), input, context(variables))));
    }

    int parsedTexts() {
        return expressions.size() + unaryTests.size();
    }

    private static <S> Parsed<S> parsed(Map<String, Parsed<S>> cache, String text,
            Function<String, ParseResult> parser, Function<ParsedExpression, S> shortcut) {
        Parsed<S> known = cache.get(text);
        if (known != null) {
            return known;
        }
        ParseResult result = parser.apply(text);
        if (!result.isSuccess()) {
            return null;
        }
        if (cache.size() >= MAX_TEXTS) {
            cache.clear();
        }
        Parsed<S> parsed = new Parsed<>(result.parsedExpression(), shortcut.apply(result.parsedExpression()));
        cache.put(text, parsed);
        return parsed;
    }

    private static CustomContext context(VariableContext variables) {
        return new CustomContext() {
            @Override
            public VariableProvider variableProvider() {
                return new ContextVariableWrapper(variables);
            }
        };
    }

    private static <T> T result(EvaluationResult result) {
        if (result.isSuccess()) {
            return cast(result.result());
        }
        throw LOGGER.evaluationException(result.failure().message());
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
