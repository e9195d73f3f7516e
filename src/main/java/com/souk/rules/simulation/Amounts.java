package com.souk.rules.simulation;

import com.souk.common.Money;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Money added up per currency, exactly in minor units: a simulation never adds euros to dollars. */
final class Amounts {

    private final Map<String, Long> byCurrency = new TreeMap<>();

    Amounts add(Money money) {
        if (money != null) {
            byCurrency.merge(money.currency(), money.amountMinor(), Math::addExact);
        }
        return this;
    }

    Amounts subtract(Money money) {
        return money == null ? this : add(Money.of(Math.negateExact(money.amountMinor()), money.currency()));
    }

    /** Makes the currency appear (with zero) even where nothing was added, so every figure names it. */
    Amounts mention(String currency) {
        byCurrency.putIfAbsent(currency, 0L);
        return this;
    }

    /** One figure per currency, by currency code. */
    List<Money> list() {
        return byCurrency.entrySet().stream().map(e -> Money.of(e.getValue(), e.getKey())).toList();
    }

    boolean isEmpty() {
        return byCurrency.isEmpty();
    }
}
