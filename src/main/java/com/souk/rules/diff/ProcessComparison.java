package com.souk.rules.diff;

import com.souk.rules.diff.ProcessDiff.ElementChange;
import com.souk.rules.tables.ProcessElement;
import com.souk.rules.tables.ProcessModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Compares two versions of a BPMN file element by element: name, type, and each setting by its readable name. */
public final class ProcessComparison {

    private ProcessComparison() {
    }

    public static ProcessDiff compare(ProcessModel before, ProcessModel after) {
        List<ProcessElement> added = new ArrayList<>();
        List<ElementChange> changed = new ArrayList<>();
        for (ProcessElement later : after.elements()) {
            Optional<ProcessElement> earlier = before.element(later.id());
            if (earlier.isEmpty()) {
                added.add(later);
            } else {
                List<Change> changes = compare(earlier.get(), later);
                if (!changes.isEmpty()) {
                    changed.add(new ElementChange(later.id(), later.title(), later.typeLabel(), changes));
                }
            }
        }
        List<ProcessElement> removed = before.elements().stream()
                .filter(e -> after.element(e.id()).isEmpty()).toList();
        return new ProcessDiff(added, removed, changed);
    }

    static List<Change> compare(ProcessElement before, ProcessElement after) {
        List<Change> changes = new ArrayList<>();
        add(changes, Change.of("name", before.name(), after.name()));
        add(changes, Change.of("type", before.typeLabel(), after.typeLabel()));
        Set<String> settings = new LinkedHashSet<>(before.properties().keySet());
        settings.addAll(after.properties().keySet());
        for (String setting : settings) {
            add(changes, Change.of(setting, before.properties().get(setting), after.properties().get(setting)));
        }
        return changes;
    }

    private static void add(List<Change> changes, Change change) {
        if (change != null) {
            changes.add(change);
        }
    }
}
