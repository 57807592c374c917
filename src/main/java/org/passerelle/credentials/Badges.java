package org.passerelle.credentials;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.passerelle.credentials.signing.DataIntegrity;
import org.passerelle.credentials.signing.KeyKind;
import org.passerelle.credentials.signing.SigningKey;
import org.passerelle.credentials.signing.SigningKeys;
import org.passerelle.credentials.signing.VcJwt;
import org.passerelle.identity.SignedInUser;
import org.passerelle.shared.PublicAddress;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * A record as a signed Open Badges 3.0 credential, for its holder (and administrators) to download: with an
 * embedded {@code eddsa-rdfc-2022} proof, or as an ES256 VC-JWT. Anyone else, an unknown id and a revoked
 * record get the same empty answer.
 */
@Service
public class Badges {

    private final CompletionRecords records;
    private final StatusIndexes indexes;
    private final SigningKeys keys;
    private final PublicAddress address;
    private final Clock clock;

    Badges(CompletionRecords records, StatusIndexes indexes, SigningKeys keys, PublicAddress address, Clock clock) {
        this.records = records;
        this.indexes = indexes;
        this.keys = keys;
        this.address = address;
        this.clock = clock;
    }

    /** The credential with an embedded Data Integrity proof, as pretty-printed JSON. */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> signedJson(String recordId) {
        return exportable(recordId).map(record -> {
            SigningKey key = keys.current(KeyKind.ED25519);
            return PrettyJson.of(DataIntegrity.sign(unsigned(record, key), key, clock.instant()));
        });
    }

    /**
     * The credential as a compact VC-JWT; its payload also carries the JWT claims OB 3.0 requires: {@code iss}
     * (issuer id), {@code jti} (credential id), {@code sub} (subject id) and {@code nbf} ({@code validFrom}); no
     * {@code exp}, as records do not expire.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> jwt(String recordId) {
        return exportable(recordId).map(record -> {
            SigningKey issuer = keys.current(KeyKind.ED25519);
            JsonObject credential = unsigned(record, issuer);
            JsonObject payload = Json.createObjectBuilder(credential)
                    .add("iss", issuer.did())
                    .add("jti", credential.getString("id"))
                    .add("sub", credential.getJsonObject("credentialSubject").getString("id"))
                    .add("nbf", Instant.parse(credential.getString("validFrom")).getEpochSecond())
                    .build();
            SigningKey key = keys.current(KeyKind.P256);
            return VcJwt.sign(payload, key, address.of(CredentialAddresses.KEY + key.kid()));
        });
    }

    private JsonObject unsigned(CompletionRecord record, SigningKey issuer) {
        RecordSummary view = record.view();
        return OpenBadge.of(
                view,
                indexes.of(record),
                issuer.did(),
                view.issuer(),
                address.of(CredentialAddresses.STATUS_LIST + issuer.kid()),
                address);
    }

    private Optional<CompletionRecord> exportable(String recordId) {
        if (recordId == null || !Credentials.ID.matcher(recordId).matches()) {
            return Optional.empty();
        }
        return records.findById(recordId)
                .filter(record ->
                        isAdmin() || SignedInUser.currentId().orElse(-1L).equals(record.userId()))
                .filter(record -> !record.view().revoked());
    }

    private static boolean isAdmin() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
    }
}
