package com.souk.workflow.operaton;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Which process variable each message correlates on, as the models' zeebe:subscription said. Camunda 8
 * matches a key expression; Operaton matches a variable, so the translation remembers the variable.
 */
@Component
class CorrelationKeys {

    static final String DEFAULT_VARIABLE = "orderId";

    private final Map<String, String> variableByMessage = new ConcurrentHashMap<>();

    void register(Map<String, String> fromModel) {
        variableByMessage.putAll(fromModel);
    }

    String variableFor(String messageName) {
        return variableByMessage.getOrDefault(messageName, DEFAULT_VARIABLE);
    }
}
