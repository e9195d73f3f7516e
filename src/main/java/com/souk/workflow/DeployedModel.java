package com.souk.workflow;

import java.time.Instant;

/** A deployed process, decision or form: its key, the file it came from, its version and when it was deployed. */
public record DeployedModel(String kind, String key, String name, String resource, int version, String deployment,
        Instant deployedAt) {
}
