package com.souk.ordering.web;

import com.souk.common.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Money as the seller centre and the agent desk show it ("€1,234.50"), used from their templates as
 * {@code @interimMoney}. Interim: the storefront's money formatter in common/web replaces it once merged.
 */
@Component("interimMoney")
public class InterimMoneyFormat {

    public String format(Money money) {
        return money == null ? "" : format(money.amountMinor(), money.currency());
    }

    public String format(long amountMinor, String currency) {
        Currency unit = Currency.getInstance(currency);
        int digits = Math.max(unit.getDefaultFractionDigits(), 0);
        DecimalFormat number = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
                DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        String amount = number.format(BigDecimal.valueOf(Math.abs(amountMinor), digits));
        return (amountMinor < 0 ? "−" : "") + unit.getSymbol(Locale.ENGLISH) + amount;
    }
}
