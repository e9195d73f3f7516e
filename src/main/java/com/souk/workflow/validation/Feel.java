package com.souk.workflow.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.syntaxtree.Exp;

/** Parses FEEL texts with the FEEL engine both engines use, and says in plain words where a text breaks. */
final class Feel {

    private static final FeelEngineApi ENGINE = FeelEngineBuilder.create().build();
    private static final Pattern POSITION = Pattern.compile(":(\\d+):(\\d+), found (.*)$", Pattern.DOTALL);

    private Feel() {
    }

    /** The parsed tree, or why the text is not FEEL. */
    record Parsed(Exp tree, String error) {
        boolean ok() {
            return tree != null;
        }
    }

    static Parsed expression(String text) {
        return result(ENGINE.parseExpression(text));
    }

    static Parsed unaryTests(String text) {
        return result(ENGINE.parseUnaryTests(text));
    }

    /** Whether a zeebe attribute or BPMN text is a FEEL expression: it starts with '='. */
    static boolean isExpression(String value) {
        return value != null && value.strip().startsWith("=");
    }

    /** The FEEL after the '='. */
    static String body(String value) {
        return value.strip().substring(1).strip();
    }

    /** The expression after '=' parsed; a blank body is an error too. */
    static Parsed zeebeExpression(String value) {
        String body = body(value);
        return body.isEmpty() ? new Parsed(null, "there is nothing after the '='") : expression(body);
    }

    private static Parsed result(ParseResult result) {
        if (result.isSuccess()) {
            return new Parsed(result.parsedExpression().expression(), null);
        }
        return new Parsed(null, plain(result.failure().message()));
    }

    private static String plain(String message) {
        Matcher at = POSITION.matcher(message);
        if (at.find()) {
            String found = at.group(3).strip();
            return "FEEL cannot read it from character " + at.group(2) + " on"
                    + (found.equals("\"\"") ? " (it ends too early)" : ", at " + found);
        }
        return message;
    }
}
