package org.passerelle.credentials.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;

/**
 * One signing key pair of the issuer, with its id: the RFC 7638 thumbprint of its public JWK, so the id is
 * derived from the key and cannot point at another one.
 *
 * @param created when the key was made; the newest key of a kind signs new credentials
 */
public record SigningKey(KeyKind kind, String kid, Instant created, KeyPair pair) {

    static SigningKey of(KeyKind kind, Instant created, KeyPair pair) {
        try {
            return new SigningKey(
                    kind, publicJwk(kind, pair).computeThumbprint().toString(), created, pair);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot compute the thumbprint of a " + kind + " key", e);
        }
    }

    /** The public half as a bare JWK carrying the given key id, for publication. */
    public JWK publicJwk(String keyId) {
        return switch (kind) {
            case ED25519 ->
                new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(DidKey.raw(pair.getPublic())))
                        .keyID(keyId)
                        .keyUse(KeyUse.SIGNATURE)
                        .build();
            case P256 ->
                new ECKey.Builder(Curve.P_256, (ECPublicKey) pair.getPublic())
                        .keyID(keyId)
                        .keyUse(KeyUse.SIGNATURE)
                        .algorithm(JWSAlgorithm.ES256)
                        .build();
        };
    }

    /** The {@code did:key} of an Ed25519 key. */
    public String did() {
        if (kind != KeyKind.ED25519) {
            throw new IllegalStateException("only Ed25519 keys have a did:key here");
        }
        return DidKey.of(pair.getPublic());
    }

    private static JWK publicJwk(KeyKind kind, KeyPair pair) {
        return new SigningKey(kind, "", Instant.EPOCH, pair).publicJwk(null);
    }

    @Override
    public String toString() {
        return kind + " key " + kid + " of " + created;
    }
}
