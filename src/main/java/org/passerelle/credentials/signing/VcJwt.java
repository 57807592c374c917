package org.passerelle.credentials.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import jakarta.json.JsonObject;
import java.security.interfaces.ECPrivateKey;

/**
 * A credential secured as a VC-JWT: a compact JWS, ES256 over P-256, whose payload is the credential itself;
 * {@code kid} is the address of the signing key's public JWK. The header holds only {@code alg}, {@code kid} and
 * {@code typ} {@code JWT}, as Open Badges 3.0 requires (VC-JOSE-COSE's {@code vc+jwt} is only a SHOULD, and OB's
 * "if present, MUST be JWT" wins; tokens exported before say {@code vc+jwt}).
 */
public final class VcJwt {

    public static final JOSEObjectType TYPE = JOSEObjectType.JWT;

    private VcJwt() {}

    /** The compact serialisation of the payload signed by a P-256 key, naming it by {@code kidUrl}. */
    public static String sign(JsonObject payload, SigningKey key, String kidUrl) {
        if (key.kind() != KeyKind.P256) {
            throw new IllegalArgumentException("VC-JWTs are signed with P-256 keys (ES256), not " + key.kind());
        }
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(TYPE)
                .keyID(kidUrl)
                .build();
        JWSObject jws = new JWSObject(header, new Payload(payload.toString()));
        try {
            jws.sign(new ECDSASigner((ECPrivateKey) key.pair().getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign with " + key, e);
        }
        return jws.serialize();
    }
}
