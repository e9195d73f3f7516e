package com.souk.protection;

import com.souk.ordering.PurchaseProcess;
import com.souk.workflow.DecisionTables;
import com.souk.workflow.ModelDeployments;
import com.souk.workflow.ModelFile;
import com.souk.workflow.ModelKind;
import com.souk.workflow.ModelRejectedException;
import com.souk.workflow.ModelVersion;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Why dispute triage refunded a buyer without an agent: the dispute's facts run through the deployed triage table
 * again, and the rule that decided is named with the description its analyst wrote. The process decided with the
 * same inputs a moment before, so the answer is the same unless an analyst deployed a new version in between; then,
 * or when the table cannot say, the reason says only that triage refunded it.
 */
@Component
class TriageExplanation {

    private static final Logger log = LoggerFactory.getLogger(TriageExplanation.class);
    static final String AUTO_REFUND = "AUTO_REFUND";
    static final TriageRule UNEXPLAINED = new TriageRule(null,
            "Refunded automatically by the dispute-triage decision table.");

    /** Looked up when first needed: deployments validate models against the job handlers, settlement's among them. */
    private final ObjectProvider<ModelDeployments> deployments;
    private final DecisionTables tables;
    /** The latest version read, so that a burst of auto-refunds reads the file once. */
    private final AtomicReference<Prepared> prepared = new AtomicReference<>();

    private record Prepared(int version, DecisionTables.Decision decision) {
    }

    TriageExplanation(ObjectProvider<ModelDeployments> deployments, DecisionTables tables) {
        this.deployments = deployments;
        this.tables = tables;
    }

    TriageRule whyAutoRefunded(Dispute dispute) {
        try {
            Optional<DecisionTables.Decision> table = latestTable();
            if (table.isEmpty()) {
                return UNEXPLAINED;
            }
            var variables = dispute.openedMessage();
            if (!AUTO_REFUND.equals(table.get().evaluate(variables))) {
                return UNEXPLAINED;
            }
            List<DecisionTables.MatchedRule> matched = table.get().matchedRules(variables);
            if (matched.isEmpty()) {
                return UNEXPLAINED;
            }
            DecisionTables.MatchedRule decided = matched.get(0);
            return new TriageRule(decided.id(),
                    decided.description().isBlank() ? UNEXPLAINED.description() : decided.description());
        } catch (ModelRejectedException | DecisionTables.DecisionFailedException e) {
            log.warn("Cannot tell why dispute {} was auto-refunded: {}", dispute.id(), e.getMessage());
            return UNEXPLAINED;
        }
    }

    private Optional<DecisionTables.Decision> latestTable() {
        String key = PurchaseProcess.DECISION_DISPUTE_TRIAGE;
        Optional<ModelVersion> latest = deployments.getObject().versions(key).stream()
                .filter(v -> ModelKind.DECISION.equals(v.kind())).findFirst();
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        int version = latest.get().version();
        Prepared cached = prepared.get();
        if (cached != null && cached.version() == version) {
            return Optional.of(cached.decision());
        }
        Optional<ModelFile> file = deployments.getObject().file(key, version);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        DecisionTables.Decision decision = tables.prepare(file.get(), key);
        prepared.set(new Prepared(version, decision));
        return Optional.of(decision);
    }
}
