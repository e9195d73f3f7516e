package com.souk.rules.tables;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One element of a BPMN file (a task, event, gateway, flow, process, message…): its id, BPMN type, name, and every
 * setting it carries, by readable name ("task type", "header event", "condition", "timer duration", "messageRef").
 */
public record ProcessElement(String id, String type, String name, Map<String, String> properties) {

    public ProcessElement {
        // copied in order: pages list the settings as the file has them
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** The BPMN type in words: {@code serviceTask} is "service task". */
    public String typeLabel() {
        return type.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** The name, or the id where the element has none. */
    public String title() {
        return name == null || name.isBlank() ? id : name;
    }
}
