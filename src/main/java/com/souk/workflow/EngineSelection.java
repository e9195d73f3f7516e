package com.souk.workflow;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Reads {@code souk.engine} before any bean is made and switches off the engine that is not chosen: with
 * {@code camunda} the embedded engine and its webapps are not configured at all; with {@code operaton} (the default)
 * the Camunda client is not created, so nothing tries to reach a cluster. Any other value stops start-up.
 */
public class EngineSelection implements EnvironmentPostProcessor {

    public static final String PROPERTY = "souk.engine";
    public static final String OPERATON = "operaton";
    public static final String CAMUNDA = "camunda";

    static final List<String> EMBEDDED_ENGINE_CONFIGURATION = List.of(
            "org.operaton.bpm.spring.boot.starter.OperatonBpmAutoConfiguration",
            "org.operaton.bpm.spring.boot.starter.webapp.OperatonBpmWebappAutoConfiguration");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String engine = environment.getProperty(PROPERTY, OPERATON).trim().toLowerCase(java.util.Locale.ROOT);
        Map<String, Object> settings = new LinkedHashMap<>();
        switch (engine) {
            case OPERATON -> settings.put("camunda.client.enabled", "false");
            case CAMUNDA -> {
                Set<String> excluded = new LinkedHashSet<>(StringUtils.commaDelimitedListToSet(
                        environment.getProperty("spring.autoconfigure.exclude", "")));
                excluded.addAll(EMBEDDED_ENGINE_CONFIGURATION);
                excluded.remove("");
                settings.put("spring.autoconfigure.exclude", String.join(",", excluded));
            }
            default -> throw new IllegalStateException(PROPERTY + " (SOUK_ENGINE) is '" + engine
                    + "'; it must be '" + OPERATON + "' (the embedded engine) or '" + CAMUNDA + "' (a Camunda 8 cluster).");
        }
        settings.put(PROPERTY, engine);
        environment.getPropertySources().addFirst(new MapPropertySource("soukEngineSelection", settings));
    }
}
