package com.souk.rules.web;

import com.souk.common.Money;
import com.souk.common.web.MoneyFormat;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A simulation's numbers as the candidate page shows them: money with its sign where it is a change, days a deadline
 * moves, a decision's answer in words. Templates call it as {@code ${@simulationText.days(change.daysMoved())}}.
 */
@Component("simulationText")
public class SimulationText {

    private final MoneyFormat money;

    SimulationText(MoneyFormat money) {
        this.money = money;
    }

    /** How many changed cases a page lists before the rest fold away. */
    public static final int SHOWN_CHANGES = 25;

    /** The changed cases a page lists at once. */
    public <T> java.util.List<T> shown(java.util.List<T> changes) {
        return changes.subList(0, Math.min(SHOWN_CHANGES, changes.size()));
    }

    /** The changed cases folded away below the first ones. */
    public <T> java.util.List<T> folded(java.util.List<T> changes) {
        return changes.subList(Math.min(SHOWN_CHANGES, changes.size()), changes.size());
    }

    /** {@code +€23.40} for a rise, {@code −€5.00} for a fall, {@code €0.00}; no + where the amount is no change. */
    public String money(Money amount, boolean signed) {
        if (amount == null) {
            return "";
        }
        String text = money.format(amount);
        return signed && amount.amountMinor() > 0 ? "+" + text : text;
    }

    /** One figure per currency, joined; "none" when there is none. */
    public String amounts(List<Money> amounts, boolean signed) {
        return amounts == null || amounts.isEmpty() ? "none"
                : amounts.stream().map(m -> money(m, signed)).collect(Collectors.joining(", "));
    }

    /** {@code 5 days later}, {@code 2.5 days earlier}, {@code same}; empty when unknown. */
    public String days(BigDecimal days) {
        if (days == null) {
            return "";
        }
        if (days.signum() == 0) {
            return "same";
        }
        String number = days.abs().toPlainString();
        return number + (days.abs().compareTo(BigDecimal.ONE) == 0 ? " day " : " days ")
                + (days.signum() > 0 ? "later" : "earlier");
    }

    /** A decision's answer: the value, the outputs by name, a list, or that no rule matched. */
    public String answer(Object answer) {
        if (answer == null) {
            return "no rule matches";
        }
        if (answer instanceof Map<?, ?> outputs) {
            return outputs.entrySet().stream().map(e -> e.getKey() + " = " + answer(e.getValue()))
                    .collect(Collectors.joining(", "));
        }
        if (answer instanceof List<?> list) {
            return list.isEmpty() ? "none" : list.stream().map(this::answer).collect(Collectors.joining("; "));
        }
        return answer.toString();
    }

    /** The period a simulation covered. */
    public String period(Integer days) {
        return days == null ? "all past cases" : "the last " + days + " days";
    }
}
