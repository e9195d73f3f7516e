package com.souk.ordering.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.common.Money;
import org.junit.jupiter.api.Test;

/** How the seller centre and the agent desk write amounts. */
class InterimMoneyFormatTest {

    private final InterimMoneyFormat format = new InterimMoneyFormat();

    @Test
    void writesMinorUnitsWithTheCurrencySymbolAndThousandsSeparators() {
        assertThat(format.format(Money.of(123_456_789, "EUR"))).isEqualTo("€1,234,567.89");
        assertThat(format.format(5, "EUR")).isEqualTo("€0.05");
        assertThat(format.format(Money.of(1_000, "GBP"))).isEqualTo("£10.00");
    }

    @Test
    void writesNegativeAmountsWithAMinusSignAndNothingForNone() {
        assertThat(format.format(-2_550, "EUR")).isEqualTo("−€25.50");
        assertThat(format.format(null)).isEmpty();
    }
}
