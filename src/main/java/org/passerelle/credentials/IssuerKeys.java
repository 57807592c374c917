package org.passerelle.credentials;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.StringReader;
import java.util.Optional;
import org.passerelle.credentials.signing.KeyKind;
import org.passerelle.credentials.signing.SigningKey;
import org.passerelle.credentials.signing.SigningKeys;
import org.passerelle.shared.PublicAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The issuer's public keys, for anyone: each VC-JWT key as a bare JWK at the address its JWTs name as
 * {@code kid}, all of them as a JWK Set, and the issuer document that lists the issuer's {@code did:key}s and
 * VC-JWT keys (with their public JWKs), so that a verifier can tie a credential's issuer to this address — or
 * save the document and use it offline as its list of trusted keys. Retired keys stay listed.
 */
@Service
@PreAuthorize("permitAll()")
public class IssuerKeys {

    private final SigningKeys keys;
    private final PublicAddress address;
    private final String issuerName;

    IssuerKeys(
            SigningKeys keys, PublicAddress address, @Value("${passerelle.issuer.name:Passerelle}") String issuerName) {
        this.keys = keys;
        this.address = address;
        this.issuerName = issuerName;
    }

    /** The public JWK of a VC-JWT key, current or retired. */
    public Optional<String> jwk(String kid) {
        return keys.find(KeyKind.P256, kid).map(key -> jwkOf(key).toJSONString());
    }

    /** Every VC-JWT key, current first. */
    public String keySet() {
        return new JWKSet(keys.all(KeyKind.P256).stream().map(this::jwkOf).toList()).toString(true);
    }

    /** The issuer's name, address, {@code did:key}s with their status lists, and VC-JWT keys with their JWKs. */
    public String issuer() {
        JsonArrayBuilder dids = Json.createArrayBuilder();
        for (SigningKey key : keys.all(KeyKind.ED25519)) {
            dids.add(Json.createObjectBuilder()
                    .add("id", key.did())
                    .add("created", OpenBadge.instant(key.created()))
                    .add(
                            "current",
                            key.kid().equals(keys.current(KeyKind.ED25519).kid()))
                    .add("statusList", address.of(CredentialAddresses.STATUS_LIST + key.kid())));
        }
        JsonArrayBuilder jwts = Json.createArrayBuilder();
        for (SigningKey key : keys.all(KeyKind.P256)) {
            jwts.add(Json.createObjectBuilder()
                    .add("kid", kidOf(key))
                    .add("created", OpenBadge.instant(key.created()))
                    .add("current", key.kid().equals(keys.current(KeyKind.P256).kid()))
                    .add(
                            "jwk",
                            Json.createReader(new StringReader(jwkOf(key).toJSONString()))
                                    .readObject()));
        }
        return PrettyJson.of(Json.createObjectBuilder()
                .add("name", issuerName)
                .add("url", address.base())
                .add("dataIntegrityIssuers", dids)
                .add("jwtKeys", jwts)
                .add("jwks", address.of(CredentialAddresses.KEY_SET))
                .build());
    }

    private JWK jwkOf(SigningKey key) {
        return key.publicJwk(kidOf(key));
    }

    private String kidOf(SigningKey key) {
        return address.of(CredentialAddresses.KEY + key.kid());
    }
}
