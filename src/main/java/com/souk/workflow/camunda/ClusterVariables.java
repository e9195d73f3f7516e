package com.souk.workflow.camunda;

import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Variables as the cluster stores them, JSON: a moment in time becomes its ISO-8601 text, which the models' FEEL
 * timers ({@code timeDate =autoConfirmAt}) read as a date and time. The embedded engine takes the {@link Date} as is.
 */
final class ClusterVariables {

    private ClusterVariables() {
    }

    static Map<String, Object> of(Map<String, Object> variables) {
        Map<String, Object> json = new LinkedHashMap<>();
        variables.forEach((name, value) -> json.put(name, jsonValue(value)));
        return json;
    }

    private static Object jsonValue(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().toString();
        }
        if (value instanceof TemporalAccessor temporal) {
            return temporal.toString();
        }
        return value;
    }
}
