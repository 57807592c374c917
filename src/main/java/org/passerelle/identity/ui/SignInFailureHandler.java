package org.passerelle.identity.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.passerelle.identity.SignInGuard;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends a failed sign-in back to the login page with the reason the person should read. */
class SignInFailureHandler implements AuthenticationFailureHandler {

    private final SignInGuard guard;

    SignInFailureHandler(SignInGuard guard) {
        this.guard = guard;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String target = request.getContextPath() + "/login?error";
        Optional<Duration> locked = guard.accountLockedFor(request.getParameter("username"));
        if (locked.isPresent()) {
            target = request.getContextPath() + "/login?locked="
                    + Math.max(1, locked.get().toSeconds());
        } else if (exception instanceof DisabledException) {
            target = request.getContextPath() + "/login?disabled";
        }
        response.sendRedirect(target);
    }
}
