package com.souk.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Where the log-in form leads: back to the page that asked for it, else to where the role works. Agents start at the
 * dispute desk and analysts at the rules; buyers, sellers and admins at the shop.
 */
class LandingPages extends SavedRequestAwareAuthenticationSuccessHandler {

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        if (authentication.getPrincipal() instanceof SoukUser user) {
            return switch (user.role()) {
                case AGENT -> "/agent/tasks";
                case ANALYST -> "/rules";
                default -> "/";
            };
        }
        return "/";
    }
}
