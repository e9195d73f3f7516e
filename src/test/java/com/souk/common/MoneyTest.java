package com.souk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    private static Money eur(long minor) {
        return Money.of(minor, "EUR");
    }

    @Test
    void addsAndSubtractsInMinorUnits() {
        assertThat(eur(1_999).plus(eur(1))).isEqualTo(eur(2_000));
        assertThat(eur(1_000).minus(eur(1_999))).isEqualTo(eur(-999));
        assertThat(Money.zero("EUR").plus(eur(5))).isEqualTo(eur(5));
    }

    @Test
    void multipliesByAQuantity() {
        assertThat(eur(4_990).times(2)).isEqualTo(eur(9_980));
        assertThat(eur(4_990).times(0)).isEqualTo(eur(0));
    }

    @Test
    void refusesToOverflowInsteadOfWrappingAround() {
        assertThatThrownBy(() -> eur(Long.MAX_VALUE).plus(eur(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> eur(Long.MAX_VALUE / 2 + 1).times(2)).isInstanceOf(ArithmeticException.class);
    }

    @ParameterizedTest(name = "{1} bps of {0} = {2}")
    @CsvSource({
            "1000, 995, 100",   // 99.5 -> 100 (even neighbour)
            "3000, 995, 298",   // 298.5 -> 298 (even neighbour)
            "200, 995, 20",     // 19.9 -> 20
            "10, 995, 1",       // 0.995 -> 1
            "1010, 500, 50",    // 50.5 -> 50
            "1030, 500, 52",    // 51.5 -> 52
            "40000, 500, 2000",
            "3000, 1000, 300",
            "12345, 0, 0",
            "-1000, 995, -100"  // -99.5 -> -100
    })
    void takesBasisPointsRoundingHalfToEven(long amount, int bps, long expected) {
        assertThat(eur(amount).basisPoints(bps)).isEqualTo(eur(expected));
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> eur(100).plus(Money.of(100, "USD")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("currency mismatch");
        assertThatThrownBy(() -> eur(100).minus(Money.of(100, "USD")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("currency mismatch");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "EU", "EURO", "eur", "E1R", "12€"})
    void acceptsOnlyThreeLetterCurrencyCodes(String currency) {
        assertThatThrownBy(() -> Money.of(100, currency)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void needsACurrency() {
        assertThatThrownBy(() -> Money.of(100, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void printsTwoDecimalsAndTheCurrency() {
        assertThat(eur(1_999)).hasToString("19.99 EUR");
        assertThat(eur(5)).hasToString("0.05 EUR");
    }
}
