package com.souk.workflow.operaton;

import com.souk.workflow.OnOperaton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Which process variable each message correlates on, as the models' zeebe:subscription said. Camunda 8
 * matches a key expression; Operaton matches a variable, so the translation remembers the variable.
 *
 * <p>An instance also carries its correlation value as its business key. The engine finds an instance by business
 * key through an index, where matching on a variable's value scans every waiting instance's variables; and
 * Cockpit shows and searches the key.
 */
@OnOperaton
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

    /** The business key for a new instance: the value of the correlation variable, when all messages share one. */
    Optional<String> businessKey(Map<String, Object> startVariables) {
        return businessKeyVariable().map(startVariables::get).map(String::valueOf);
    }

    /** Whether the message correlates on the variable that business keys are made of. */
    boolean correlatesOnBusinessKey(String messageName) {
        return businessKeyVariable().filter(variableFor(messageName)::equals).isPresent();
    }

    private Optional<String> businessKeyVariable() {
        var variables = variableByMessage.values().stream().distinct().toList();
        return variables.size() == 1 ? Optional.of(variables.get(0)) : Optional.empty();
    }
}
