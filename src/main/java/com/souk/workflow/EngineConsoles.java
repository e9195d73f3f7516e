package com.souk.workflow;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where staff watch the engine, for the pages' links: Operaton's Cockpit and Tasklist under /operaton in embedded
 * mode, the cluster's Operate and Tasklist in cluster mode ({@code souk.camunda.console-url}).
 */
@Component("engineConsoles")
public class EngineConsoles {

    private final boolean cluster;
    private final String consoleUrl;

    EngineConsoles(@Value("${" + EngineSelection.PROPERTY + ":" + EngineSelection.OPERATON + "}") String engine,
            @Value("${souk.camunda.console-url:http://localhost:8088}") String consoleUrl) {
        this.cluster = EngineSelection.CAMUNDA.equals(engine);
        this.consoleUrl = consoleUrl.endsWith("/") ? consoleUrl.substring(0, consoleUrl.length() - 1) : consoleUrl;
    }

    public String monitorName() {
        return cluster ? "Operate" : "Cockpit";
    }

    public String monitorUrl() {
        return cluster ? consoleUrl + "/operate" : "/operaton/app/cockpit/default/";
    }

    public String tasklistName() {
        return cluster ? "Camunda Tasklist" : "Operaton Tasklist";
    }

    public String tasklistUrl() {
        return cluster ? consoleUrl + "/tasklist" : "/operaton/app/tasklist/default/";
    }
}
