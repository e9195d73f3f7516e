package com.souk.payment;

import java.time.YearMonth;
import java.util.Optional;

/** Form checks on card input that any gateway would make before talking to the card network. */
final class CardChecks {

    private CardChecks() {
    }

    static boolean luhnValid(String digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    /** Accepts MM/YY and MM/YYYY. */
    static Optional<YearMonth> parseExpiry(String expiry) {
        if (expiry == null || !expiry.trim().matches("(0[1-9]|1[0-2])/(\\d{2}|\\d{4})")) {
            return Optional.empty();
        }
        String[] parts = expiry.trim().split("/");
        int year = Integer.parseInt(parts[1]);
        return Optional.of(YearMonth.of(year < 100 ? 2000 + year : year, Integer.parseInt(parts[0])));
    }
}
