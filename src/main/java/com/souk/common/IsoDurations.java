package com.souk.common;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/** ISO-8601 durations as the rules write them: days and weeks (P5D, P2W), times (PT12H), or both (P1DT6H). */
public final class IsoDurations {

    private IsoDurations() {
    }

    /** A rule's period (P5D, P1M) or duration (PT12H) after the given instant, counted as the engine's timers do. */
    public static Instant after(Instant from, String iso) {
        String text = iso.trim();
        return text.contains("T") ? from.plus(Duration.parse(text))
                : from.atZone(ZoneOffset.UTC).plus(Period.parse(text)).toInstant();
    }

    /** @throws java.time.format.DateTimeParseException when the text is no such duration */
    public static Duration parse(String iso) {
        String text = iso.trim();
        if (text.contains("T")) {
            return Duration.parse(text);
        }
        Period period = Period.parse(text);
        if (period.getYears() != 0 || period.getMonths() != 0) {
            throw new java.time.format.DateTimeParseException("years and months have no fixed length", text, 0);
        }
        return Duration.ofDays(period.getDays());
    }
}
