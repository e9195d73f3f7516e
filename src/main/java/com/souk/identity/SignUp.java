package com.souk.identity;

import com.souk.common.FieldErrorException;
import com.souk.common.FieldErrorException.FieldMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        String username = AccountRules.lowerCase(form.username());
        String email = AccountRules.lowerCase(form.email());
        String displayName = AccountRules.trimmed(form.displayName());
        String password = form.password() == null ? "" : form.password();
        List<FieldMessage> problems = new ArrayList<>();
        AccountRules.username(username, problems);
        AccountRules.password("password", password, username, problems);
        AccountRules.displayName(displayName, problems);
        AccountRules.email(email, problems);
        Role role = role(form.role());
        if (role == null) {
            problems.add(new FieldMessage("role", "choose buyer or seller"));
        }
        problems.addAll(taken(AccountRules.wellFormed(problems, "username") ? username : null,
                AccountRules.wellFormed(problems, "email") ? email : null));
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

    /** Which of the given (well-formed, else null) user name and e-mail address another account has. */
    private List<FieldMessage> taken(String username, String email) {
        List<FieldMessage> problems = new ArrayList<>();
        if (username != null && users.usernameTaken(username)) {
            problems.add(new FieldMessage("username", "this user name is taken"));
        }
        if (email != null && users.emailTaken(email)) {
            problems.add(AccountRules.emailTaken());
        }
        return problems;
    }

    private static Role role(String given) {
        String role = AccountRules.trimmed(given).toUpperCase(Locale.ROOT);
        return role.equals(Role.BUYER.name()) ? Role.BUYER : role.equals(Role.SELLER.name()) ? Role.SELLER : null;
    }

}
