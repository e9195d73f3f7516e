package com.souk.rules.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The fields of a form: label, key, type, required, and the rest of their settings. */
class FormFieldsTest {

    @Test
    void readsTheFieldsOfTheDisputeReviewForm() throws IOException {
        var fields = FormFields.read(Files.readString(Path.of("forms", "dispute-review.form")));

        assertThat(fields).extracting(FormField::key).containsExactly("agentOutcome", "refundMinor", "note");
        FormField outcome = fields.get(0);
        assertThat(outcome.label()).isEqualTo("Decision");
        assertThat(outcome.type()).isEqualTo("radio");
        assertThat(outcome.required()).isTrue();
        assertThat(outcome.properties()).containsEntry("values[0].value", "REFUND_FULL")
                .doesNotContainKeys("layout.row", "id", "key");
        assertThat(fields.get(2).properties()).containsEntry("validate.maxLength", "2000");
    }

    @Test
    void readsComponentsInsideGroupsAndThoseWithoutAKey() {
        var fields = FormFields.read("""
                {"components": [
                  {"type": "text", "id": "Intro", "text": "Please check"},
                  {"type": "group", "id": "G", "label": "Address", "components": [
                    {"type": "textfield", "id": "F1", "key": "city", "label": "City"}]}]}""");

        assertThat(fields).extracting(FormField::identity).containsExactly("Intro", "G", "city");
        assertThat(fields.get(2).required()).isFalse();
        assertThat(fields.get(0).title()).isEqualTo("Intro");
    }

    @Test
    void refusesWhatIsNotAForm() {
        assertThatThrownBy(() -> FormFields.read("{")).isInstanceOf(UnreadableModelException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> FormFields.read("{\"id\": \"x\"}")).isInstanceOf(UnreadableModelException.class)
                .hasMessageContaining("no list of components");
    }
}
