package com.souk.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A user account (table users). Signed-in code sees it as a {@link SoukUser}, an immutable principal; the account is
 * what is stored. Its user name and role never change; its owner changes the display name, e-mail and password on
 * the profile page, and the version makes the second of two concurrent edits fail.
 */
@Entity
@Table(name = "users")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private String username;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "display_name")
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Role role;

    /** Lower case; empty for the demo users, who were made before sign-up asked for one. */
    private String email;

    @Version
    private int version;

    protected Account() {
    }

    Account(String username, String passwordHash, String displayName, Role role) {
        if (username == null || username.isBlank() || passwordHash == null || displayName == null || role == null) {
            throw new IllegalArgumentException("an account needs a username, a password hash, a name and a role");
        }
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
    }

    /** An account someone made for themselves: a buyer or a seller, with an e-mail address. */
    static Account signedUp(String username, String passwordHash, String displayName, String email, Role role) {
        if (role != Role.BUYER && role != Role.SELLER) {
            throw new IllegalArgumentException("sign-up makes buyers and sellers only, not " + role);
        }
        Account account = new Account(username, passwordHash, displayName, role);
        account.email = email;
        return account;
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    /** A new display name and e-mail address, both checked by {@link AccountRules} before. */
    void describe(String displayName, String email) {
        this.displayName = displayName;
        this.email = email;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    SoukUser principal() {
        return new SoukUser(id, username, displayName, role, passwordHash);
    }
}
