package com.souk.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The buyer asked for more protection time; the seller may approve it once (table protection_extensions). */
@Embeddable
class ProtectionExtension {

    private int days;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "approved_at")
    private Instant approvedAt;

    protected ProtectionExtension() {
    }

    ProtectionExtension(int days, Instant requestedAt) {
        this.days = days;
        this.requestedAt = requestedAt;
    }

    int days() {
        return days;
    }

    boolean pending() {
        return approvedAt == null;
    }

    void approve(Instant at) {
        this.approvedAt = at;
    }
}
