package org.passerelle.credentials.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.JsonLdError;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Data Integrity proofs, did:key, the shipped contexts and status bits, without the application. */
class DataIntegrityTest {

    static final SigningKey KEY = SigningKey.of(KeyKind.ED25519, Instant.now(), KeyKind.ED25519.generate());
    static final SigningKey OTHER = SigningKey.of(KeyKind.ED25519, Instant.now(), KeyKind.ED25519.generate());

    static JsonObject credential(String issuer, String holder) {
        return Json.createObjectBuilder()
                .add(
                        "@context",
                        Json.createArrayBuilder().add(ShippedContexts.VC_V2).add(ShippedContexts.OB_V3))
                .add("id", "https://example.org/verify/abc")
                .add(
                        "type",
                        Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
                .add(
                        "issuer",
                        Json.createObjectBuilder()
                                .add("id", issuer)
                                .add("type", "Profile")
                                .add("name", "P"))
                .add("validFrom", "2026-11-28T10:00:00Z")
                .add("name", "Course")
                .add(
                        "credentialSubject",
                        Json.createObjectBuilder()
                                .add("type", "AchievementSubject")
                                .add(
                                        "identifier",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("type", "IdentityObject")
                                                        .add("identityType", "name")
                                                        .add("hashed", false)
                                                        .add("identityHash", holder))))
                .build();
    }

    @Test
    void aSignedDocumentVerifiesWithTheKeyItsDidNames() {
        JsonObject signed = DataIntegrity.sign(credential(KEY.did(), "Amina Diallo"), KEY, Instant.now());

        ProofCheck check = DataIntegrity.verify(signed);

        assertThat(check.verified()).as(check.problem()).isTrue();
        assertThat(check.verificationMethod()).isEqualTo(DidKey.verificationMethod(KEY.did()));
        assertThat(DidKey.resolve(check.verificationMethod()))
                .isEqualTo(KEY.pair().getPublic());
        assertThat(signed.getJsonArray("proof"))
                .as("a proof set, as the OB 3.0 JSON schema wants")
                .hasSize(1);
        assertThat(signed.getJsonArray("proof").getJsonObject(0).getString("proofValue"))
                .startsWith("z");
    }

    @Test
    void aProofWrittenAsOneObjectAsCredentialsExportedBeforeStillVerifies() {
        JsonObject signed = DataIntegrity.sign(credential(KEY.did(), "Amina Diallo"), KEY, Instant.now());
        JsonObject before = Json.createObjectBuilder(signed)
                .add("proof", DataIntegrity.onlyProof(signed))
                .build();

        assertThat(DataIntegrity.verify(before).verified()).isTrue();
        JsonObject twoProofs = Json.createObjectBuilder(signed)
                .add(
                        "proof",
                        Json.createArrayBuilder()
                                .add(DataIntegrity.onlyProof(signed))
                                .add(DataIntegrity.onlyProof(signed)))
                .build();
        assertThat(DataIntegrity.verify(twoProofs).problem()).contains("no single embedded proof");
    }

    @Test
    void aChangedHolderOrAnotherSignerIsRefused() {
        JsonObject signed = DataIntegrity.sign(credential(KEY.did(), "Amina Diallo"), KEY, Instant.now());
        JsonObject renamed = Json.createObjectBuilder(credential(KEY.did(), "Amina Dialo"))
                .add("proof", signed.get("proof"))
                .build();
        assertThat(DataIntegrity.verify(renamed).verified()).isFalse();

        // Signed by another key but claiming the issuer's: the signature does not match the did:key.
        JsonObject forged = DataIntegrity.sign(credential(KEY.did(), "Amina Diallo"), OTHER, Instant.now());
        JsonObject claimed = Json.createObjectBuilder(forged)
                .add(
                        "proof",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder(DataIntegrity.onlyProof(forged))
                                        .add("verificationMethod", DidKey.verificationMethod(KEY.did()))))
                .build();
        assertThat(DataIntegrity.verify(claimed).verified()).isFalse();
        assertThat(DataIntegrity.verify(forged).problem()).contains("not the issuer's");
    }

    @Test
    void onlyShippedContextsAreLoadedAndNothingIsFetched() {
        assertThatThrownBy(() -> ShippedContexts.INSTANCE.loadDocument(URI.create("https://example.org/ctx"), null))
                .isInstanceOf(JsonLdError.class)
                .hasMessageContaining("not a context shipped");
        JsonObject foreign = Json.createObjectBuilder(credential(KEY.did(), "A"))
                .add(
                        "@context",
                        Json.createArrayBuilder().add(ShippedContexts.VC_V2).add("http://127.0.0.1:9/ctx.jsonld"))
                .build();
        assertThatThrownBy(() -> Canonical.nquads(foreign)).isInstanceOf(IllegalArgumentException.class);
        JsonObject signed = DataIntegrity.sign(credential(KEY.did(), "A"), KEY, Instant.now());
        JsonObject recontextualised = Json.createObjectBuilder(signed)
                .add(
                        "@context",
                        Json.createArrayBuilder().add(ShippedContexts.VC_V2).add("https://w3id.org/security/v2"))
                .build();
        assertThat(DataIntegrity.verify(recontextualised).problem())
                .contains("loading a remote context [https://w3id.org/security/v2]");
    }

    @Test
    void statusBitsAreReadBackAtTheirIndexFromTheLeft() {
        String list = StatusBits.encode(List.of(0, 9, 131_071), StatusBits.BLOCK);

        assertThat(list).startsWith("u");
        assertThat(StatusBits.isSet(list, 0)).isTrue();
        assertThat(StatusBits.isSet(list, 1)).isFalse();
        assertThat(StatusBits.isSet(list, 9)).isTrue();
        assertThat(StatusBits.isSet(list, 131_071)).isTrue();
        assertThat(StatusBits.lengthFor(131_072)).isEqualTo(2 * StatusBits.BLOCK);
    }

    @Test
    void aDidKeyNamesItsPublicKeyAndNothingElse() {
        String did = KEY.did();

        assertThat(did).startsWith("did:key:z6Mk");
        assertThat(DidKey.resolve(did)).isEqualTo(KEY.pair().getPublic());
        assertThatThrownBy(() -> DidKey.resolve(did + "#other")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DidKey.resolve("did:web:example.org")).isInstanceOf(IllegalArgumentException.class);
    }
}
