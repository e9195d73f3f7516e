package com.souk.identity;

import com.souk.common.FieldErrorException.FieldMessage;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What an account's fields must be, for sign-up and the profile page alike; each check adds its field's message. */
final class AccountRules {

    static final int MIN_PASSWORD = 8;
    static final int MAX_PASSWORD = 128;
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    static final int MAX_EMAIL = 254;
    static final int MAX_DISPLAY_NAME = 120;

    private AccountRules() {
    }

    static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }

    static String lowerCase(String value) {
        return trimmed(value).toLowerCase(Locale.ROOT);
    }

    static void username(String username, List<FieldMessage> problems) {
        if (username.isEmpty()) {
            problems.add(new FieldMessage("username", "choose a user name"));
        } else if (!USERNAME.matcher(username).matches()) {
            problems.add(new FieldMessage("username", "3 to 32 letters, digits, dots, dashes or underscores,"
                    + " starting with a letter or digit"));
        }
    }

    static void password(String field, String password, String username, List<FieldMessage> problems) {
        if (password.length() < MIN_PASSWORD) {
            problems.add(new FieldMessage(field, "at least " + MIN_PASSWORD + " characters"));
        } else if (password.length() > MAX_PASSWORD) {
            problems.add(new FieldMessage(field, "at most " + MAX_PASSWORD + " characters"));
        } else if (!username.isEmpty() && password.toLowerCase(Locale.ROOT).contains(username)) {
            problems.add(new FieldMessage(field, "must not contain your user name"));
        }
    }

    static void displayName(String displayName, List<FieldMessage> problems) {
        if (displayName.isEmpty()) {
            problems.add(new FieldMessage("displayName", "tell us the name others should see"));
        } else if (displayName.length() > MAX_DISPLAY_NAME || displayName.chars().anyMatch(Character::isISOControl)) {
            problems.add(new FieldMessage("displayName", "at most " + MAX_DISPLAY_NAME + " characters, no control"
                    + " characters"));
        }
    }

    static void email(String email, List<FieldMessage> problems) {
        if (email.isEmpty()) {
            problems.add(new FieldMessage("email", "an e-mail address is needed"));
        } else if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            problems.add(new FieldMessage("email", "this is not an e-mail address"));
        }
    }

    static boolean wellFormed(List<FieldMessage> problems, String field) {
        return problems.stream().noneMatch(p -> p.field().equals(field));
    }

    static FieldMessage emailTaken() {
        return new FieldMessage("email", "an account with this e-mail address exists already");
    }
}
