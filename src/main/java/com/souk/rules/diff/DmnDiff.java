package com.souk.rules.diff;

import java.util.List;

/** What changed between two versions of a DMN file, decision by decision, in the later file's order. */
public record DmnDiff(List<DecisionChanges> decisions) {

    public DmnDiff {
        decisions = List.copyOf(decisions);
    }

    /** The changes of one decision; for an added or removed decision only its status and name. */
    public record DecisionChanges(String id, String name, Status status, Change renamed, Change hitPolicy,
            Change expression,
            List<ColumnChange> inputs, List<ColumnChange> outputs, List<RuleRow> rulesAdded,
            List<RuleRow> rulesRemoved, List<RuleChange> rulesChanged) {

        public DecisionChanges {
            inputs = List.copyOf(inputs);
            outputs = List.copyOf(outputs);
            rulesAdded = List.copyOf(rulesAdded);
            rulesRemoved = List.copyOf(rulesRemoved);
            rulesChanged = List.copyOf(rulesChanged);
        }
    }

    /** An input or output column that was added, removed or changed (label, expression or name, type). */
    public record ColumnChange(String id, String title, Status status, List<Change> changes) {
        public ColumnChange {
            changes = List.copyOf(changes);
        }
    }

    /** A whole rule, as it stands in the version that has it: its cells by column title. */
    public record RuleRow(String id, int position, List<Cell> cells, String description) {
        public RuleRow {
            cells = List.copyOf(cells);
        }
    }

    /** One cell of a rule under its column's title. */
    public record Cell(String column, String text) {
    }

    /**
     * A rule in both versions that differs: the cells that changed (by column title), its description, and its
     * place among the rules both versions have where it moved (which matters under the FIRST hit policy).
     */
    public record RuleChange(String id, int position, List<Change> cells, Change description, Change moved) {
        public RuleChange {
            cells = List.copyOf(cells);
        }
    }

    /** The decisions with anything to show. */
    public List<DecisionChanges> changed() {
        return decisions.stream().filter(d -> d.status() != Status.SAME).toList();
    }

    public boolean same() {
        return changed().isEmpty();
    }
}
