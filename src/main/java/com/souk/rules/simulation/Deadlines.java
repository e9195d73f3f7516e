package com.souk.rules.simulation;

import com.souk.common.IsoDurations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;

/** Deadlines from a decision's ISO-8601 answer (P5D, PT12H), counted as the engine's timers count them. */
final class Deadlines {

    private static final BigDecimal SECONDS_A_DAY = BigDecimal.valueOf(86_400);

    private Deadlines() {
    }

    /** The instant the period after {@code from} ends; null when either is missing or the answer is no period. */
    static Instant after(Instant from, Object iso) {
        if (from == null || !(iso instanceof String text) || text.isBlank()) {
            return null;
        }
        try {
            return IsoDurations.after(from, text);
        } catch (DateTimeException | ArithmeticException notAPeriod) {
            return null;
        }
    }

    static Instant plusDays(Instant at, int days) {
        return at == null ? null : at.plus(Duration.ofDays(days));
    }

    /** How many days later {@code moved} is than {@code was} (negative: earlier), to two decimals. */
    static BigDecimal daysBetween(Instant was, Instant moved) {
        if (was == null || moved == null) {
            return null;
        }
        BigDecimal days = BigDecimal.valueOf(Duration.between(was, moved).getSeconds())
                .divide(SECONDS_A_DAY, 2, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return days.scale() < 0 ? days.setScale(0) : days;
    }
}
