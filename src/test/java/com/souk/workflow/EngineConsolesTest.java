package com.souk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngineConsolesTest {

    @Test
    void embeddedModeLinksOperatonsWebappsAndClusterModeTheClustersConsoles() {
        EngineConsoles embedded = new EngineConsoles("operaton", "http://localhost:8088");
        assertThat(embedded.monitorName()).isEqualTo("Cockpit");
        assertThat(embedded.monitorUrl()).isEqualTo("/operaton/app/cockpit/default/");
        assertThat(embedded.tasklistUrl()).isEqualTo("/operaton/app/tasklist/default/");

        EngineConsoles cluster = new EngineConsoles("camunda", "https://camunda.example/");
        assertThat(cluster.monitorName()).isEqualTo("Operate");
        assertThat(cluster.monitorUrl()).isEqualTo("https://camunda.example/operate");
        assertThat(cluster.tasklistName()).isEqualTo("Camunda Tasklist");
        assertThat(cluster.tasklistUrl()).isEqualTo("https://camunda.example/tasklist");
    }
}
