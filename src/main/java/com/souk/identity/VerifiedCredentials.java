package com.souk.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Remembers credentials that passed the slow password check for a few minutes. HTTP Basic sends the
 * password with every API call, and a bcrypt check costs about 90 ms here, which would dominate every
 * request. Only a salted SHA-256 of the password is kept, in memory, never the password itself.
 */
class VerifiedCredentials implements AuthenticationProvider {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;

    private final AuthenticationProvider passwordCheck;
    private final Clock clock = Clock.systemUTC();
    private final byte[] salt = new byte[16];
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(Authentication result, Instant until) {
    }

    VerifiedCredentials(AuthenticationProvider passwordCheck) {
        this.passwordCheck = passwordCheck;
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public Authentication authenticate(Authentication request) {
        if (!(request.getCredentials() instanceof String password)) {
            return passwordCheck.authenticate(request);
        }
        String key = request.getName() + ":" + digest(password);
        Instant now = clock.instant();
        Verified earlier = verified.get(key);
        if (earlier != null && earlier.until().isAfter(now)) {
            return earlier.result();
        }
        Authentication result = passwordCheck.authenticate(request);
        if (result != null && result.isAuthenticated()) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(key, new Verified(result, now.plus(TIME_TO_LIVE)));
        }
        return result;
    }

    /** The user changed their password: the old one's remembered check no longer counts. */
    @org.springframework.context.event.EventListener
    void forget(Profiles.PasswordChanged changed) {
        verified.keySet().removeIf(key -> key.startsWith(changed.username() + ":"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String digest(String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return HexFormat.of().formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
