package com.souk.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.common.Money;
import org.junit.jupiter.api.Test;

class MoneyFormatTest {

    private final MoneyFormat money = new MoneyFormat();

    @Test
    void showsEurosWithTheSymbolAndTwoDecimals() {
        assertThat(money.format(Money.of(19_900, "EUR"))).isEqualTo("€199.00");
        assertThat(money.format(Money.of(5, "EUR"))).isEqualTo("€0.05");
        assertThat(money.format(Money.of(0, "EUR"))).isEqualTo("€0.00");
    }

    @Test
    void groupsThousands() {
        assertThat(money.format(Money.of(125_050, "EUR"))).isEqualTo("€1,250.50");
        assertThat(money.format(Money.of(100_000_000, "EUR"))).isEqualTo("€1,000,000.00");
    }

    @Test
    void writesTheCodeForCurrenciesWithoutAKnownSymbolAndRespectsTheirDecimals() {
        assertThat(money.format(Money.of(1_999, "CHF"))).isEqualTo("CHF 19.99");
        assertThat(money.format(Money.of(1_500, "JPY"))).isEqualTo("JPY 1,500");
    }

    @Test
    void marksNegativeAmounts() {
        assertThat(money.format(Money.of(-250, "EUR"))).isEqualTo("−€2.50");
    }

    @Test
    void showsNothingForNoAmount() {
        assertThat(money.format(null)).isEmpty();
    }

    @Test
    void givesThePlainDecimalAFormFieldTakesBack() {
        assertThat(money.plain(Money.of(1_999, "EUR"))).isEqualTo("19.99");
        assertThat(money.plain(Money.of(100, "EUR"))).isEqualTo("1.00");
    }
}
