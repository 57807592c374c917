package org.passerelle.shared.web;

import java.time.Duration;
import org.passerelle.shared.IssuerLogo;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the institution's logo to anyone (the sign-in and verification pages show it). Its address carries the
 * file's content hash, so browsers keep it for a year and a new file gets a new address; any other address is not
 * found.
 */
@RestController
class IssuerLogoAddress {

    private final IssuerLogo logo;

    IssuerLogoAddress(IssuerLogo logo) {
        this.logo = logo;
    }

    @GetMapping("/" + IssuerLogo.ADDRESS + "{hash}")
    ResponseEntity<byte[]> logo(@PathVariable String hash) {
        return logo.image()
                .filter(image -> image.hash().equals(hash))
                .map(image -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(image.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(365))
                                .cachePublic()
                                .immutable())
                        // Also set for every response by identity's SecurityHeaders; said here as this must hold.
                        .header("X-Content-Type-Options", "nosniff")
                        .body(image.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
