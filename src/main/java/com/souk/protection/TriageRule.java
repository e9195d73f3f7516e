package com.souk.protection;

/** A rule of the dispute-triage decision table: its id and the description the analyst wrote for it. */
public record TriageRule(String id, String description) {
}
