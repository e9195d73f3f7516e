package com.souk.rules.diff;

import com.souk.rules.diff.DmnDiff.Cell;
import com.souk.rules.diff.DmnDiff.ColumnChange;
import com.souk.rules.diff.DmnDiff.DecisionChanges;
import com.souk.rules.diff.DmnDiff.RuleChange;
import com.souk.rules.diff.DmnDiff.RuleRow;
import com.souk.rules.tables.Decision;
import com.souk.rules.tables.DecisionFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares two versions of a DMN file. Decisions, columns and rules are matched by id, so a rule keeps its identity
 * when its cells change or it moves; cells are matched by the id of their column, so an added column does not
 * shift the others.
 */
public final class DmnComparison {

    private DmnComparison() {
    }

    public static DmnDiff compare(DecisionFile before, DecisionFile after) {
        List<DecisionChanges> decisions = new ArrayList<>();
        for (Decision later : after.decisions()) {
            decisions.add(before.decision(later.id()).map(earlier -> compare(earlier, later))
                    .orElseGet(() -> alone(later, Status.ADDED)));
        }
        for (Decision earlier : before.decisions()) {
            if (after.decision(earlier.id()).isEmpty()) {
                decisions.add(alone(earlier, Status.REMOVED));
            }
        }
        return new DmnDiff(decisions);
    }

    static DecisionChanges compare(Decision before, Decision after) {
        Change hitPolicy = before.table() && after.table()
                ? Change.of("hit policy", before.hitPolicyName(), after.hitPolicyName()) : null;
        Change expression = Change.of("expression", before.table() ? "(a decision table)" : before.expression(),
                after.table() ? "(a decision table)" : after.expression());
        List<ColumnChange> inputs = Columns.compare(before.inputs(), after.inputs());
        List<ColumnChange> outputs = Columns.compare(before.outputs(), after.outputs());
        Map<String, Decision.Rule> earlier = byId(before.rules());
        Map<String, Decision.Rule> later = byId(after.rules());
        List<RuleRow> added = after.rules().stream().filter(r -> !earlier.containsKey(id(r)))
                .map(r -> row(after, r)).toList();
        List<RuleRow> removed = before.rules().stream().filter(r -> !later.containsKey(id(r)))
                .map(r -> row(before, r)).toList();
        List<String> keptBefore = before.rules().stream().map(DmnComparison::id).filter(later::containsKey).toList();
        List<String> keptAfter = after.rules().stream().map(DmnComparison::id).filter(earlier::containsKey).toList();
        List<RuleChange> changed = new ArrayList<>();
        for (String id : keptAfter) {
            RuleChange change = compare(before, earlier.get(id), after, later.get(id),
                    Change.of("position", String.valueOf(keptBefore.indexOf(id) + 1),
                            String.valueOf(keptAfter.indexOf(id) + 1)));
            if (change != null) {
                changed.add(change);
            }
        }
        Change renamed = Change.of("name", before.name(), after.name());
        boolean same = renamed == null && hitPolicy == null && expression == null && inputs.isEmpty()
                && outputs.isEmpty() && added.isEmpty() && removed.isEmpty() && changed.isEmpty();
        return new DecisionChanges(after.id(), after.name(), same ? Status.SAME : Status.CHANGED, renamed, hitPolicy,
                expression, inputs, outputs, added, removed, changed);
    }

    private static RuleChange compare(Decision before, Decision.Rule earlier, Decision after, Decision.Rule later,
            Change moved) {
        List<Change> cells = new ArrayList<>();
        for (String column : Columns.ids(before.inputs(), after.inputs())) {
            cell(cells, Columns.title(before.inputs(), after.inputs(), column), before.inputCell(earlier, column),
                    after.inputCell(later, column));
        }
        for (String column : Columns.ids(before.outputs(), after.outputs())) {
            cell(cells, Columns.title(before.outputs(), after.outputs(), column), before.outputCell(earlier, column),
                    after.outputCell(later, column));
        }
        Change description = Change.of("description", earlier.description(), later.description());
        if (cells.isEmpty() && description == null && moved == null) {
            return null;
        }
        return new RuleChange(id(later), later.position(), cells, description, moved);
    }

    /**
     * A cell of a column both versions have is compared as is. A cell of an added or removed column shows only where
     * it says something: "-" (any value) in a new input column leaves the rule as it was.
     */
    private static void cell(List<Change> cells, String column, String before, String after) {
        if (before == null || after == null) {
            String text = before == null ? after : before;
            if (text == null || text.isBlank() || "-".equals(text.strip())) {
                return;
            }
        }
        Change change = Change.of(column, before, after);
        if (change != null) {
            cells.add(change);
        }
    }

    private static DecisionChanges alone(Decision decision, Status status) {
        return new DecisionChanges(decision.id(), decision.name(), status, null, null, null, List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    static RuleRow row(Decision decision, Decision.Rule rule) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < decision.inputs().size(); i++) {
            cells.add(new Cell(decision.inputs().get(i).title(), entry(rule.inputEntries(), i)));
        }
        for (int i = 0; i < decision.outputs().size(); i++) {
            cells.add(new Cell(decision.outputs().get(i).title(), entry(rule.outputEntries(), i)));
        }
        return new RuleRow(id(rule), rule.position(), cells, rule.description());
    }

    private static String entry(List<String> entries, int i) {
        return i < entries.size() ? entries.get(i) : "";
    }

    /** A rule without an id (files not saved by a modeler) is known by its place. */
    private static String id(Decision.Rule rule) {
        return rule.id() == null || rule.id().isBlank() ? "rule " + rule.position() : rule.id();
    }

    private static Map<String, Decision.Rule> byId(List<Decision.Rule> rules) {
        return rules.stream().collect(Collectors.toMap(DmnComparison::id, Function.identity(), (a, b) -> a));
    }
}
