package com.souk.identity;

import com.souk.common.FieldErrorException;
import com.souk.common.FieldErrorException.FieldMessage;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in user's own account: the name others see, the e-mail address, the password. */
@Service
public class Profiles {

    private final Users users;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    Profiles(Users users, PasswordEncoder passwords, ApplicationEventPublisher events) {
        this.users = users;
        this.passwords = passwords;
        this.events = events;
    }

    /** What the profile page shows. */
    public record Profile(String username, String displayName, String email, Role role) {
    }

    /** A password was changed: credentials remembered as checked must be checked again. */
    public record PasswordChanged(String username) {
    }

    @Transactional(readOnly = true)
    public Profile of(SoukUser user) {
        Account account = account(user);
        return new Profile(user.username(), account.principal().displayName(), account.email(), user.role());
    }

    /**
     * A new display name and e-mail address; answers the principal with the new name.
     *
     * @throws FieldErrorException naming each field that is missing, malformed or (the e-mail) another account's
     */
    @Transactional
    public SoukUser describe(SoukUser user, String displayName, String email) {
        String name = AccountRules.trimmed(displayName);
        String address = AccountRules.lowerCase(email);
        List<FieldMessage> problems = new ArrayList<>();
        AccountRules.displayName(name, problems);
        AccountRules.email(address, problems);
        Account account = account(user);
        if (AccountRules.wellFormed(problems, "email") && !address.equals(account.email())
                && users.emailTaken(address)) {
            problems.add(AccountRules.emailTaken());
        }
        if (!problems.isEmpty()) {
            throw new FieldErrorException(problems);
        }
        account.describe(name, address);
        return users.save(account).principal();
    }

    /**
     * Changes the password once the current one is given; every remembered check of the old one is forgotten.
     *
     * @throws FieldErrorException when the current password is wrong or the new one breaks the rules
     */
    @Transactional
    public void changePassword(SoukUser user, String current, String next) {
        Account account = account(user);
        List<FieldMessage> problems = new ArrayList<>();
        if (current == null || !passwords.matches(current, account.passwordHash())) {
            problems.add(new FieldMessage("currentPassword", "this is not your current password"));
        }
        AccountRules.password("newPassword", next == null ? "" : next, user.username(), problems);
        if (!problems.isEmpty()) {
            throw new FieldErrorException(problems);
        }
        account.changePassword(passwords.encode(next));
        users.save(account);
        events.publishEvent(new PasswordChanged(user.username()));
    }

    private Account account(SoukUser user) {
        return users.findById(user.id()).orElseThrow(() -> new IllegalStateException("account " + user.id() + " is gone"));
    }
}
