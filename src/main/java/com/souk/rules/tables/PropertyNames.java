package com.souk.rules.tables;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Readable names for the settings of BPMN elements an analyst changes most: task types, headers, decisions, timers. */
final class PropertyNames {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("zeebe:taskDefinition type", "task type"),
            Map.entry("zeebe:taskDefinition retries", "task retries"),
            Map.entry("zeebe:calledDecision decisionId", "called decision"),
            Map.entry("zeebe:calledDecision resultVariable", "decision result variable"),
            Map.entry("zeebe:calledDecision bindingType", "decision binding"),
            Map.entry("zeebe:calledElement processId", "called process"),
            Map.entry("zeebe:formDefinition formId", "form"),
            Map.entry("zeebe:assignmentDefinition candidateGroups", "candidate groups"),
            Map.entry("zeebe:assignmentDefinition assignee", "assignee"),
            Map.entry("zeebe:taskSchedule dueDate", "due date"),
            Map.entry("zeebe:subscription correlationKey", "correlation key"),
            Map.entry("conditionExpression", "condition"),
            Map.entry("timerEventDefinition/timeDuration", "timer duration"),
            Map.entry("timerEventDefinition/timeDate", "timer date"),
            Map.entry("timerEventDefinition/timeCycle", "timer cycle"),
            Map.entry("messageEventDefinition messageRef", "message"),
            Map.entry("errorEventDefinition errorRef", "error"),
            Map.entry("signalEventDefinition signalRef", "signal"),
            Map.entry("sourceRef", "from"),
            Map.entry("targetRef", "to"));

    private static final Pattern HEADER = Pattern.compile("zeebe:taskHeaders/zeebe:header\\[(.*)] value");
    private static final Pattern MAPPING = Pattern.compile("zeebe:ioMapping/zeebe:(input|output)\\[(.*)] source");

    private PropertyNames() {
    }

    static String label(String path) {
        String known = NAMES.get(path);
        if (known != null) {
            return known;
        }
        Matcher header = HEADER.matcher(path);
        if (header.matches()) {
            return "header " + header.group(1);
        }
        Matcher mapping = MAPPING.matcher(path);
        if (mapping.matches()) {
            return mapping.group(1) + " mapping " + mapping.group(2);
        }
        return path;
    }
}
