package org.passerelle.shared;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address people outside reach Passerelle at ({@code passerelle.public-url}), for what leaves the app
 * and must still point back to it: the QR code on a certificate, the ids inside a signed credential, an
 * activation link handed out on paper.
 */
@Component
public class PublicAddress {

    private final String base;

    PublicAddress(@Value("${passerelle.public-url:http://localhost:${server.port:8080}}") String base) {
        URI uri = URI.create(base.strip());
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("passerelle.public-url must be an http(s) address: " + base);
        }
        this.base = base.strip().replaceAll("/+$", "");
    }

    /** The absolute address of a path of this app, e.g. {@code of("verify/abc")}. */
    public String of(String path) {
        return base + "/" + path.replaceFirst("^/+", "");
    }

    /** The host people reach this platform at, e.g. {@code learn.example.org}: what a verifier recognises. */
    public String host() {
        String host = URI.create(base).getHost();
        return host == null ? base : host;
    }

    /** The base address itself, without a trailing slash. */
    public String base() {
        return base;
    }
}
