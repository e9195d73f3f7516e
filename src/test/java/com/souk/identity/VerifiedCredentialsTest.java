package com.souk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

class VerifiedCredentialsTest {

    private final AtomicInteger slowChecks = new AtomicInteger();

    private final AuthenticationProvider passwordCheck = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication request) {
            slowChecks.incrementAndGet();
            if (!"demo".equals(request.getCredentials())) {
                throw new BadCredentialsException("bad");
            }
            return UsernamePasswordAuthenticationToken.authenticated(request.getName(), null, List.of());
        }

        @Override
        public boolean supports(Class<?> type) {
            return true;
        }
    };

    private final VerifiedCredentials cache = new VerifiedCredentials(passwordCheck);

    @Test
    void checksTheRightPasswordSlowlyOnlyOnce() {
        Authentication first = cache.authenticate(login("alice", "demo"));
        Authentication second = cache.authenticate(login("alice", "demo"));
        assertThat(second).isSameAs(first);
        assertThat(second.isAuthenticated()).isTrue();
        assertThat(slowChecks).hasValue(1);
    }

    @Test
    void neverRemembersAWrongPassword() {
        cache.authenticate(login("alice", "demo"));
        assertThatThrownBy(() -> cache.authenticate(login("alice", "guess"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> cache.authenticate(login("alice", "guess"))).isInstanceOf(BadCredentialsException.class);
        assertThat(slowChecks).hasValue(3);
    }

    @Test
    void keepsUsersApart() {
        cache.authenticate(login("alice", "demo"));
        assertThat(cache.authenticate(login("bob", "demo")).getName()).isEqualTo("bob");
        assertThat(slowChecks).hasValue(2);
    }

    private static Authentication login(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }
}
