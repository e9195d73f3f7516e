package com.souk.protection.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the analysts' decision form and checking what an agent submits against it. */
class ReviewFormTest {

    private final ReviewForm form = ReviewForm.parse(read(), new ObjectMapper());

    private static String read() {
        try {
            return Files.readString(Path.of("forms", "dispute-review.form"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsTheFieldsTheirLabelsOptionsAndRules() {
        assertThat(form.id()).isEqualTo("dispute-review");
        assertThat(form.fields()).extracting(ReviewForm.Field::key).containsExactly("agentOutcome", "refundMinor", "note");
        ReviewForm.Field outcome = form.field("agentOutcome");
        assertThat(outcome.type()).isEqualTo("radio");
        assertThat(outcome.required()).isTrue();
        assertThat(outcome.options()).extracting(ReviewForm.Option::value)
                .containsExactly("REFUND_FULL", "REFUND_PARTIAL", "REJECT");
        assertThat(outcome.optionLabel("REJECT")).isEqualTo("Reject the dispute");
        ReviewForm.Field refund = form.field("refundMinor");
        assertThat(refund.min()).isEqualTo(1);
        assertThat(refund.decimalDigits()).isZero();
        assertThat(refund.hideWhen()).isEqualTo(new ReviewForm.Condition("agentOutcome", false, "REFUND_PARTIAL"));
        assertThat(form.field("note").maxLength()).isEqualTo(2000);
    }

    @Test
    void requiresTheRefundOnlyWhenThePartialRefundIsChosen() {
        assertThat(form.check(Map.of("agentOutcome", "REFUND_FULL", "refundMinor", "", "note", "ok"))).isEmpty();
        assertThat(form.check(Map.of("agentOutcome", "REFUND_PARTIAL", "refundMinor", "", "note", "ok")))
                .containsExactly(Map.entry("refundMinor", "fill this in"));
        assertThat(form.check(Map.of("agentOutcome", "REFUND_PARTIAL", "refundMinor", "12.5", "note", "ok")))
                .containsExactly(Map.entry("refundMinor", "enter a whole number"));
    }

    @Test
    void refusesUnknownChoicesMissingAnswersAndOverlongNotes() {
        assertThat(form.check(Map.of("agentOutcome", "SPLIT", "refundMinor", "", "note", "x".repeat(2001))))
                .containsEntry("agentOutcome", "choose one of the options")
                .containsEntry("note", "at most 2000 characters");
        assertThat(form.check(Map.of("agentOutcome", "", "refundMinor", "", "note", "")))
                .containsEntry("agentOutcome", "choose one").containsEntry("note", "fill this in");
    }

    @Test
    void readsSubmittedValuesUnderPrefixedNamesSoTheyCannotClashWithThePagesOwn() {
        assertThat(form.values(Map.of("field_agentOutcome", " REJECT ", "agentOutcome", "REFUND_FULL",
                "confirmed", "true"))).containsEntry("agentOutcome", "REJECT").containsEntry("note", "");
    }

    @Test
    void showsAConditionItCannotReadAsAlwaysVisible() {
        ReviewForm odd = ReviewForm.parse("""
                {"id": "x", "components": [
                  {"type": "textfield", "key": "why", "label": "Why", "conditional": {"hide": "=count(list) > 2"}},
                  {"type": "datetime", "key": "when", "label": "When"}]}""", new ObjectMapper());
        assertThat(odd.field("why").hideWhen()).isNull();
        assertThat(odd.field("why").unreadCondition()).isEqualTo("=count(list) > 2");
        assertThat(odd.field("why").visible(Map.of())).isTrue();
        assertThat(odd.field("when").supported()).isFalse();
        assertThat(odd.field("when").input()).isFalse();
    }
}
