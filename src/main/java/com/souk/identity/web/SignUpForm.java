package com.souk.identity.web;

import com.souk.identity.SignUp;

/** The sign-up page's fields; the password is never sent back to the page. */
public class SignUpForm {

    private String username;
    private String password;
    private String displayName;
    private String email;
    private String role = "BUYER";

    SignUp.Application application() {
        return new SignUp.Application(username, password, displayName, email, role);
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return null; }
    public void setPassword(String password) { this.password = password; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
}
