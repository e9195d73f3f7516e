package com.souk.rules.simulation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;

/**
 * A candidate file replayed over past cases. The top-level fields are those of the decision asked for, or else of
 * the first decision with a change (the first decision when none changes); {@code decisions} holds every decision's
 * result when the file has several. {@code since} is the start of the period (null: all past cases).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Simulation(String fileName, Integer days, Instant since, @JsonUnwrapped DecisionSimulation result,
        List<DecisionSimulation> decisions) {
}
