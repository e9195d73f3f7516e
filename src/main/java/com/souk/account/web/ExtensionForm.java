package com.souk.account.web;

import com.souk.ordering.ExtendProtection;
import java.util.Optional;
import org.springframework.validation.Errors;

/** The order page's "ask for more protection time" form: whole days, 1 to ExtendProtection.MAX_DAYS. */
public class ExtensionForm {

    private String days;

    public String getDays() { return days; }
    public void setDays(String days) { this.days = days; }

    Optional<Integer> validDays(Errors errors) {
        try {
            int value = Integer.parseInt(days == null ? "" : days.trim());
            if (value >= 1 && value <= ExtendProtection.MAX_DAYS) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below like any other number out of range
        }
        errors.rejectValue("days", "invalid", "enter a whole number of days from 1 to " + ExtendProtection.MAX_DAYS);
        return Optional.empty();
    }
}
