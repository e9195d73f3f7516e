package com.souk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class EngineSelectionTest {

    private final EngineSelection selection = new EngineSelection();

    @Test
    void theEmbeddedEngineByDefaultWithTheClusterClientOff() {
        StandardEnvironment environment = environment(Map.of());

        selection.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("souk.engine")).isEqualTo("operaton");
        assertThat(environment.getProperty("camunda.client.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("spring.autoconfigure.exclude", "")).doesNotContain("Operaton");
    }

    @Test
    void clusterModeLeavesTheEmbeddedEngineUnconfiguredAndKeepsOtherExclusions() {
        StandardEnvironment environment = environment(Map.of("souk.engine", " Camunda ",
                "spring.autoconfigure.exclude", "org.example.SomethingElse"));

        selection.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("souk.engine")).isEqualTo("camunda");
        assertThat(environment.getProperty("camunda.client.enabled")).isNull();
        assertThat(environment.getProperty("spring.autoconfigure.exclude")).contains("org.example.SomethingElse")
                .contains("org.operaton.bpm.spring.boot.starter.OperatonBpmAutoConfiguration")
                .contains("org.operaton.bpm.spring.boot.starter.webapp.OperatonBpmWebappAutoConfiguration");
    }

    @Test
    void anyOtherEngineStopsStartUpSayingWhatIsAllowed() {
        assertThatThrownBy(() -> selection.postProcessEnvironment(environment(Map.of("souk.engine", "zeebe")),
                new SpringApplication())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'zeebe'").hasMessageContaining("'operaton'").hasMessageContaining("'camunda'");
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
