package org.passerelle.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in posted from another website (login CSRF: a foreign page signing a visitor into an attacker's
 * account), by the {@code Origin} the browser names or, when it names none, the {@code Referer}. The form's CSRF
 * token is required as well (SecurityConfiguration); this is the second lock. Hosts are compared, not schemes
 * and ports, as browsers' SameSite does: behind a TLS proxy Passerelle sees {@code http} and its own port, yet the
 * same host (or the public address it was given).
 */
public final class SignInFromThisSite extends OncePerRequestFilter {

    /** The query that makes the login page say why the sign-in was refused. */
    public static final String REFUSED = "other-site";

    private final Set<String> publicHosts;

    /** @param publicAddress the address people reach Passerelle at ({@code passerelle.public-url}) */
    public SignInFromThisSite(String publicAddress) {
        String host = host(publicAddress);
        this.publicHosts = host == null ? Set.of() : Set.of(host);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromThisSite(request)) {
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + "/login?" + REFUSED);
        }
    }

    boolean fromThisSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String from = origin != null ? origin : request.getHeader("Referer");
        if (from == null) {
            // Browsers name the origin of every form post; a client that names nothing still needs the token.
            return true;
        }
        // "null" (a sandboxed frame, a privacy redirect) or anything unreadable is not this site.
        String host = host(from);
        return host != null
                && (host.equals(request.getServerName().toLowerCase(Locale.ROOT)) || publicHosts.contains(host));
    }

    private static @Nullable String host(String address) {
        try {
            String host = URI.create(address.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
