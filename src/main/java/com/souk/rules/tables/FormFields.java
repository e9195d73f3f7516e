package com.souk.rules.tables;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the components of a Camunda form (.form JSON), those inside groups too, in the order the form shows them. */
public final class FormFields {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Settings that are not a change of behaviour (where the component sits) or are shown elsewhere. */
    private static final Set<String> LEFT_OUT = Set.of("components", "id", "key", "label", "type", "layout");

    private FormFields() {
    }

    /** @throws UnreadableModelException when the text is not JSON or has no components */
    public static List<FormField> read(String json) {
        JsonNode form;
        try {
            form = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UnreadableModelException("the form is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (form == null || !form.path("components").isArray()) {
            throw new UnreadableModelException("the form has no list of components");
        }
        List<FormField> fields = new ArrayList<>();
        collect(form.get("components"), fields);
        return fields;
    }

    private static void collect(JsonNode components, List<FormField> fields) {
        for (JsonNode c : components) {
            Map<String, String> properties = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> entries = c.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                if (!LEFT_OUT.contains(entry.getKey())) {
                    flatten(entry.getKey(), entry.getValue(), properties);
                }
            }
            fields.add(new FormField(text(c, "key"), text(c, "id"), text(c, "label"), text(c, "type"),
                    c.path("validate").path("required").asBoolean(false), properties));
            if (c.path("components").isArray()) {
                collect(c.get("components"), fields);
            }
        }
    }

    private static void flatten(String path, JsonNode value, Map<String, String> properties) {
        if (value.isObject()) {
            value.fields().forEachRemaining(e -> flatten(path + "." + e.getKey(), e.getValue(), properties));
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                flatten(path + "[" + i + "]", value.get(i), properties);
            }
        } else if (!value.isNull()) {
            properties.put(path, value.asText());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
