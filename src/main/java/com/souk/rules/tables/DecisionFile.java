package com.souk.rules.tables;

import java.util.List;
import java.util.Optional;

/** The decisions of one DMN file, in the order the file lists them. */
public record DecisionFile(List<Decision> decisions) {

    public DecisionFile {
        decisions = List.copyOf(decisions);
    }

    public Optional<Decision> decision(String id) {
        return decisions.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The decisions sharing the file with this one: a deployment of the file makes new versions of them too. */
    public List<Decision> othersThan(String id) {
        return decisions.stream().filter(d -> !d.id().equals(id)).toList();
    }
}
