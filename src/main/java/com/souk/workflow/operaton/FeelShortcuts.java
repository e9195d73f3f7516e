package com.souk.workflow.operaton;

import java.math.BigDecimal;
import java.util.function.IntPredicate;

import org.camunda.feel.syntaxtree.ConstBool;
import org.camunda.feel.syntaxtree.ConstNumber;
import org.camunda.feel.syntaxtree.ConstString;
import org.camunda.feel.syntaxtree.Exp;
import org.camunda.feel.syntaxtree.InputEqualTo;
import org.camunda.feel.syntaxtree.InputGreaterOrEqual;
import org.camunda.feel.syntaxtree.InputGreaterThan;
import org.camunda.feel.syntaxtree.InputLessOrEqual;
import org.camunda.feel.syntaxtree.InputLessThan;
import org.camunda.feel.syntaxtree.Ref;
import org.camunda.feel.syntaxtree.UnaryTestExpression;
import org.operaton.bpm.engine.variable.context.VariableContext;

/**
 * Answers for the plainest texts of decision tables: "-", a string, boolean or number to compare the input with, a
 * variable's name, a constant. The FEEL engine builds its whole library of built-in functions for every evaluation,
 * which cost more than all the rest of a purchase's decisions together; these answers skip it. Each answers only
 * for inputs whose outcome is beyond doubt (a string compared with a string, a whole number with a number) and
 * otherwise says {@link #UNDECIDED}, and the FEEL engine answers. Tests hold them to the FEEL engine's answers.
 */
final class FeelShortcuts {

    /** The shortcut cannot tell; ask the FEEL engine. */
    static final Object UNDECIDED = new Object();

    private FeelShortcuts() {
    }

    /** A unary test's answer for an input: {@link Boolean} or {@link #UNDECIDED}. */
    interface UnaryTest {
        Object test(Object input);
    }

    /** An expression's value: the value or {@link #UNDECIDED}; a constant remembers what the FEEL engine said. */
    interface Expression {
        Object value(VariableContext variables);

        default void remember(Object evaluated) {
        }
    }

    static UnaryTest unaryTest(String text, Exp test) {
        if (text.strip().equals("-")) {
            return input -> Boolean.TRUE;
        }
        if (test instanceof UnaryTestExpression expression && expression.exp() instanceof ConstString constant) {
            String expected = constant.value();
            return input -> input instanceof String actual ? expected.equals(actual) : UNDECIDED;
        }
        if (test instanceof InputEqualTo equalTo && equalTo.x() instanceof ConstBool constant) {
            boolean expected = constant.value();
            return input -> input instanceof Boolean actual ? expected == actual : UNDECIDED;
        }
        if (test instanceof InputLessThan lessThan && lessThan.x() instanceof ConstNumber bound) {
            return comparison(bound, order -> order < 0);
        }
        if (test instanceof InputLessOrEqual lessOrEqual && lessOrEqual.x() instanceof ConstNumber bound) {
            return comparison(bound, order -> order <= 0);
        }
        if (test instanceof InputGreaterThan greaterThan && greaterThan.x() instanceof ConstNumber bound) {
            return comparison(bound, order -> order > 0);
        }
        if (test instanceof InputGreaterOrEqual greaterOrEqual && greaterOrEqual.x() instanceof ConstNumber bound) {
            return comparison(bound, order -> order >= 0);
        }
        return input -> UNDECIDED;
    }

    static Expression expression(Exp expression) {
        if (expression instanceof Ref ref && ref.names().length() == 1) {
            String name = ref.names().head();
            return variables -> {
                if (variables == null || !variables.containsVariable(name)) {
                    return UNDECIDED;
                }
                Object value = variables.resolve(name).getValue();
                return value instanceof String || value instanceof Long || value instanceof Boolean ? value : UNDECIDED;
            };
        }
        if (expression instanceof ConstString || expression instanceof ConstNumber || expression instanceof ConstBool) {
            return new Constant();
        }
        return variables -> UNDECIDED;
    }

    private static UnaryTest comparison(ConstNumber bound, IntPredicate holds) {
        BigDecimal limit = bound.value().bigDecimal();
        return input -> {
            if (input instanceof Long || input instanceof Integer || input instanceof Short || input instanceof Byte) {
                return holds.test(BigDecimal.valueOf(((Number) input).longValue()).compareTo(limit));
            }
            return UNDECIDED;
        };
    }

    /** A literal: its value never changes, so the FEEL engine's first answer is kept. */
    private static final class Constant implements Expression {
        private volatile Object value = UNDECIDED;

        @Override
        public Object value(VariableContext variables) {
            return value;
        }

        @Override
        public void remember(Object evaluated) {
            value = evaluated;
        }
    }
}
