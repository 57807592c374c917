package org.passerelle.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.passerelle.identity.SignInGuard;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends a failed sign-in back to the login page with the reason the person should read. */
public final class SignInFailureHandler implements AuthenticationFailureHandler {

    private final SignInGuard guard;

    public SignInFailureHandler(SignInGuard guard) {
        this.guard = guard;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        response.sendRedirect(request.getContextPath() + "/login?" + reason(request, exception));
    }

    private String reason(HttpServletRequest request, AuthenticationException exception) {
        // The account could not be read (the database is down): say so, not "wrong password".
        if (exception instanceof InternalAuthenticationServiceException) {
            return "unavailable";
        }
        Optional<Duration> locked;
        try {
            locked = guard.accountLockedFor(request.getParameter("username"));
        } catch (DataAccessException e) {
            return "unavailable";
        }
        if (locked.isPresent()) {
            return "locked=" + Math.max(1, locked.get().toSeconds());
        }
        return exception instanceof DisabledException ? "disabled" : "error";
    }
}
