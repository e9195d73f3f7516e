package com.souk.rules.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.rules.tables.FormField;
import com.souk.rules.tables.FormFields;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What changed between two versions of the dispute review form, field by field. */
class FormComparisonTest {

    private static String form() throws IOException {
        return Files.readString(Path.of("forms", "dispute-review.form"));
    }

    private static FormDiff diff(String before, String after) {
        return FormComparison.compare(FormFields.read(before), FormFields.read(after));
    }

    @Test
    void theSameFormHasNoChanges() throws IOException {
        assertThat(diff(form(), form()).same()).isTrue();
    }

    @Test
    void showsAFieldAdded() throws IOException {
        String after = form().replace("\"components\": [", """
                "components": [
                    {"label": "Internal reference", "type": "textfield", "id": "Field_Ref", "key": "reference",
                     "validate": {"required": false}},""");

        FormDiff diff = diff(form(), after);

        assertThat(diff.added()).singleElement().satisfies(f -> {
            assertThat(f.key()).isEqualTo("reference");
            assertThat(f.label()).isEqualTo("Internal reference");
            assertThat(f.type()).isEqualTo("textfield");
        });
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changed()).isEmpty();
    }

    @Test
    void showsAFieldRemovedAndOneChanged() throws IOException {
        String after = form()
                .replaceFirst("(?s),\\s*\\{\\s*\"label\": \"Note to buyer and seller\".*?\"maxLength\": 2000\\s*}\\s*}",
                        "")
                .replace("\"label\": \"Refund (in cents)\"", "\"label\": \"Refund (cents)\"")
                .replace("\"min\": 1,", "\"min\": 100,");

        FormDiff diff = diff(form(), after);

        assertThat(diff.removed()).extracting(FormField::key).containsExactly("note");
        assertThat(diff.changed()).singleElement().satisfies(change -> {
            assertThat(change.key()).isEqualTo("refundMinor");
            assertThat(change.changes()).containsExactly(new Change("label", "Refund (in cents)", "Refund (cents)"),
                    new Change("validate.min", "1", "100"));
        });
    }

    @Test
    void showsARequiredFlagThatChanged() throws IOException {
        String after = form().replaceFirst("\"required\": true\n      }\n    },\n    \\{\n      \"label\": \"Refund",
                "\"required\": false\n      }\n    },\n    {\n      \"label\": \"Refund");

        FormDiff diff = diff(form(), after);

        assertThat(diff.changed()).singleElement().satisfies(change -> {
            assertThat(change.key()).isEqualTo("agentOutcome");
            assertThat(change.changes()).containsExactly(new Change("required", "yes", "no"));
        });
    }
}
