package com.souk.identity.web;

import com.souk.identity.SoukUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/** Puts a user into the page session as the log-in form would, without asking for the password again. */
final class SessionSignIn {

    private static final SecurityContextRepository SESSIONS = new HttpSessionSecurityContextRepository();

    private SessionSignIn() {
    }

    /** After sign-up: a new session id first (no fixation), then the user in the security context and the session. */
    static void signIn(SoukUser user, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        keep(user, request, response);
    }

    /** The same session takes the user's new details (the navigation shows the principal's name). */
    static void keep(SoukUser user, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        SESSIONS.saveContext(context, request, response);
    }
}
