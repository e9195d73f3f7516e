package com.souk.workflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The variables a FEEL text reads: top-level names only, none the expression binds itself. */
class FeelNamesTest {

    @Test
    void readsTheFirstNameOfEachPath() {
        assertThat(names("order.amount > limit and contains(buyer.name, \"x\")")).containsExactly("order", "limit",
                "buyer");
    }

    @Test
    void leavesOutNamesBoundInsideTheExpression() {
        assertThat(names("for item in items return item * rate")).containsExactly("items", "rate");
        assertThat(names("some x in xs satisfies x > min")).containsExactly("xs", "min");
        assertThat(names("{base: amount, total: base + fee}.total")).containsExactly("amount", "fee");
        assertThat(names("{f: function(a) a + b, r: f(1)}.r")).containsExactly("b");
    }

    @Test
    void readsTheListOfAFilterButNotTheFieldsOfItsItems() {
        assertThat(names("orders[amount > 10]")).containsExactly("orders");
    }

    @Test
    void readsNamesInUnaryTestsButNotTheInputValue() {
        assertThat(FeelNames.read(Feel.unaryTests("> limit, ? < cap").tree())).containsExactly("limit", "cap");
        assertThat(FeelNames.read(Feel.unaryTests("-").tree())).isEmpty();
    }

    private static java.util.Set<String> names(String expression) {
        Feel.Parsed parsed = Feel.expression(expression);
        assertThat(parsed.ok()).as(parsed.error()).isTrue();
        return FeelNames.read(parsed.tree());
    }
}
