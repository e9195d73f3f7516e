package com.souk.rules.web;

import com.souk.rules.diff.DmnComparison;
import com.souk.rules.diff.DmnDiff;
import com.souk.rules.diff.FormComparison;
import com.souk.rules.diff.FormDiff;
import com.souk.rules.diff.ProcessComparison;
import com.souk.rules.diff.ProcessDiff;
import com.souk.rules.tables.BpmnElements;
import com.souk.rules.tables.DmnTables;
import com.souk.rules.tables.FormFields;
import com.souk.rules.tables.UnreadableModelException;
import com.souk.workflow.ModelFile;
import com.souk.workflow.ModelKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The diff of two versions of one model as the diff and rollback pages show it: one of the three kinds of diff, or
 * why the files could not be compared. A decision page's own decision comes first among those of its file.
 */
record Comparison(String kind, int from, int to, DmnDiff decisions, ProcessDiff process, FormDiff form,
        String unreadable) {

    static Comparison of(String kind, String key, int from, ModelFile before, int to, ModelFile after) {
        try {
            return switch (kind) {
                case ModelKind.DECISION -> new Comparison(kind, from, to, ownFirst(key,
                        DmnComparison.compare(DmnTables.read(before.text()), DmnTables.read(after.text()))),
                        null, null, null);
                case ModelKind.PROCESS -> new Comparison(kind, from, to, null, ProcessComparison.compare(
                        BpmnElements.read(before.text()), BpmnElements.read(after.text())), null, null);
                default -> new Comparison(kind, from, to, null, null, FormComparison.compare(
                        FormFields.read(before.text()), FormFields.read(after.text())), null);
            };
        } catch (UnreadableModelException e) {
            return new Comparison(kind, from, to, null, null, null, "The files cannot be compared: " + e.getMessage());
        }
    }

    /** True when the two versions say the same (a rollback's new version and the one it brought back, say). */
    public boolean same() {
        if (unreadable != null) {
            return false;
        }
        return decisions != null ? decisions.same() : process != null ? process.same() : form.same();
    }

    private static DmnDiff ownFirst(String key, DmnDiff diff) {
        List<DmnDiff.DecisionChanges> decisions = new ArrayList<>(diff.decisions());
        decisions.sort(Comparator.comparing(d -> !d.id().equals(key)));
        return new DmnDiff(decisions);
    }
}
