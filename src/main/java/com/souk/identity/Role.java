package com.souk.identity;

/** What a user does on Souk; one role per account. */
public enum Role {
    BUYER, SELLER, AGENT, ANALYST, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
