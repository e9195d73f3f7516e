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
 * Operaton's FEEL engine for decision tables, parsing each text once. The stock engine parses every input
 * expression, input entry and output entry again on every evaluation, which made decision tables half of the
 * job executor's CPU time in the benchmark. The texts come from deployed models, so they repeat; a text that
 * does not parse goes to the stock engine, which reports the error as it always has.
 */
final class ParseOnceFeelEngine extends ScalaFeelEngine {

    /** Deployed models hold a few hundred texts; the bound only guards against an unexpected flood. */
    static final int MAX_TEXTS = 10_000;

    private final Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
    private final Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();

    ParseOnceFeelEngine() {
        super(List.of());
    }

    @Override
    public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
        ParsedExpression parsed = parsed(expressions, expression, feelEngineApi::parseExpression);
        if (parsed == null) {
            return super.evaluateSimpleExpression(expression, variables);
        }
        return result(feelEngineApi.evaluate(parsed, context(variables)));
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String tests, String inputName, VariableContext variables) {
        ParsedExpression parsed = parsed(unaryTests, tests, feelEngineApi::parseUnaryTests);
        if (parsed == null) {
            return super.evaluateSimpleUnaryTests(tests, inputName, variables);
        }
        Object input = inputName != null && variables != null && variables.containsVariable(inputName)
                ? variables.resolve(inputName).getValue()
                : null;
        return Boolean.TRUE.equals(result(feelEngineApi.evaluateWithInput(parsed, input, context(variables))));
    }

    int parsedTexts() {
        return expressions.size() + unaryTests.size();
    }

    private static ParsedExpression parsed(Map<String, ParsedExpression> cache, String text,
            Function<String, ParseResult> parser) {
        ParsedExpression known = cache.get(text);
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
        cache.put(text, result.parsedExpression());
        return result.parsedExpression();
    }

    private static CustomContext context(VariableContext variables) {
        return new CustomContext() {
            @Override
            public VariableProvider variableProvider() {
                return new ContextVariableWrapper(variables);
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> T result(EvaluationResult result) {
        if (result.isSuccess()) {
            return (T) result.result();
        }
        throw LOGGER.evaluationException(result.failure().message());
    }
}
