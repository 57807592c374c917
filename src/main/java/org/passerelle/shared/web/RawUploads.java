package org.passerelle.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Passerelle's upload fields send a file as the request's body ("raw"), which shared.ui.LimitedUpload reads and stops
 * at its limit. A multipart request to an upload's address would instead be parsed by the servlet container before
 * any of that — written to disk part by part, and refused with a stack trace in the log past Spring's multipart
 * limits — so it is refused here, before anything reads it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RawUploads extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RawUploads.class);

    /** Where Vaadin receives uploads (and serves downloads, which are not posted). */
    static final String UPLOADS = "/VAADIN/dynamic/resource/";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return !"POST".equalsIgnoreCase(request.getMethod())
                || contentType == null
                || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")
                || !request.getRequestURI().contains(UPLOADS);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        log.warn(
                "A multipart upload from {} was refused: uploads are sent as the request's body",
                request.getRemoteAddr());
        // Not sendError: its error page would be another request that parses the same body.
        response.setHeader("Connection", "close");
        response.setStatus(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
    }
}
