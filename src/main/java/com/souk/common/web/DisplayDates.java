package com.souk.common.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Instants as pages show them, in UTC like every deadline Souk keeps: {@code 12 Dec 2026},
 * {@code 12 Dec 2026, 14:05 UTC}, and deadlines counted from now: {@code in 3 days (5 Dec)}. Templates call it as
 * {@code ${@dates.day(order.createdAt)}}.
 */
@Component("dates")
public class DisplayDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SHORT_TIME = DateTimeFormatter.ofPattern("d MMM, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final Clock clock;

    public DisplayDates(Clock clock) {
        this.clock = clock;
    }

    public String day(Instant at) {
        return at == null ? "" : DAY.format(at);
    }

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    /**
     * A deadline as the person facing it reads it: {@code in 3 days (5 Dec)}, {@code in 5 hours (3 Dec, 23:00 UTC)},
     * {@code 2 days ago (1 Dec)}; the date in brackets carries the year when it is not this year's.
     */
    public String deadline(Instant at) {
        if (at == null) {
            return "";
        }
        Instant now = clock.instant();
        Duration left = Duration.between(now, at);
        Duration size = left.abs();
        boolean sameYear = at.atZone(ZoneOffset.UTC).getYear() == now.atZone(ZoneOffset.UTC).getYear();
        String span;
        String date;
        if (size.toHours() < 24) {
            long hours = size.toHours();
            long minutes = Math.max(1, size.toMinutes());
            span = hours >= 1 ? count(hours, "hour") : count(minutes, "minute");
            date = sameYear ? SHORT_TIME.format(at) : TIME.format(at);
        } else {
            long days = Math.round(size.toHours() / 24.0);
            span = count(days, "day");
            date = sameYear ? SHORT_DAY.format(at) : DAY.format(at);
        }
        return (left.isNegative() ? span + " ago" : "in " + span) + " (" + date + ")";
    }

    private static String count(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
