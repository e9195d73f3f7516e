package com.souk.workflow;

import java.util.List;

/** What analysts change without code: BPMN processes, DMN decision tables and forms, deployed as new versions. */
public interface Rules {

    /** Latest version of every model, processes first. */
    List<DeployedModel> deployed();

    /**
     * Deploys one file as a new version; instances already running keep the version they started with.
     *
     * @throws ModelRejectedException when the file cannot run, naming what is wrong
     */
    List<DeployedModel> deploy(String fileName, byte[] content);
}
