package com.souk.rules.simulation;

import com.souk.workflow.DecisionTables.Decision;
import com.souk.workflow.DecisionTables.DecisionFailedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A past case with what the deployed decision and the candidate answer for it, or why one of them failed. */
record Replayed(PastCase pastCase, Object before, Object after, String failure) {

    boolean failed() {
        return failure != null;
    }

    boolean changed() {
        return !failed() && !Objects.equals(before, after);
    }

    /**
     * Evaluates both decisions on every case; a case where either fails is kept with the failure, and the rest go on.
     *
     * @param before the deployed decision, or null when none is deployed (every answer before is then null)
     */
    static List<Replayed> replay(Decision before, Decision after, List<PastCase> cases) {
        List<Replayed> replayed = new ArrayList<>(cases.size());
        for (PastCase pastCase : cases) {
            Object was;
            try {
                was = before == null ? null : before.evaluate(pastCase.variables());
            } catch (DecisionFailedException e) {
                replayed.add(new Replayed(pastCase, null, null, "deployed version: " + e.getMessage()));
                continue;
            }
            try {
                replayed.add(new Replayed(pastCase, was, after.evaluate(pastCase.variables()), null));
            } catch (DecisionFailedException e) {
                replayed.add(new Replayed(pastCase, was, null, "candidate: " + e.getMessage()));
            }
        }
        return replayed;
    }
}
