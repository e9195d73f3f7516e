package com.souk.identity.web;

import com.souk.identity.SignUp;
import com.souk.identity.SoukUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/accounts: sign-up for API clients; the account then signs in with HTTP Basic like any other. */
@RestController
class AccountApiController {

    private final SignUp signUp;

    AccountApiController(SignUp signUp) {
        this.signUp = signUp;
    }

    /** The account as made; never the password or its hash. */
    record AccountJson(long id, String username, String displayName, String email, String role) {
    }

    @PostMapping("/api/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    AccountJson create(@RequestBody SignUp.Application body) {
        SignUp.Registered made = signUp.register(body);
        SoukUser user = made.user();
        return new AccountJson(user.id(), user.username(), user.displayName(), made.email(), user.role().name());
    }
}
