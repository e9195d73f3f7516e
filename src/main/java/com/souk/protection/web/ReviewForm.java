package com.souk.protection.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agent's decision form as an analyst drew it in Camunda Modeler (forms/dispute-review.form), read at
 * runtime so that a changed form changes the page: its fields with labels, options and rules, and the checks
 * of what an agent submitted. Pages work without JavaScript, so every field is shown; a field the form hides
 * under a condition says when it applies and is ignored when it does not.
 */
final class ReviewForm {

    /** Field types this page can render and check. */
    static final List<String> SUPPORTED = List.of("radio", "select", "checkbox", "number", "textfield", "textarea",
            "text");

    /** "=key != \"VALUE\"" or "=key = \"VALUE\"": the conditions Modeler writes for one choice. */
    private static final Pattern CONDITION = Pattern.compile("^=?\\s*([A-Za-z_][\\w.]*)\\s*(!=|=)\\s*\"([^\"]*)\"\\s*$");

    private final String id;
    private final List<Field> fields;

    private ReviewForm(String id, List<Field> fields) {
        this.id = id;
        this.fields = List.copyOf(fields);
    }

    /** One option of a radio or select field. */
    record Option(String value, String label) {
    }

    /** A hide condition the page understands: hidden when the other field's value equals (or not) this value. */
    record Condition(String key, boolean hideWhenEqual, String value) {

        public boolean hides(Map<String, String> values) {
            return value.equals(values.get(key)) == hideWhenEqual;
        }
    }

    /** One component of the form. */
    record Field(String type, String key, String label, String text, boolean required, List<Option> options,
            Long min, Long max, Integer minLength, Integer maxLength, String pattern, Integer decimalDigits,
            Condition hideWhen, String unreadCondition) {

        public boolean supported() {
            return SUPPORTED.contains(type);
        }

        /** Whether the field takes input (a "text" component only shows its text). */
        public boolean input() {
            return supported() && !"text".equals(type) && key != null;
        }

        /** The page's parameter name; prefixed so a field key never clashes with the page's own parameters. */
        public String param() {
            return "field_" + key;
        }

        public boolean visible(Map<String, String> values) {
            return hideWhen == null || !hideWhen.hides(values);
        }

        public String optionLabel(String value) {
            return options.stream().filter(o -> o.value().equals(value)).map(Option::label).findFirst().orElse(value);
        }
    }

    static ReviewForm parse(String json, ObjectMapper mapper) {
        try {
            JsonNode root = mapper.readTree(json);
            List<Field> fields = new ArrayList<>();
            for (JsonNode c : root.path("components")) {
                fields.add(field(c));
            }
            return new ReviewForm(root.path("id").asText(""), fields);
        } catch (IOException e) {
            throw new IllegalStateException("The decision form is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static Field field(JsonNode c) {
        JsonNode validate = c.path("validate");
        List<Option> options = new ArrayList<>();
        for (JsonNode v : c.path("values")) {
            options.add(new Option(v.path("value").asText(), v.path("label").asText(v.path("value").asText())));
        }
        String hide = c.path("conditional").path("hide").asText(null);
        Condition condition = null;
        String unread = null;
        if (hide != null && !hide.isBlank()) {
            Matcher m = CONDITION.matcher(hide);
            if (m.matches()) {
                condition = new Condition(m.group(1), "=".equals(m.group(2)), m.group(3));
            } else {
                unread = hide;
            }
        }
        return new Field(c.path("type").asText(""), c.hasNonNull("key") ? c.get("key").asText() : null,
                c.path("label").asText(c.path("key").asText("")), c.path("text").asText(null),
                validate.path("required").asBoolean(false), options, longOrNull(validate, "min"),
                longOrNull(validate, "max"), intOrNull(validate, "minLength"), intOrNull(validate, "maxLength"),
                validate.path("pattern").asText(null), intOrNull(c, "decimalDigits"), condition, unread);
    }

    public String id() {
        return id;
    }

    public List<Field> fields() {
        return fields;
    }

    public Field field(String key) {
        return fields.stream().filter(f -> key.equals(f.key())).findFirst().orElse(null);
    }

    /** The submitted value of every input field, by key ("" when absent; "true"/"false" for checkboxes). */
    Map<String, String> values(Map<String, String> params) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field f : fields) {
            if (f.input()) {
                String raw = params.get(f.param());
                values.put(f.key(), "checkbox".equals(f.type()) ? String.valueOf(raw != null) : raw == null ? "" : raw.trim());
            }
        }
        return values;
    }

    /** What is wrong, by field key; fields hidden by their condition are not checked. */
    Map<String, String> check(Map<String, String> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Field f : fields) {
            if (!f.input() || !f.visible(values)) {
                continue;
            }
            String value = values.getOrDefault(f.key(), "");
            String problem = problem(f, value);
            if (problem != null) {
                errors.put(f.key(), problem);
            }
        }
        return errors;
    }

    private static String problem(Field f, String value) {
        if ("checkbox".equals(f.type())) {
            return f.required() && !"true".equals(value) ? "tick this box to go on" : null;
        }
        if (value.isEmpty()) {
            return f.required() ? ("radio".equals(f.type()) || "select".equals(f.type()) ? "choose one" : "fill this in")
                    : null;
        }
        switch (f.type()) {
            case "radio", "select" -> {
                return f.options().stream().anyMatch(o -> o.value().equals(value)) ? null : "choose one of the options";
            }
            case "number" -> {
                return numberProblem(f, value);
            }
            default -> {
                if (f.maxLength() != null && value.length() > f.maxLength()) {
                    return "at most " + f.maxLength() + " characters";
                }
                if (f.minLength() != null && value.length() < f.minLength()) {
                    return "at least " + f.minLength() + " characters";
                }
                if (f.pattern() != null && !f.pattern().isBlank() && !value.matches(f.pattern())) {
                    return "not in the expected format";
                }
                return null;
            }
        }
    }

    private static String numberProblem(Field f, String value) {
        boolean whole = f.decimalDigits() != null && f.decimalDigits() == 0;
        if (!value.matches(whole ? "-?\\d{1,15}" : "-?\\d{1,15}([.]\\d+)?")) {
            return whole ? "enter a whole number" : "enter a number";
        }
        double number = Double.parseDouble(value);
        if (f.min() != null && number < f.min()) {
            return "at least " + f.min();
        }
        if (f.max() != null && number > f.max()) {
            return "at most " + f.max();
        }
        return null;
    }

    /** A checked value as the process variable the engine gets. */
    static Object variable(Field f, String value) {
        return switch (f.type()) {
            case "checkbox" -> Boolean.parseBoolean(value);
            case "number" -> value.isEmpty() ? null : value.contains(".") ? (Object) Double.valueOf(value) : Long.valueOf(value);
            default -> value;
        };
    }

    private static Long longOrNull(JsonNode node, String name) {
        return node.hasNonNull(name) && node.get(name).isNumber() ? node.get(name).asLong() : null;
    }

    private static Integer intOrNull(JsonNode node, String name) {
        return node.hasNonNull(name) && node.get(name).isNumber() ? node.get(name).asInt() : null;
    }
}
