package com.souk.workflow.validation;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.souk.workflow.ModelFile;
import com.souk.workflow.ModelProblem;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** A Camunda form: JSON that parses, an id, a components array, each field key once; and which fields a task sets. */
final class FormRules {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormRules() {
    }

    /** The form's JSON, or the problem that stops every later check. */
    record Json(JsonNode form, ModelProblem problem) {
    }

    static Json parse(ModelFile file) {
        try {
            JsonNode form = JSON.readTree(file.content());
            if (form == null || !form.isObject()) {
                return new Json(null, new ModelProblem(file.name(), "line 1, column 1",
                        "A form is one JSON object ({ \"id\": ..., \"components\": [...] }); this file holds "
                                + (form == null || form.isMissingNode() ? "nothing" : "a JSON " + form.getNodeType()
                                .name().toLowerCase()) + "."));
            }
            return new Json(form, null);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "line 1, column 1" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            return new Json(null, new ModelProblem(file.name(), where,
                    "The form is not valid JSON here: " + e.getOriginalMessage()
                            + ". Save it again from Camunda Modeler."));
        } catch (IOException e) {
            return new Json(null, new ModelProblem(file.name(), "line 1, column 1", "The form cannot be read: "
                    + e.getMessage()));
        }
    }

    static void check(ParsedModel model, Findings findings) {
        JsonNode form = model.form();
        JsonNode id = form.path("id");
        String formId = id.isTextual() && !id.asText().isBlank() ? id.asText().strip() : null;
        if (formId == null) {
            findings.add("form", "The form has no \"id\"; a user task links its form by this id (zeebe:formDefinition"
                    + " formId), so give it one, such as \"dispute-review\".");
        }
        JsonNode components = form.path("components");
        if (!components.isArray()) {
            findings.add(formId == null ? "form" : formId, "The form has no \"components\" array, so it shows no"
                    + " fields; a Camunda form lists its fields under \"components\": [...].");
            return;
        }
        uniqueKeys(components, "", new HashMap<>(), findings);
    }

    /** The variables a completed task with this form always sets: keys of fields shown whatever the answers. */
    static Set<String> definiteFields(JsonNode form) {
        Set<String> fields = new LinkedHashSet<>();
        collect(form.path("components"), fields);
        return fields;
    }

    private static void collect(JsonNode components, Set<String> fields) {
        for (JsonNode component : components) {
            if (component.has("conditional") || "button".equals(component.path("type").asText())) {
                continue;
            }
            String path = text(component, "path");
            String key = text(component, "key");
            if (path != null) {
                fields.add(topLevel(path));
            } else if (key != null) {
                fields.add(topLevel(key));
            } else {
                collect(component.path("components"), fields);
            }
        }
    }

    private static void uniqueKeys(JsonNode components, String scope, Map<String, String> seen, Findings findings) {
        for (JsonNode component : components) {
            String key = text(component, "key");
            String id = text(component, "id");
            if (key != null) {
                String previous = seen.putIfAbsent(scope + key, id == null ? key : id);
                if (previous != null) {
                    findings.add(id == null ? key : id, "The key \"" + key + "\" is used by two fields (" + previous
                            + " and " + (id == null ? "this one" : id) + "); each field needs its own key, or one"
                            + " answer overwrites the other.");
                }
            }
            String path = text(component, "path");
            uniqueKeys(component.path("components"), path == null ? scope : scope + path + ".", seen, findings);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
    }

    private static String topLevel(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }
}
