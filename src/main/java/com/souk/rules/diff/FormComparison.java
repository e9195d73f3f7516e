package com.souk.rules.diff;

import com.souk.rules.diff.FormDiff.FieldChange;
import com.souk.rules.tables.FormField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Compares two versions of a form component by component, matched by key (by id where a component has none). */
public final class FormComparison {

    private FormComparison() {
    }

    public static FormDiff compare(List<FormField> before, List<FormField> after) {
        List<FormField> added = new ArrayList<>();
        List<FieldChange> changed = new ArrayList<>();
        for (FormField later : after) {
            Optional<FormField> earlier = find(before, later.identity());
            if (earlier.isEmpty()) {
                added.add(later);
            } else {
                List<Change> changes = compare(earlier.get(), later);
                if (!changes.isEmpty()) {
                    changed.add(new FieldChange(later.identity(), later.title(), changes));
                }
            }
        }
        List<FormField> removed = before.stream().filter(f -> find(after, f.identity()).isEmpty()).toList();
        return new FormDiff(added, removed, changed);
    }

    private static List<Change> compare(FormField before, FormField after) {
        List<Change> changes = new ArrayList<>();
        add(changes, Change.of("label", before.label(), after.label()));
        add(changes, Change.of("type", before.type(), after.type()));
        add(changes, Change.of("required", yesNo(before.required()), yesNo(after.required())));
        Set<String> settings = new LinkedHashSet<>(before.properties().keySet());
        settings.addAll(after.properties().keySet());
        settings.remove("validate.required");
        for (String setting : settings) {
            add(changes, Change.of(setting, before.properties().get(setting), after.properties().get(setting)));
        }
        return changes;
    }

    private static Optional<FormField> find(List<FormField> fields, String identity) {
        return fields.stream().filter(f -> f.identity() != null && f.identity().equals(identity)).findFirst();
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static void add(List<Change> changes, Change change) {
        if (change != null) {
            changes.add(change);
        }
    }
}
