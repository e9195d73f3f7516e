package com.souk.rules.diff;

import com.souk.rules.diff.DmnDiff.ColumnChange;
import com.souk.rules.tables.Decision;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Compares the input or output columns of two versions of a decision table, matched by id. */
final class Columns {

    private Columns() {
    }

    static List<ColumnChange> compare(List<? extends Decision.Column> before, List<? extends Decision.Column> after) {
        List<ColumnChange> changes = new ArrayList<>();
        for (Decision.Column later : after) {
            Optional<Decision.Column> earlier = find(before, later.id());
            if (earlier.isEmpty()) {
                changes.add(new ColumnChange(later.id(), later.title(), Status.ADDED, List.of()));
            } else {
                List<Change> differences = settings(earlier.get(), later);
                if (!differences.isEmpty()) {
                    changes.add(new ColumnChange(later.id(), later.title(), Status.CHANGED, differences));
                }
            }
        }
        for (Decision.Column earlier : before) {
            if (find(after, earlier.id()).isEmpty()) {
                changes.add(new ColumnChange(earlier.id(), earlier.title(), Status.REMOVED, List.of()));
            }
        }
        return changes;
    }

    /** The column ids of both versions: the later version's order, then the removed ones. */
    static Set<String> ids(List<? extends Decision.Column> before, List<? extends Decision.Column> after) {
        Set<String> ids = new LinkedHashSet<>();
        after.forEach(c -> ids.add(c.id()));
        before.forEach(c -> ids.add(c.id()));
        return ids;
    }

    /** The title of the column with this id, as the later version names it where it has the column. */
    static String title(List<? extends Decision.Column> before, List<? extends Decision.Column> after, String id) {
        return find(after, id).or(() -> find(before, id)).map(Decision.Column::title).orElse(id);
    }

    private static Optional<Decision.Column> find(List<? extends Decision.Column> columns, String id) {
        return columns.stream().filter(c -> Objects.equals(c.id(), id)).findFirst().map(Decision.Column.class::cast);
    }

    private static List<Change> settings(Decision.Column before, Decision.Column after) {
        List<Change> changes = new ArrayList<>();
        if (before instanceof Decision.Input a && after instanceof Decision.Input b) {
            add(changes, Change.of("label", a.label(), b.label()));
            add(changes, Change.of("expression", a.expression(), b.expression()));
            add(changes, Change.of("type", a.type(), b.type()));
        } else if (before instanceof Decision.Output a && after instanceof Decision.Output b) {
            add(changes, Change.of("label", a.label(), b.label()));
            add(changes, Change.of("name", a.name(), b.name()));
            add(changes, Change.of("type", a.type(), b.type()));
        }
        return changes;
    }

    private static void add(List<Change> changes, Change change) {
        if (change != null) {
            changes.add(change);
        }
    }
}
