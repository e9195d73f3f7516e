package com.souk.workflow;

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
    }

    /** A decision failed on the given inputs. */
    class DecisionFailedException extends RuntimeException {
        public DecisionFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
