package org.passerelle.credentials.signing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * Data Integrity proofs with the {@code eddsa-rdfc-2022} cryptosuite (W3C): the document and the proof
 * options are each canonicalised (RDFC-1.0) and hashed (SHA-256), and the two hashes — options first — are
 * signed with Ed25519. The proof names its key as a {@code did:key} verification method, which anyone can
 * resolve offline, and whose DID is the credential's issuer. The proof is written as a one-element array, as
 * the Open Badges 3.0 JSON schema requires; a single proof object (as exported before) is read too.
 */
public final class DataIntegrity {

    public static final String CRYPTOSUITE = "eddsa-rdfc-2022";

    private DataIntegrity() {}

    /** The document with an embedded proof by the key, for the purpose {@code assertionMethod}. */
    public static JsonObject sign(JsonObject unsecured, SigningKey key, Instant created) {
        JsonObject options = Json.createObjectBuilder()
                .add("type", "DataIntegrityProof")
                .add("cryptosuite", CRYPTOSUITE)
                .add("created", created.truncatedTo(ChronoUnit.SECONDS).toString())
                .add("verificationMethod", DidKey.verificationMethod(key.did()))
                .add("proofPurpose", "assertionMethod")
                .build();
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key.pair().getPrivate());
            signer.update(hashData(unsecured, options));
            String proofValue = "z" + Base58.encode(signer.sign());
            return Json.createObjectBuilder(unsecured)
                    .add(
                            "proof",
                            Json.createArrayBuilder()
                                    .add(Json.createObjectBuilder(options).add("proofValue", proofValue)))
                    .build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with " + key, e);
        }
    }

    /**
     * Checks the embedded proof of a document as an independent verifier would: the proof's form, its
     * verification method resolved from the {@code did:key} alone, the issuer being that DID, and the
     * Ed25519 signature over the recomputed canonical hashes.
     */
    public static ProofCheck verify(JsonObject secured) {
        JsonObject proof = onlyProof(secured);
        if (proof == null) {
            return ProofCheck.failed("no single embedded proof");
        }
        if (!"DataIntegrityProof".equals(text(proof, "type"))
                || !CRYPTOSUITE.equals(text(proof, "cryptosuite"))
                || !"assertionMethod".equals(text(proof, "proofPurpose"))) {
            return ProofCheck.failed("not an eddsa-rdfc-2022 assertion proof");
        }
        String method = text(proof, "verificationMethod");
        String proofValue = text(proof, "proofValue");
        if (method == null || proofValue == null || !proofValue.startsWith("z")) {
            return ProofCheck.failed("no verification method or no base58btc proof value");
        }
        if (!DidKey.controller(method).equals(issuerId(secured))) {
            return ProofCheck.failed("the verification method is not the issuer's");
        }
        try {
            PublicKey key = DidKey.resolve(method);
            JsonObjectBuilder unsecured = Json.createObjectBuilder(secured).remove("proof");
            JsonObjectBuilder options = Json.createObjectBuilder(proof).remove("proofValue");
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(hashData(unsecured.build(), options.build()));
            return verifier.verify(Base58.decode(proofValue.substring(1)))
                    ? ProofCheck.verified(method)
                    : ProofCheck.failed("the signature does not match");
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return ProofCheck.failed(e.getMessage());
        }
    }

    /** The document's one proof: a one-element array, or a bare object as in credentials exported before. */
    public static @Nullable JsonObject onlyProof(JsonObject secured) {
        JsonValue proof = secured.get("proof");
        if (proof instanceof JsonArray proofs && proofs.size() == 1) {
            proof = proofs.get(0);
        }
        return proof instanceof JsonObject single ? single : null;
    }

    /** SHA-256 of the canonical proof options (with the document's context), then of the canonical document. */
    static byte[] hashData(JsonObject unsecured, JsonObject proofOptions) {
        JsonObject config = Json.createObjectBuilder()
                .add("@context", unsecured.get("@context"))
                .addAll(Json.createObjectBuilder(proofOptions))
                .build();
        byte[] configHash = sha256(Canonical.nquads(config));
        byte[] documentHash = sha256(Canonical.nquads(unsecured));
        byte[] both = new byte[configHash.length + documentHash.length];
        System.arraycopy(configHash, 0, both, 0, configHash.length);
        System.arraycopy(documentHash, 0, both, configHash.length, documentHash.length);
        return both;
    }

    private static @Nullable String issuerId(JsonObject document) {
        JsonValue issuer = document.get("issuer");
        if (issuer instanceof JsonString id) {
            return id.getString();
        }
        return issuer instanceof JsonObject profile ? text(profile, "id") : null;
    }

    private static @Nullable String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString value ? value.getString() : null;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
