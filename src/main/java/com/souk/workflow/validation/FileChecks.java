package com.souk.workflow.validation;

import com.souk.workflow.ModelKind;
import com.souk.workflow.ProcessContract;
import java.util.Map;
import java.util.Set;

/**
 * The checks of one file, in a fixed order: kind, syntax, schema, Camunda 8 flavour, Camunda 8 design rules, FEEL,
 * decision tables, job types, messages, called decisions and forms, variables, translation. A file that does not
 * parse gets no later checks, since they would only repeat the same fault.
 */
final class FileChecks {

    private final JobTypes jobTypes;
    private final Messages messages;
    private final VariableFlow variables;

    FileChecks(Map<String, Set<String>> jobOutputs, Map<String, HeaderRules> headers,
            Map<String, ProcessContract> contracts) {
        this.jobTypes = new JobTypes(jobOutputs.keySet(), headers);
        this.messages = new Messages(contracts);
        this.variables = new VariableFlow(jobOutputs, contracts);
    }

    VariableFlow variables() {
        return variables;
    }

    /** The findings for the file, and whether it was read far enough for checks that look across files. */
    record Outcome(Findings findings, boolean read) {
    }

    Outcome check(ParsedModel model, ModelSet set) {
        Findings findings = new Findings(model.name());
        if (model.kind() == null) {
            findings.add("file", "\"" + model.name() + "\" is not a model file: deploy a .bpmn (process), .dmn"
                    + " (decision table) or .form (form) file as saved by Camunda Modeler.");
            return new Outcome(findings, false);
        }
        if (model.unreadable() != null) {
            findings.add(model.unreadable().element(), model.unreadable().message());
            return new Outcome(findings, false);
        }
        return switch (model.kind()) {
            case ModelKind.PROCESS -> process(model, set, findings);
            case ModelKind.DECISION -> decision(model, findings);
            default -> form(model, findings);
        };
    }

    private Outcome process(ParsedModel model, ModelSet set, Findings findings) {
        if (!XmlSchema.check(model, findings)) {
            return new Outcome(findings, false);
        }
        CamundaEightFlavour.check(model, findings);
        ZeebeDesignRules.check(model, findings);
        FeelTexts.check(model, findings);
        jobTypes.check(model, findings);
        messages.check(model, findings);
        CalledDecisions.check(model, set, findings);
        variables.check(model, set, findings);
        TranslationSupport.check(model, set, findings);
        return new Outcome(findings, true);
    }

    private static Outcome decision(ParsedModel model, Findings findings) {
        DecisionTableRules.hitPolicies(model, findings);
        if (findings.any() || !XmlSchema.check(model, findings)) {
            return new Outcome(findings, false);
        }
        CamundaEightFlavour.check(model, findings);
        FeelTexts.check(model, findings);
        DecisionTableRules.check(model, findings);
        return new Outcome(findings, true);
    }

    private static Outcome form(ParsedModel model, Findings findings) {
        FormRules.check(model, findings);
        CamundaEightFlavour.check(model, findings);
        return new Outcome(findings, true);
    }
}
