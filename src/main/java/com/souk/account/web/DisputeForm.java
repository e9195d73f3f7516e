package com.souk.account.web;

import com.souk.common.Money;
import com.souk.protection.DisputeReason;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.springframework.validation.Errors;

/** The order page's "open a dispute" form; the amount is typed as a decimal (12.50) and checked against the total. */
public class DisputeForm {

    static final int MAX_DESCRIPTION = 5000;

    @NotNull(message = "choose what went wrong")
    private DisputeReason reason;

    @NotBlank(message = "tell us what went wrong")
    @Size(max = MAX_DESCRIPTION, message = "must be at most " + MAX_DESCRIPTION + " characters")
    private String description;

    private String amount;

    public DisputeReason getReason() { return reason; }
    public void setReason(DisputeReason reason) { this.reason = reason; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }

    /** The refund asked for in minor units, or empty with an error on "amount" when it is no amount up to the total. */
    Optional<Long> amountMinor(Money total, Errors errors) {
        int digits = Math.max(Currency.getInstance(total.currency()).getDefaultFractionDigits(), 0);
        BigDecimal value;
        try {
            value = new BigDecimal(amount == null ? "" : amount.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.rejectValue("amount", "invalid", "enter an amount such as 12.50");
            return Optional.empty();
        }
        if (value.scale() > digits) {
            errors.rejectValue("amount", "invalid", "use at most " + digits + " decimal places");
            return Optional.empty();
        }
        if (value.signum() <= 0) {
            errors.rejectValue("amount", "invalid", "must be more than zero");
            return Optional.empty();
        }
        long minor = value.movePointRight(digits).longValue();
        if (minor > total.amountMinor()) {
            errors.rejectValue("amount", "tooMuch", "can be at most the order total you paid");
            return Optional.empty();
        }
        return Optional.of(minor);
    }
}
