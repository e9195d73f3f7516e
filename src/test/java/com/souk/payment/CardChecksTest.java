package com.souk.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CardChecksTest {

    @ParameterizedTest
    @ValueSource(strings = {"4242424242424242", "4000000000000002", "4000000000009995", "5555555555554444",
            "378282246310005"})
    void acceptsNumbersWithAValidLuhnCheckDigit(String number) {
        assertThat(CardChecks.luhnValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4242424242424241", "4000000000000001", "1234567812345678", "4242424242424243"})
    void rejectsNumbersWithAWrongCheckDigit(String number) {
        assertThat(CardChecks.luhnValid(number)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "12/35, 2035, 12",
            "01/30, 2030, 1",
            "09/2031, 2031, 9",
            "' 12/29 ', 2029, 12"
    })
    void parsesExpiryAsMonthAndYear(String expiry, int year, int month) {
        assertThat(CardChecks.parseExpiry(expiry)).contains(YearMonth.of(year, month));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "1/30", "13/30", "00/30", "12-30", "12/3", "12/203", "1230", "12/30/01", "ab/cd",
            "12 / 30"})
    void rejectsMalformedExpiry(String expiry) {
        assertThat(CardChecks.parseExpiry(expiry)).isEmpty();
    }
}
