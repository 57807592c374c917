package org.passerelle.credentials;

/**
 * Where a record's pages and files (verification, certificate, signed credentials) and the issuer's public
 * documents are served. The public ones are opened to anonymous visitors in identity's security configuration,
 * which names them as text. Links inside the app's own pages to the verification page are made by Vaadin from
 * its view; the address here is for what leaves the app (a certificate's QR code, a credential's id).
 */
public final class CredentialAddresses {

    /** The public page that verifies a record, the route of {@code ui.VerifyView}: {@code verify/{id}}. */
    public static final String VERIFICATION = "/verify/{id}";
    /** A record's certificate, a PDF for its holder and administrators: {@code records/{id}/certificate.pdf}. */
    public static final String CERTIFICATE = "/records/{id}/certificate.pdf";
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

    private CredentialAddresses() {}

    /** The address of one record under one of the {@code {id}} templates above, relative to the app's base. */
    public static String ofRecord(String template, String recordId) {
        return template.substring(1).replace("{id}", recordId);
    }
}
