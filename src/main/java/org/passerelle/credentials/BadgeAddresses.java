package org.passerelle.credentials;

/**
 * Where the signed credentials of records and the issuer's public documents are served. The public ones are
 * opened to anonymous visitors in identity's security configuration, which names them as text.
 */
public final class BadgeAddresses {

    /** A record's credential with an embedded Data Integrity proof: {@code records/{id}/badge.json}. */
    public static final String SIGNED_JSON = "/records/{id}/badge.json";
    /** A record's credential as a VC-JWT: {@code records/{id}/badge.jwt}. */
    public static final String JWT = "/records/{id}/badge.jwt";
    /** The revocation status list credential of one issuer key: {@code credentials/status/{kid}}. */
    public static final String STATUS_LIST = "/credentials/status/";
    /** The bare public JWK of a VC-JWT key; the address is the JWT's {@code kid}. */
    public static final String KEY = "/credentials/keys/";
    /** Who the issuer is and which keys it signs with. */
    public static final String ISSUER = "/credentials/issuer";
    /** Every VC-JWT key, current and retired, as a JWK Set. */
    public static final String KEY_SET = "/.well-known/jwks.json";

    private BadgeAddresses() {}
}
