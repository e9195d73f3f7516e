package com.souk.rules.tables;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One component of a form: the key its value is stored under (none for texts and groups), its id, label, type,
 * whether it must be filled in, and every other setting flattened ("validate.maxLength", "values[0].label").
 */
public record FormField(String key, String id, String label, String type, boolean required,
        Map<String, String> properties) {

    public FormField {
        // copied in order: pages list the settings as the file has them
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** What the diff matches versions by: the key, or the id of a component without one. */
    public String identity() {
        return key != null ? key : id;
    }

    public String title() {
        return label == null || label.isBlank() ? identity() : label;
    }
}
