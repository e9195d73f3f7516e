package com.souk.workflow.validation;

import java.util.Map;
import java.util.Set;

/**
 * What a job type's handler reads from its task's headers: the values it understands per header, and the headers it
 * cannot do without.
 */
public record HeaderRules(Map<String, Set<String>> values, Set<String> required) {

    public static final HeaderRules NONE = new HeaderRules(Map.of(), Set.of());

    public HeaderRules {
        values = Map.copyOf(values);
        required = Set.copyOf(required);
    }
}
