package com.souk.common.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Instants as pages show them, in UTC like every deadline Souk keeps: {@code 12 Dec 2026} and
 * {@code 12 Dec 2026, 14:05 UTC}. Templates call it as {@code ${@dates.day(order.createdAt)}}.
 */
@Component("dates")
public class DisplayDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    public String day(Instant at) {
        return at == null ? "" : DAY.format(at);
    }

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }
}
