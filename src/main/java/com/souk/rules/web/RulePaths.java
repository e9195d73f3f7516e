package com.souk.rules.web;

import com.souk.common.NotFoundException;
import com.souk.workflow.ModelKind;
import org.springframework.stereotype.Component;

/**
 * Addresses of the workbench's model pages: {@code /rules/processes/purchase}, {@code /rules/decisions/commission},
 * {@code /rules/forms/dispute-review}. Templates call it as {@code ${@rulePaths.model(kind, key)}}.
 */
@Component("rulePaths")
public class RulePaths {

    public String model(String kind, String key) {
        return "/rules/" + segment(kind) + "/" + key;
    }

    public String version(String kind, String key, int version) {
        return model(kind, key) + "?version=" + version;
    }

    /** The path segment of a kind: processes, decisions, forms. */
    public static String segment(String kind) {
        return switch (kind) {
            case ModelKind.PROCESS -> "processes";
            case ModelKind.DECISION -> "decisions";
            case ModelKind.FORM -> "forms";
            default -> throw new IllegalArgumentException("unknown model kind " + kind);
        };
    }

    /** The kind a path segment names; anything else is a page that does not exist. */
    public static String kind(String segment) {
        return switch (segment) {
            case "processes" -> ModelKind.PROCESS;
            case "decisions" -> ModelKind.DECISION;
            case "forms" -> ModelKind.FORM;
            default -> throw new NotFoundException("There is no such kind of model: " + segment + ".");
        };
    }
}
