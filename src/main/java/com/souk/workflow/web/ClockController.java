package com.souk.workflow.web;

import com.souk.common.FieldErrorException;
import com.souk.common.IsoDurations;
import com.souk.workflow.EngineClock;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Moves the clock forward so that timers come due; exists only where souk.clock.adjustable=true (never prod). */
@RestController
@ConditionalOnProperty(name = "souk.clock.adjustable", havingValue = "true")
class ClockController {

    private final EngineClock clock;

    ClockController(EngineClock clock) {
        this.clock = clock;
    }

    record Advance(@NotBlank String advance) {
    }

    record Now(Instant now) {
    }

    @PostMapping("/api/admin/clock")
    @PreAuthorize("hasRole('ADMIN')")
    Now advance(@Validated @RequestBody Advance body) {
        return new Now(clock.advance(parse(body.advance())));
    }

    static Duration parse(String text) {
        Duration duration;
        try {
            duration = IsoDurations.parse(text);
        } catch (DateTimeParseException e) {
            throw new FieldErrorException("advance", "is not an ISO-8601 duration in days or hours, such as P15D or PT12H");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new FieldErrorException("advance", "must move the clock forward");
        }
        return duration;
    }
}
