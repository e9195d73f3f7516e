package com.souk.rules.diff;

import com.souk.rules.tables.FormField;
import java.util.List;

/** What changed between two versions of a form: components added, removed and changed, matched by key. */
public record FormDiff(List<FormField> added, List<FormField> removed, List<FieldChange> changed) {

    public FormDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** A component in both versions whose label, type, required flag or other settings differ. */
    public record FieldChange(String key, String title, List<Change> changes) {
        public FieldChange {
            changes = List.copyOf(changes);
        }
    }

    public boolean same() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
