package com.souk.identity;

import com.souk.common.FieldErrorException;
import com.souk.common.FieldErrorException.FieldMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * New buyers and sellers make their own accounts: every field is checked and each problem named, the password is
 * hashed with Spring Security's default encoder (bcrypt behind a {@code {bcrypt}} prefix), and the user name and
 * e-mail address are unique (two people signing up with the same name at the same moment: the second is told).
 */
@Service
public class SignUp {

    static final int MIN_PASSWORD = 8;
    static final int MAX_PASSWORD = 128;
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    static final int MAX_EMAIL = 254;
    static final int MAX_DISPLAY_NAME = 120;

    private final Users users;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transaction;

    SignUp(Users users, PasswordEncoder passwords, TransactionTemplate transaction) {
        this.users = users;
        this.passwords = passwords;
        this.transaction = transaction;
    }

    /** What someone signing up gives; the role is BUYER or SELLER. */
    public record Application(String username, String password, String displayName, String email, String role) {
    }

    /** The account made: the principal to sign in with, and the e-mail address as kept. */
    public record Registered(SoukUser user, String email) {
    }

    /**
     * Makes the account and answers it with the principal to sign in with.
     *
     * @throws FieldErrorException naming every field that is missing, malformed or taken
     */
    public Registered register(Application form) {
        String username = trimmed(form.username()).toLowerCase(Locale.ROOT);
        String email = trimmed(form.email()).toLowerCase(Locale.ROOT);
        String displayName = trimmed(form.displayName());
        String password = form.password() == null ? "" : form.password();
        List<FieldMessage> problems = new ArrayList<>();
        if (username.isEmpty()) {
            problems.add(new FieldMessage("username", "choose a user name"));
        } else if (!USERNAME.matcher(username).matches()) {
            problems.add(new FieldMessage("username", "3 to 32 letters, digits, dots, dashes or underscores,"
                    + " starting with a letter or digit"));
        }
        if (password.length() < MIN_PASSWORD) {
            problems.add(new FieldMessage("password", "at least " + MIN_PASSWORD + " characters"));
        } else if (password.length() > MAX_PASSWORD) {
            problems.add(new FieldMessage("password", "at most " + MAX_PASSWORD + " characters"));
        } else if (password.toLowerCase(Locale.ROOT).contains(username) && !username.isEmpty()) {
            problems.add(new FieldMessage("password", "must not contain your user name"));
        }
        if (displayName.isEmpty()) {
            problems.add(new FieldMessage("displayName", "tell us the name others should see"));
        } else if (displayName.length() > MAX_DISPLAY_NAME || displayName.chars().anyMatch(Character::isISOControl)) {
            problems.add(new FieldMessage("displayName", "at most " + MAX_DISPLAY_NAME + " characters, no control"
                    + " characters"));
        }
        if (email.isEmpty()) {
            problems.add(new FieldMessage("email", "an e-mail address is needed"));
        } else if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            problems.add(new FieldMessage("email", "this is not an e-mail address"));
        }
        Role role = role(form.role());
        if (role == null) {
            problems.add(new FieldMessage("role", "choose buyer or seller"));
        }
        problems.addAll(taken(wellFormed(problems, "username") ? username : null,
                wellFormed(problems, "email") ? email : null));
        if (!problems.isEmpty()) {
            throw new FieldErrorException(problems);
        }
        try {
            SoukUser user = transaction.execute(tx -> users.save(Account.signedUp(username, passwords.encode(password),
                    displayName, email, role)).principal());
            return new Registered(user, email);
        } catch (DataIntegrityViolationException takenAtTheSameMoment) {
            List<FieldMessage> now = taken(username, email);
            throw new FieldErrorException(now.isEmpty()
                    ? List.of(new FieldMessage("username", "this user name is taken")) : now);
        }
    }

    private static boolean wellFormed(List<FieldMessage> problems, String field) {
        return problems.stream().noneMatch(p -> p.field().equals(field));
    }

    /** Which of the given (well-formed, else null) user name and e-mail address another account has. */
    private List<FieldMessage> taken(String username, String email) {
        List<FieldMessage> problems = new ArrayList<>();
        if (username != null && users.usernameTaken(username)) {
            problems.add(new FieldMessage("username", "this user name is taken"));
        }
        if (email != null && users.emailTaken(email)) {
            problems.add(new FieldMessage("email", "an account with this e-mail address exists already"));
        }
        return problems;
    }

    private static Role role(String given) {
        String role = trimmed(given).toUpperCase(Locale.ROOT);
        return role.equals(Role.BUYER.name()) ? Role.BUYER : role.equals(Role.SELLER.name()) ? Role.SELLER : null;
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
