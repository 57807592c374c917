package org.passerelle.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every response, including those Spring Security's chain never sees (Vaadin serves
 * the login view and static files outside it). Later attempts to weaken them are ignored.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class SecurityHeaders extends OncePerRequestFilter {

    /** The request attribute holding this response's script nonce (see identity.ui.ScriptsInThePage). */
    public static final String NONCE = SecurityHeaders.class.getName() + ".nonce";

    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

    /**
     * Scripts run only from this origin or carrying this response's nonce, which Passerelle puts on the scripts of
     * its own pages: markup that got into a page cannot start a script, inline handlers and {@code javascript:}
     * addresses included. Vaadin Flow still needs eval (its client runs {@code executeJs} through
     * {@code new Function}) and inline styles (its components set them); decision 0014 says what else was tried.
     * Everything else is locked to this origin, and nobody may frame the pages.
     */
    static String contentSecurityPolicy(String nonce) {
        return String.join(
                "; ",
                "default-src 'self'",
                "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'",
                "script-src-attr 'none'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "media-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    static final Map<String, String> HEADERS = Map.of(
            "X-Frame-Options", "DENY",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "strict-origin-when-cross-origin");

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        request.setAttribute(NONCE, nonce);
        response.setHeader(CONTENT_SECURITY_POLICY, contentSecurityPolicy(nonce));
        HEADERS.forEach(response::setHeader);
        chain.doFilter(request, new Guarded(response));
    }

    private static final class Guarded extends HttpServletResponseWrapper {

        Guarded(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!managed(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!managed(name)) {
                super.addHeader(name, value);
            }
        }

        private static boolean managed(String name) {
            return CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)
                    || HEADERS.keySet().stream().anyMatch(header -> header.equalsIgnoreCase(name));
        }
    }
}
