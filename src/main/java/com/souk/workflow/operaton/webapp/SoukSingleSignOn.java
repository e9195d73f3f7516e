package com.souk.workflow.operaton.webapp;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.operaton.bpm.engine.rest.security.auth.AuthenticationResult;

/**
 * Tells the webapps who is signed in to Souk. Spring Security has already authenticated the request and
 * checked the role for the path; this reads the principal and its role from the request, mirrors the user into
 * the engine and answers the engine groups. The webapps instantiate it by class name.
 */
public class SoukSingleSignOn implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Principal principal = request.getUserPrincipal();
        List<String> groups = groupsOf(request);
        if (principal == null || groups.isEmpty() || principal.getName().equals(StaffAccounts.PLACEHOLDER_ADMIN)) {
            return AuthenticationResult.unsuccessful();
        }
        String userId = principal.getName();
        // Every time, not once: an admin may have changed the engine's users in the Admin app meanwhile.
        StaffAccounts.mirror(engine.getIdentityService(), userId, groups);
        AuthenticationResult result = AuthenticationResult.successful(userId);
        result.setGroups(groups);
        return result;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // Souk's login page is the challenge; Spring Security redirects there before this filter runs.
    }

    /** Role names as Souk's identity module grants them (ROLE_ADMIN, ROLE_AGENT). */
    static List<String> groupsOf(HttpServletRequest request) {
        List<String> groups = new ArrayList<>();
        if (request.isUserInRole("ADMIN")) {
            groups.add(StaffAccounts.ADMIN_GROUP);
        }
        if (request.isUserInRole("AGENT")) {
            groups.add(StaffAccounts.AGENT_GROUP);
        }
        return List.copyOf(groups);
    }
}
