package org.passerelle.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The failed sign-ins under a name that is no account's, counted and locked like an account's. Only a hash of the
 * name is kept: people type passwords into the name field by mistake.
 */
@Entity
@Table(name = "identity_unknown_sign_in_name")
class UnknownSignInName {

    @Id
    @Column(name = "name_hash")
    private String nameHash;

    @Embedded
    private SignInFailures failures = new SignInFailures();

    protected UnknownSignInName() {}

    SignInFailures failures() {
        if (failures == null) {
            failures = new SignInFailures();
        }
        return failures;
    }

    /** The key of a normalised name. */
    static String hash(String name) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(digest.digest(("passerelle sign-in name:" + name).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
