package com.souk.rules.tables;

import java.util.List;
import java.util.Optional;

/** The elements of a BPMN file in document order, processes and their flow elements, messages, errors, signals. */
public record ProcessModel(List<ProcessElement> elements) {

    public ProcessModel {
        elements = List.copyOf(elements);
    }

    public Optional<ProcessElement> element(String id) {
        return elements.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The element's name, else its id: a count per element id reads better by name. */
    public String title(String id) {
        return element(id).map(ProcessElement::title).orElse(id);
    }
}
