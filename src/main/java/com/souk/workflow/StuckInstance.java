package com.souk.workflow;

import java.time.Instant;

/** A process instance that will not move on by itself: where it stopped, the error, and since when. */
public record StuckInstance(String businessKey, String processInstanceId, String processKey, int processVersion,
        String elementId, String elementName, String error, Instant since) {
}
