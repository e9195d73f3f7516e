package com.souk.workflow;

import java.util.List;
import java.util.Optional;

/**
 * What analysts change without code: BPMN processes, DMN decision tables and forms, deployed as new versions after
 * validation. Souk keeps each version's file as it was uploaded, with who deployed it and why, on either engine.
 */
public interface ModelDeployments {

    /** Latest version of every model, processes first. */
    List<DeployedModel> deployed();

    /** Every version of the model with this key, newest first; empty when there is no such model. */
    List<ModelVersion> versions(String key);

    /** The file, as uploaded, that deployed this version of the model. */
    Optional<ModelFile> file(String key, int version);

    /** Checks a file against what is deployed now, deploying nothing. */
    ValidationReport validate(ModelFile file);

    /**
     * Validates and deploys one file as a new version; instances already running keep the version they started with.
     *
     * @throws ModelRejectedException naming every problem when the file does not pass validation
     */
    List<DeployedModel> deploy(ModelFile file, String user, String comment);

    /**
     * Deploys the file of an earlier version again, after validating it against what runs now; the result is a new
     * version, recorded as a rollback.
     *
     * @throws com.souk.common.NotFoundException when there is no such version or Souk did not keep its file
     * @throws ModelRejectedException when that file no longer passes validation
     */
    List<DeployedModel> rollback(String key, int toVersion, String user, String comment);
}
