package org.passerelle.shell.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The frontend bundle's files carry a hash of their content in their names ({@code FlowClient-DivxL5fg.js}), so a
 * browser may keep them for a year without asking again. Vaadin gives them an hour; after that a returning learner
 * on a slow link would wait one round trip per file, one after the other, to hear "not modified".
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class BundleCaching extends OncePerRequestFilter {

    static final String FOR_A_YEAR = "public, max-age=31536000, immutable";

    /** Vite's output: a name, a dash, eight characters of hash, an extension. */
    private static final Pattern HASHED = Pattern.compile("^/VAADIN/build/[^/]+-[A-Za-z0-9_-]{8}\\.[a-z0-9]+$");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HASHED.matcher(request.getRequestURI()
                        .substring(request.getContextPath().length()))
                .matches();
    }

    /** Vaadin's own header on the file it serves becomes a year's; any other answer (a redirect, an error) keeps its. */
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, kept(name, value));
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, kept(name, value));
            }

            private String kept(String name, String value) {
                boolean theFile = getStatus() == HttpServletResponse.SC_OK
                        && value != null
                        && value.contains("max-age=")
                        && !value.contains("no-");
                return "Cache-Control".equalsIgnoreCase(name) && theFile ? FOR_A_YEAR : value;
            }
        });
    }
}
