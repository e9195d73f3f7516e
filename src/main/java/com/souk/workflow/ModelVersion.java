package com.souk.workflow;

import java.time.Instant;

/**
 * One version of a process, decision or form: who deployed it and why. {@code original} says whether Souk kept the
 * file as the analyst saved it (versions deployed before Souk kept them have none, so they cannot be compared or
 * rolled back to). {@code rolledBackTo} is the version a rollback brought back.
 */
public record ModelVersion(String kind, String key, String name, String fileName, int version, Instant deployedAt,
        String deployedBy, String comment, String action, Integer rolledBackTo, boolean original) {

    public static final String BUNDLED = "BUNDLED";
    public static final String DEPLOYED = "DEPLOYED";
    public static final String ROLLED_BACK = "ROLLED_BACK";
    public static final String UNRECORDED = "UNRECORDED";
}
