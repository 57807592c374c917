package org.passerelle.credentials.signing;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking an embedded proof.
 *
 * @param verificationMethod the key that made the proof, when it verified
 * @param problem why it did not verify, else null
 */
public record ProofCheck(
        boolean verified,
        String verificationMethod,
        @Nullable String problem) {

    static ProofCheck verified(String verificationMethod) {
        return new ProofCheck(true, verificationMethod, null);
    }

    static ProofCheck failed(String problem) {
        return new ProofCheck(false, null, problem);
    }
}
