package com.souk.rules.web;

import com.souk.common.NotFoundException;
import com.souk.workflow.ModelDeployments;
import com.souk.workflow.ModelFile;
import com.souk.workflow.ModelVersion;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** What every model page looks up first: the model's versions, the version asked for and its file; 404 otherwise. */
@Component
class ModelPages {

    private final ModelDeployments deployments;

    ModelPages(ModelDeployments deployments) {
        this.deployments = deployments;
    }

    /** Every version of the model, newest first; the kind must be the one the address names. */
    List<ModelVersion> versions(String kind, String key) {
        List<ModelVersion> versions = deployments.versions(key);
        if (versions.isEmpty() || !versions.get(0).kind().equals(kind)) {
            throw new NotFoundException("There is no " + kind + " " + key + ".");
        }
        return versions;
    }

    /** The version with this number, or the latest when none is asked for. */
    static ModelVersion version(List<ModelVersion> versions, Integer number) {
        if (number == null) {
            return versions.get(0);
        }
        return versions.stream().filter(v -> v.version() == number).findFirst().orElseThrow(() ->
                new NotFoundException(versions.get(0).key() + " has no version " + number + "."));
    }

    /** The file of the version as uploaded; versions deployed before Souk kept files have none. */
    Optional<ModelFile> kept(ModelVersion version) {
        return version.original() ? deployments.file(version.key(), version.version()) : Optional.empty();
    }

    /** The file of the version as uploaded, or a page that says Souk did not keep it. */
    ModelFile file(ModelVersion version) {
        return kept(version).orElseThrow(() -> new NotFoundException(
                "Souk did not keep the file of version " + version.version() + " of " + version.key()
                        + ": it was deployed before Souk recorded the files as uploaded."));
    }

    /** The latest version of another model (a decision sharing a file), or null when there is none. */
    ModelVersion latest(String key) {
        List<ModelVersion> versions = deployments.versions(key);
        return versions.isEmpty() ? null : versions.get(0);
    }

    /** How the versions table says what made a version. */
    static String action(ModelVersion v) {
        return switch (v.action()) {
            case ModelVersion.BUNDLED -> "bundled";
            case ModelVersion.DEPLOYED -> "deployed";
            case ModelVersion.ROLLED_BACK -> v.rolledBackTo() == null ? "rolled back" : "rolled back to v"
                    + v.rolledBackTo();
            default -> "not recorded";
        };
    }

    static String deployedBy(ModelVersion v) {
        return v.deployedBy() == null || v.deployedBy().isBlank() ? "not recorded" : v.deployedBy();
    }
}
