package org.passerelle.credentials;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import org.passerelle.credentials.signing.DataIntegrity;
import org.passerelle.credentials.signing.KeyKind;
import org.passerelle.credentials.signing.StrangerKeys;

/** Signed credentials changed after signing, as a forger would. */
final class Tamper {

    private Tamper() {}

    static JsonObject holder(JsonObject badge, String name) {
        JsonObject subject = badge.getJsonObject("credentialSubject");
        JsonObject identity = Json.createObjectBuilder(
                        subject.getJsonArray("identifier").getJsonObject(0))
                .add("identityHash", name)
                .build();
        return with(
                badge,
                Json.createObjectBuilder(subject)
                        .add("identifier", Json.createArrayBuilder().add(identity))
                        .build());
    }

    static JsonObject score(JsonObject badge, String value) {
        JsonObject subject = badge.getJsonObject("credentialSubject");
        JsonObject result = Json.createObjectBuilder(
                        subject.getJsonArray("result").getJsonObject(0))
                .add("value", value)
                .build();
        return with(
                badge,
                Json.createObjectBuilder(subject)
                        .add("result", Json.createArrayBuilder().add(result))
                        .build());
    }

    /**
     * The credential signed again by a key of another installation, keeping the issuer: the proof then names a
     * verification method that is not the issuer's — and claiming the issuer's method breaks the signature.
     */
    static JsonObject resignedByAnotherKey(JsonObject badge) {
        JsonObject unsigned = Json.createObjectBuilder(badge).remove("proof").build();
        JsonObject forged = DataIntegrity.sign(unsigned, StrangerKeys.of(KeyKind.ED25519), Instant.now());
        return Json.createObjectBuilder(forged)
                .add(
                        "proof",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder(DataIntegrity.onlyProof(forged))
                                        .add(
                                                "verificationMethod",
                                                DataIntegrity.onlyProof(badge).getString("verificationMethod"))))
                .build();
    }

    private static JsonObject with(JsonObject badge, JsonObject subject) {
        return Json.createObjectBuilder(badge).add("credentialSubject", subject).build();
    }
}
