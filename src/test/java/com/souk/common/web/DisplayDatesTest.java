package com.souk.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DisplayDatesTest {

    static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    final DisplayDates dates = new DisplayDates(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void daysAheadAreCountedAndDated() {
        assertThat(dates.deadline(NOW.plus(Duration.ofDays(3)))).isEqualTo("in 3 days (5 Dec)");
        assertThat(dates.deadline(NOW.plus(Duration.ofHours(30)))).isEqualTo("in 1 day (3 Dec)");
        assertThat(dates.deadline(NOW.plus(Duration.ofHours(40)))).as("rounded to the nearer day")
                .isEqualTo("in 2 days (4 Dec)");
    }

    @Test
    void withinADayTheHoursOrMinutesCountAndTheTimeIsShown() {
        assertThat(dates.deadline(NOW.plus(Duration.ofHours(5)))).isEqualTo("in 5 hours (2 Dec, 15:00 UTC)");
        assertThat(dates.deadline(NOW.plus(Duration.ofMinutes(1)))).isEqualTo("in 1 minute (2 Dec, 10:01 UTC)");
        assertThat(dates.deadline(NOW.plus(Duration.ofSeconds(20)))).isEqualTo("in 1 minute (2 Dec, 10:00 UTC)");
    }

    @Test
    void passedDeadlinesSayHowLongAgo() {
        assertThat(dates.deadline(NOW.minus(Duration.ofDays(2)))).isEqualTo("2 days ago (30 Nov)");
        assertThat(dates.deadline(NOW.minus(Duration.ofHours(1)))).isEqualTo("1 hour ago (2 Dec, 09:00 UTC)");
    }

    @Test
    void anotherYearsDateCarriesTheYearAndNoDeadlineIsEmpty() {
        assertThat(dates.deadline(NOW.plus(Duration.ofDays(40)))).isEqualTo("in 40 days (11 Jan 2027)");
        assertThat(dates.deadline(null)).isEmpty();
        assertThat(dates.day(NOW)).isEqualTo("2 Dec 2026");
        assertThat(dates.time(NOW)).isEqualTo("2 Dec 2026, 10:00 UTC");
    }
}
