package com.souk.rules.simulation;

import com.souk.common.BusinessRuleException;
import com.souk.common.FieldErrorException;
import com.souk.common.web.MoneyFormat;
import com.souk.rules.RuleAudit;
import com.souk.rules.RuleChanges;
import com.souk.workflow.DecisionTables;
import com.souk.workflow.ModelDeployments;
import com.souk.workflow.ModelFile;
import com.souk.workflow.ModelKind;
import com.souk.workflow.ModelRejectedException;
import com.souk.workflow.ModelVersion;
import com.souk.workflow.ValidationReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * Impact simulation of a candidate decision table: each of its decisions is replayed over the inputs past orders and
 * disputes had, against the latest deployed version of that decision, locally, whichever engine runs the processes.
 * Every simulation goes into the audit log with a one-line summary.
 */
@Service
public class Simulations {

    public static final int MAX_DAYS = 3650;

    /** The currency figures name when no past case gives one. */
    static final String DEFAULT_CURRENCY = "EUR";

    private final ModelDeployments deployments;
    private final RuleChanges changes;
    private final DecisionTables tables;
    private final PastCases cases;
    private final RuleAudit audit;
    private final MoneyFormat money;
    private final Clock clock;

    Simulations(ModelDeployments deployments, RuleChanges changes, DecisionTables tables, PastCases cases,
            RuleAudit audit, MoneyFormat money, Clock clock) {
        this.deployments = deployments;
        this.changes = changes;
        this.tables = tables;
        this.cases = cases;
        this.audit = audit;
        this.money = money;
        this.clock = clock;
    }

    /**
     * Replays every decision of the file over the cases of the last {@code days} days (all past cases when null).
     *
     * @param decision the decision the top-level result describes; null for the first one with a change
     * @throws BusinessRuleException for a process or form, which cannot be simulated
     * @throws ModelRejectedException with every problem when the file does not pass validation
     * @throws FieldErrorException for a period out of range or a decision the file does not have
     */
    public Simulation simulate(ModelFile file, Integer days, String decision, String user) {
        requireDecisionTable(file);
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            throw new FieldErrorException("days", "must be between 1 and " + MAX_DAYS + ", or left out for all past cases");
        }
        ValidationReport report = changes.validate(file, user);
        if (!report.valid()) {
            throw new ModelRejectedException(report.problems());
        }
        List<DmnOutline.Decision> outline = DmnOutline.read(file);
        if (outline.isEmpty()) {
            throw new ModelRejectedException(file.name(), "definitions", "the file holds no decision to simulate");
        }
        String asked = decision == null || decision.isBlank() ? null : decision.strip();
        if (asked != null && outline.stream().noneMatch(d -> d.id().equals(asked))) {
            throw new FieldErrorException("decision", "the file has no decision " + asked + "; it has "
                    + outline.stream().map(DmnOutline.Decision::id).collect(Collectors.joining(", ")));
        }
        Instant since = days == null ? null : clock.instant().minus(Duration.ofDays(days));
        PastCases.Period period = cases.since(since);
        List<DecisionSimulation> results = new ArrayList<>();
        for (DmnOutline.Decision d : outline) {
            results.add(replay(file, d, period));
        }
        DecisionSimulation top = results.stream().filter(r -> r.decision().equals(asked)).findFirst()
                .or(() -> results.stream().filter(DecisionSimulation::anyChange).findFirst())
                .orElse(results.get(0));
        audit.record(user, RuleAudit.SIMULATION, file.name(), top.decision(), null, null,
                (days == null ? "all past cases" : "last " + days + " days") + ": "
                        + SimulationSummary.of(results, money));
        return new Simulation(file.name(), days, since, top, results.size() > 1 ? results : null);
    }

    /** The ids of the decisions in a DMN file, in the file's order; none when it does not parse. */
    public static List<String> decisionsOf(ModelFile file) {
        return DmnOutline.read(file).stream().map(DmnOutline.Decision::id).toList();
    }

    /** @throws BusinessRuleException unless the file is a .dmn */
    private static void requireDecisionTable(ModelFile file) {
        if (ModelKind.PROCESS.equals(file.kind()) || ModelKind.FORM.equals(file.kind())) {
            throw new BusinessRuleException("Only decision tables (.dmn) can be simulated: " + file.name() + " is a "
                    + file.kind() + ". Its changes show in validation; deploy it when it passes.");
        }
    }

    private DecisionSimulation replay(ModelFile file, DmnOutline.Decision d, PastCases.Period period) {
        DecisionTables.Decision candidate = tables.prepare(file, d.id());
        Deployed deployed = deployed(d.id());
        PastCases.Selection selection = period.forDecision(d.id(), d.reads());
        String notes = Stream.of(selection.message(), deployed.note()).filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        List<Replayed> replayed = Replayed.replay(deployed.decision(), candidate, selection.cases());
        return ImpactTally.tally(d.id(), d.name(), selection.population(), deployed.version(),
                Impacts.of(d.id(), period), replayed, notes.isEmpty() ? null : notes);
    }

    /** The latest deployed version of a decision to compare with; without one, a note why every case changes. */
    private record Deployed(DecisionTables.Decision decision, Integer version, String note) {
    }

    private Deployed deployed(String decisionId) {
        Optional<ModelVersion> latest = deployments.versions(decisionId).stream()
                .filter(v -> ModelKind.DECISION.equals(v.kind())).findFirst();
        if (latest.isEmpty()) {
            return new Deployed(null, null, "No version of " + decisionId + " is deployed yet, so every case it "
                    + "answers counts as changed.");
        }
        int version = latest.get().version();
        Optional<ModelFile> file = deployments.file(decisionId, version);
        if (file.isEmpty()) {
            return new Deployed(null, null, "Souk did not keep the file of " + decisionId + " version " + version
                    + ", so there is nothing to compare with: every case it answers counts as changed.");
        }
        try {
            return new Deployed(tables.prepare(file.get(), decisionId), version, null);
        } catch (ModelRejectedException unreadable) {
            // Not the candidate's fault: compare with nothing and say so, rather than refuse the candidate.
            return new Deployed(null, null, "The deployed version " + version + " of " + decisionId
                    + " cannot be read here (" + unreadable.getMessage() + "), so every case it answers counts as "
                    + "changed.");
        }
    }
}
