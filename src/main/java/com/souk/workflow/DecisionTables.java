package com.souk.workflow;

import java.util.List;
import java.util.Map;

/**
 * Evaluates decision tables locally, apart from any running process, so past cases can be replayed against a
 * candidate table on either engine.
 */
public interface DecisionTables {

    /**
     * Reads a DMN file once for many evaluations of one of its decisions.
     *
     * @throws ModelRejectedException when the file or the decision cannot be read
     */
    Decision prepare(ModelFile dmn, String decisionId);

    /** A decision ready to evaluate. */
    interface Decision {

        /**
         * The result as a process sees it (Camunda 8's resultVariable): the value of the one output, a map of the
         * outputs by name for several, a list for hit policies that collect, null when no rule matches.
         *
         * @throws DecisionFailedException when a FEEL text fails on these inputs
         */
        Object evaluate(Map<String, Object> variables);

        /**
         * The rules of a decision table that match the inputs, in the table's order, each with the description its
         * author wrote; with hit policy FIRST the first of them decided. Empty when none matches or the decision is
         * not a table, and from a decision that cannot tell (such as a fixed answer in a test).
         *
         * @throws DecisionFailedException when a FEEL text fails on these inputs
         */
        default List<MatchedRule> matchedRules(Map<String, Object> variables) {
            return List.of();
        }
    }

    /** A rule of a decision table: its id and its description, empty when the author wrote none. */
    record MatchedRule(String id, String description) {
    }

    /** A decision failed on the given inputs. */
    class DecisionFailedException extends RuntimeException {
        public DecisionFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
