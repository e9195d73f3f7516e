package com.souk.workflow.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.souk.workflow.ModelKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The files that are deployed together once the upload goes in: where a process finds its decisions and forms. */
final class ModelSet {

    private final List<ParsedModel> models;
    private final Map<String, DmnDecision> decisions = new LinkedHashMap<>();
    private final Map<String, JsonNode> forms = new TreeMap<>();

    ModelSet(List<ParsedModel> models) {
        this.models = List.copyOf(models);
        for (ParsedModel model : models) {
            if (model.is(ModelKind.DECISION)) {
                DmnDecision.all(model.name(), model.root()).stream().filter(d -> d.id() != null)
                        .forEach(d -> decisions.putIfAbsent(d.id(), d));
            } else if (model.is(ModelKind.FORM)) {
                model.keys().forEach(id -> forms.putIfAbsent(id, model.form()));
            }
        }
    }

    List<ParsedModel> models() {
        return models;
    }

    Optional<DmnDecision> decision(String id) {
        return Optional.ofNullable(decisions.get(id));
    }

    Optional<JsonNode> form(String id) {
        return Optional.ofNullable(forms.get(id));
    }

    /** Decision ids, sorted, to tell an analyst which ones there are. */
    List<String> decisionIds() {
        return decisions.keySet().stream().sorted().toList();
    }

    List<String> formIds() {
        return List.copyOf(forms.keySet());
    }

    /** Outputs per decision table: the translation maps a one-output result differently from several. */
    Map<String, Integer> decisionOutputCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        decisions.values().stream().filter(d -> d.table() != null)
                .forEach(d -> counts.put(d.id(), d.table().outputs().size()));
        return counts;
    }
}
