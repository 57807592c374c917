package org.passerelle.credentials.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.passerelle.credentials.Badges;
import org.passerelle.credentials.CredentialAddresses;
import org.passerelle.credentials.IssuerKeys;
import org.passerelle.credentials.StatusLists;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Signed credentials for their holders to download, and the documents any verifier fetches without signing in:
 * status lists, public keys, the issuer page. The public ones may be read by pages of other sites (CORS), as
 * browser-based verifiers do.
 */
@RestController
class BadgeController {

    // Holder names are in every script: say UTF-8 rather than let a converter pick a default.
    static final MediaType VC_LD = new MediaType("application", "vc+ld+json", StandardCharsets.UTF_8);
    static final MediaType VC_JWT = new MediaType("application", "vc+jwt", StandardCharsets.US_ASCII);
    static final MediaType JSON = new MediaType("application", "json", StandardCharsets.UTF_8);

    private final Badges badges;
    private final StatusLists statusLists;
    private final IssuerKeys keys;

    BadgeController(Badges badges, StatusLists statusLists, IssuerKeys keys) {
        this.badges = badges;
        this.statusLists = statusLists;
        this.keys = keys;
    }

    @GetMapping(CredentialAddresses.SIGNED_JSON)
    ResponseEntity<String> signedJson(@PathVariable String id) {
        return download(badges.signedJson(id), VC_LD, "badge-" + id + ".json");
    }

    @GetMapping(CredentialAddresses.JWT)
    ResponseEntity<String> jwt(@PathVariable String id) {
        return download(badges.jwt(id), VC_JWT, "badge-" + id + ".jwt");
    }

    @CrossOrigin(origins = "*")
    @GetMapping(CredentialAddresses.STATUS_LIST + "{kid}")
    ResponseEntity<String> statusList(@PathVariable String kid) {
        return published(statusLists.credential(kid), VC_LD, CacheControl.noCache());
    }

    @CrossOrigin(origins = "*")
    @GetMapping(CredentialAddresses.KEY + "{kid}")
    ResponseEntity<String> key(@PathVariable String kid) {
        return published(keys.jwk(kid), JSON, CacheControl.noCache());
    }

    @CrossOrigin(origins = "*")
    @GetMapping(CredentialAddresses.KEY_SET)
    ResponseEntity<String> keySet() {
        return published(Optional.of(keys.keySet()), JSON, CacheControl.noCache());
    }

    @CrossOrigin(origins = "*")
    @GetMapping(CredentialAddresses.ISSUER)
    ResponseEntity<String> issuer() {
        return published(Optional.of(keys.issuer()), JSON, CacheControl.noCache());
    }

    private static ResponseEntity<String> download(Optional<String> body, MediaType type, String name) {
        return body.map(content -> ResponseEntity.ok()
                        .contentType(type)
                        .cacheControl(CacheControl.noStore())
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename(name, StandardCharsets.UTF_8)
                                        .build()
                                        .toString())
                        .body(content))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<String> published(Optional<String> body, MediaType type, CacheControl cache) {
        return body.map(content -> ResponseEntity.ok()
                        .contentType(type)
                        .cacheControl(cache)
                        .body(content))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
