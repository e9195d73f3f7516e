package com.souk.rules;

import com.souk.common.FieldErrorException;
import com.souk.workflow.DeployedModel;
import com.souk.workflow.ModelDeployments;
import com.souk.workflow.ModelFile;
import com.souk.workflow.ModelProblem;
import com.souk.workflow.ModelRejectedException;
import com.souk.workflow.ValidationReport;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An analyst's changes to the rules: validate a file, deploy it with a comment, roll a model back to an earlier
 * version. Each refusal and each change goes into the audit log; a change and its entry commit together.
 */
@Service
public class RuleChanges {

    static final int MAX_COMMENT = 1000;

    private final ModelDeployments deployments;
    private final RuleAudit audit;
    private final TransactionTemplate transaction;

    RuleChanges(ModelDeployments deployments, RuleAudit audit, TransactionTemplate transaction) {
        this.deployments = deployments;
        this.audit = audit;
        this.transaction = transaction;
    }

    public ValidationReport validate(ModelFile file, String user) {
        ValidationReport report = deployments.validate(file);
        if (!report.valid()) {
            audit.record(user, RuleAudit.VALIDATION_REFUSED, file.name(), null, null, null, summary(report.problems()));
        }
        return report;
    }

    public List<DeployedModel> deploy(ModelFile file, String user, String comment) {
        String why = requireComment(comment);
        try {
            return transaction.execute(tx -> {
                List<DeployedModel> deployed = deployments.deploy(file, user, why);
                for (DeployedModel model : deployed) {
                    audit.record(user, RuleAudit.DEPLOYMENT, file.name(), model.key(), model.version(), why,
                            model.kind() + " " + model.key() + " version " + model.version());
                }
                return deployed;
            });
        } catch (ModelRejectedException e) {
            audit.record(user, RuleAudit.VALIDATION_REFUSED, file.name(), null, null, why, summary(e.problems()));
            throw e;
        }
    }

    public List<DeployedModel> rollBack(String key, int toVersion, String user, String comment) {
        String why = comment == null || comment.isBlank() ? "Rolled back to version " + toVersion
                : "Rolled back to version " + toVersion + ": " + requireComment(comment);
        try {
            return transaction.execute(tx -> {
                List<DeployedModel> deployed = deployments.rollback(key, toVersion, user, why);
                for (DeployedModel model : deployed) {
                    audit.record(user, RuleAudit.ROLLBACK, model.resource(), model.key(), model.version(), why,
                            model.kind() + " " + model.key() + " version " + model.version() + " has the content of "
                                    + (model.key().equals(key) ? "version " + toVersion : "the same file as "
                                    + key + " version " + toVersion));
                }
                return deployed;
            });
        } catch (ModelRejectedException e) {
            audit.record(user, RuleAudit.VALIDATION_REFUSED, null, key, toVersion, why,
                    "rollback refused: " + summary(e.problems()));
            throw e;
        }
    }

    static String requireComment(String comment) {
        if (comment == null || comment.isBlank()) {
            throw new FieldErrorException("comment", "say in a few words why this version is deployed");
        }
        String trimmed = comment.strip();
        if (trimmed.length() > MAX_COMMENT) {
            throw new FieldErrorException("comment", "must be at most " + MAX_COMMENT + " characters");
        }
        return trimmed;
    }

    static String summary(List<ModelProblem> problems) {
        return problems.size() + (problems.size() == 1 ? " problem: " : " problems: ") + problems.stream()
                .map(p -> p.element() + ": " + p.message()).collect(Collectors.joining("; "));
    }
}
