package com.souk.workflow.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.souk.workflow.ModelFile;
import com.souk.workflow.ModelKind;
import com.souk.workflow.ModelProblem;
import java.util.LinkedHashSet;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * One file read once for all checks: the XML document of a .bpmn or .dmn, the JSON of a .form, or why it could not
 * be read. Also the keys it defines (process ids, decision ids, a form id), by which an upload replaces a deployed file.
 */
record ParsedModel(ModelFile file, Document xml, JsonNode form, ModelProblem unreadable) {

    static ParsedModel read(ModelFile file) {
        String kind = file.kind();
        if (ModelKind.PROCESS.equals(kind) || ModelKind.DECISION.equals(kind)) {
            XmlSyntax.Result result = XmlSyntax.parse(file);
            return new ParsedModel(file, result.document(), null, result.problem());
        }
        if (ModelKind.FORM.equals(kind)) {
            FormRules.Json json = FormRules.parse(file);
            return new ParsedModel(file, null, json.form(), json.problem());
        }
        return new ParsedModel(file, null, null, null);
    }

    String name() {
        return file.name();
    }

    String kind() {
        return file.kind();
    }

    boolean readable() {
        return xml != null || form != null;
    }

    Element root() {
        return xml.getDocumentElement();
    }

    boolean is(String kind) {
        return readable() && kind.equals(kind());
    }

    /** Process ids, decision ids or the form id this file defines; empty when it cannot be read. */
    Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        if (xml != null && ModelKind.PROCESS.equals(kind())) {
            Dom.children(root(), "process").forEach(p -> addIfPresent(keys, Dom.attr(p, "id")));
        } else if (xml != null) {
            Dom.children(root(), "decision").forEach(d -> addIfPresent(keys, Dom.attr(d, "id")));
        } else if (form != null && form.path("id").isTextual()) {
            addIfPresent(keys, form.path("id").asText().strip());
        }
        return keys;
    }

    private static void addIfPresent(Set<String> keys, String key) {
        if (key != null && !key.isEmpty()) {
            keys.add(key);
        }
    }
}
