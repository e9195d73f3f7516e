package com.souk.workflow;

import java.util.Map;
import java.util.Set;

/**
 * The variables Souk's own code gives a process: when it starts it, and with each message it sends. Validation
 * reads it to check that every decision input and expression of a model has a variable to read at that point.
 */
public interface ProcessContract {

    /** The id of the process Souk starts. */
    String processId();

    /** Variables set when the process starts. */
    Variables atStart();

    /** Variables each message (by name) sets. */
    Map<String, Variables> byMessage();

    /** Variables always set, and those set only in some cases. */
    record Variables(Set<String> always, Set<String> sometimes) {

        public static Variables of(String... always) {
            return new Variables(Set.of(always), Set.of());
        }

        public Variables andSometimes(String... sometimes) {
            return new Variables(always, Set.of(sometimes));
        }
    }
}
