package org.passerelle.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * A sign-in whose form token is missing or no longer valid: the sign-in page was left open until its session
 * ended, the token changed since (signed in from another tab), or the post did not come from the form at all.
 * Nobody is signed in; the person gets a fresh sign-in page that says so, never an error page.
 */
public final class SignInFormExpired implements AccessDeniedHandler {

    /** The query that makes the login page say the form had expired. */
    public static final String EXPIRED = "expired";

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        response.sendRedirect(request.getContextPath() + "/login?" + EXPIRED);
    }
}
