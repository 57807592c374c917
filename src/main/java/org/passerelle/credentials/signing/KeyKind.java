package org.passerelle.credentials.signing;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;

/** The two kinds of signing key: Ed25519 for Data Integrity proofs, P-256 for VC-JWTs (ES256). */
public enum KeyKind {
    ED25519("ed25519", "Ed25519"),
    P256("p256", "EC");

    private final String filePrefix;
    private final String algorithm;

    KeyKind(String filePrefix, String algorithm) {
        this.filePrefix = filePrefix;
        this.algorithm = algorithm;
    }

    String filePrefix() {
        return filePrefix;
    }

    /** The JCA key algorithm name. */
    String algorithm() {
        return algorithm;
    }

    KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (this == P256) {
                generator.initialize(new ECGenParameterSpec("secp256r1"));
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot make " + this + " keys", e);
        }
    }
}
