package org.passerelle.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.passerelle.identity.SignInGuard;
import org.springframework.dao.DataAccessException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Turns away sign-in attempts from an address that must still wait, before any password is checked. */
public final class AddressThrottleFilter extends OncePerRequestFilter {

    private final SignInGuard guard;

    public AddressThrottleFilter(SignInGuard guard) {
        this.guard = guard;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI())) {
            Optional<Duration> wait;
            try {
                wait = guard.addressMustWait(request.getRemoteAddr());
            } catch (DataAccessException e) {
                // The failures are in the database: without it, no password can be checked either, and the sign-in
                // goes on to say that Passerelle is unavailable rather than fail here with an error page.
                wait = Optional.empty();
            }
            if (wait.isPresent()) {
                response.sendRedirect(request.getContextPath() + "/login?throttled="
                        + Math.max(1, wait.get().toSeconds()));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
