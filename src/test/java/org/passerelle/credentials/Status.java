package org.passerelle.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import org.passerelle.SignedInClient;
import org.passerelle.credentials.signing.DataIntegrity;
import org.passerelle.credentials.signing.ProofCheck;
import org.passerelle.credentials.signing.StatusBits;

/**
 * The status check of a verifier: fetch the status list credential the credential names (anonymously), check
 * its proof and that its issuer is the credential's, and read the bit at the credential's index.
 */
enum Status {
    VALID,
    REVOKED;

    static Status of(JsonObject credential, int port) throws Exception {
        JsonObject entry = credential.getJsonObject("credentialStatus");
        assertThat(entry.getString("type")).isEqualTo("BitstringStatusListEntry");
        HttpResponse<byte[]> response = SignedInClient.anonymous(port)
                .get(URI.create(entry.getString("statusListCredential")).getPath());
        JsonObject list = BadgesIntegrationTest.json(response);
        ProofCheck proof = DataIntegrity.verify(list);
        assertThat(proof.verified()).as(proof.problem()).isTrue();
        assertThat(list.getString("issuer"))
                .isEqualTo(credential.getJsonObject("issuer").getString("id"));
        assertThat(list.getString("id")).isEqualTo(entry.getString("statusListCredential"));
        JsonObject subject = list.getJsonObject("credentialSubject");
        assertThat(subject.getString("statusPurpose")).isEqualTo(entry.getString("statusPurpose"));
        return StatusBits.isSet(subject.getString("encodedList"), Integer.parseInt(entry.getString("statusListIndex")))
                ? REVOKED
                : VALID;
    }
}
