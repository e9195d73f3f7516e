package com.souk.protection.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.souk.ordering.PurchaseProcess;
import com.souk.protection.DisputeTasks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Finds the decision form of a task and turns what an agent filled in beyond the decision into process variables. */
@Component
class DecisionForms {

    static final String PACKAGED_FORM = "forms/dispute-review.form";
    static final Set<String> DECISION_KEYS = Set.of(PurchaseProcess.VAR_AGENT_OUTCOME, PurchaseProcess.VAR_REFUND,
            PurchaseProcess.VAR_AGENT_NOTE);

    private final DisputeTasks tasks;
    private final ObjectMapper json;

    DecisionForms(DisputeTasks tasks, ObjectMapper json) {
        this.tasks = tasks;
        this.json = json;
    }

    /** The form deployed with the task (an analyst's latest); the packaged file when the engine has none for it. */
    ReviewForm of(String taskId) {
        return ReviewForm.parse(tasks.form(taskId).orElseGet(DecisionForms::packaged), json);
    }

    static Map<String, String> blank(ReviewForm form) {
        Map<String, String> values = new HashMap<>();
        form.fields().stream().filter(ReviewForm.Field::input).forEach(f -> values.put(f.key(), ""));
        return values;
    }

    /** Values of fields an analyst added beside the decision's own, as process variables. */
    static Map<String, Object> moreVariables(ReviewForm form, Map<String, String> values) {
        Map<String, Object> more = new HashMap<>();
        for (ReviewForm.Field f : form.fields()) {
            if (f.input() && f.visible(values) && !DECISION_KEYS.contains(f.key())) {
                Object value = ReviewForm.variable(f, values.get(f.key()));
                if (value != null) {
                    more.put(f.key(), value);
                }
            }
        }
        return more;
    }

    private static String packaged() {
        try (InputStream in = new ClassPathResource(PACKAGED_FORM).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("The decision form " + PACKAGED_FORM + " cannot be read", e);
        }
    }
}
