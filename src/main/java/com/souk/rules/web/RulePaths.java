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

    /** The file of one version, as it was uploaded. */
    public String file(String kind, String key, int version) {
        return model(kind, key) + "/versions/" + version + "/file";
    }

    /** What changed from one version to another. */
    public String diff(String kind, String key, int from, int to) {
        return model(kind, key) + "/diff?from=" + from + "&to=" + to;
    }

    /** The confirmation page of a rollback to this version. */
    public String rollback(String kind, String key, int toVersion) {
        return model(kind, key) + "/rollback?toVersion=" + toVersion;
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
