package com.souk.rules.web;

import com.souk.rules.RuleAudit;
import com.souk.workflow.ModelVersion;
import org.springframework.stereotype.Component;

/** Words the workbench pages show for its codes. Templates call it as {@code ${@ruleLabels.action(version)}}. */
@Component("ruleLabels")
public class RuleLabels {

    /** How a version came to be. */
    public String action(ModelVersion v) {
        return switch (v.action()) {
            case ModelVersion.BUNDLED -> "bundled with Souk";
            case ModelVersion.DEPLOYED -> "deployed";
            case ModelVersion.ROLLED_BACK -> v.rolledBackTo() == null ? "rolled back" : "rolled back to v" + v.rolledBackTo();
            default -> "not recorded";
        };
    }

    /** Who deployed a version, or that nobody knows. */
    public String by(ModelVersion v) {
        return v.deployedBy() == null ? "not recorded" : v.deployedBy();
    }

    /** What an audit entry records. */
    public String auditAction(String action) {
        return switch (action) {
            case RuleAudit.VALIDATION_REFUSED -> "Refused by validation";
            case RuleAudit.SIMULATION -> "Simulation";
            case RuleAudit.DEPLOYMENT -> "Deployment";
            case RuleAudit.ROLLBACK -> "Rollback";
            case RuleAudit.RETRY -> "Stuck order retried";
            default -> action;
        };
    }

    /** A kind in the plural, as a heading. */
    public String kindHeading(String kind) {
        return switch (kind) {
            case "process" -> "Processes";
            case "decision" -> "Decision tables";
            case "form" -> "Forms";
            default -> kind;
        };
    }
}
