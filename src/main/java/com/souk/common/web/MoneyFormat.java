package com.souk.common.web;

import com.souk.common.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Money as people read it on a page: {@code €199.00}, {@code €1,250.50}. Templates call it as
 * {@code ${@money.format(order.total)}}; controllers inject it.
 */
@Component("money")
public class MoneyFormat {

    private static final Map<String, String> SYMBOLS = Map.of("EUR", "€", "USD", "$", "GBP", "£");

    public String format(Money money) {
        return money == null ? "" : format(money.amountMinor(), money.currency());
    }

    public String format(long amountMinor, String currency) {
        int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        DecimalFormat number = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
                DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        String amount = number.format(BigDecimal.valueOf(Math.abs(amountMinor), digits));
        String symbol = SYMBOLS.get(currency);
        String text = symbol != null ? symbol + amount : currency + " " + amount;
        return amountMinor < 0 ? "−" + text : text;
    }

    /** Minor units as the plain decimal a form field shows and takes back: 1999 EUR is "19.99". */
    public String plain(Money money) {
        int digits = Math.max(Currency.getInstance(money.currency()).getDefaultFractionDigits(), 0);
        return BigDecimal.valueOf(money.amountMinor(), digits).toPlainString();
    }
}
