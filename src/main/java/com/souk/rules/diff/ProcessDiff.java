package com.souk.rules.diff;

import com.souk.rules.tables.ProcessElement;
import java.util.List;

/** What changed between two versions of a BPMN file: elements added, removed and changed, matched by id. */
public record ProcessDiff(List<ProcessElement> added, List<ProcessElement> removed, List<ElementChange> changed) {

    public ProcessDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** An element in both versions whose name, type or settings differ; title and type as the later version says. */
    public record ElementChange(String id, String title, String type, List<Change> changes) {
        public ElementChange {
            changes = List.copyOf(changes);
        }
    }

    public boolean same() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
