package org.passerelle.credentials;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.passerelle.credentials.signing.DataIntegrity;
import org.passerelle.credentials.signing.KeyKind;
import org.passerelle.credentials.signing.ShippedContexts;
import org.passerelle.credentials.signing.SigningKey;
import org.passerelle.credentials.signing.SigningKeys;
import org.passerelle.credentials.signing.StatusBits;
import org.passerelle.shared.PublicAddress;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The published revocation lists: one {@code BitstringStatusListCredential} per Ed25519 issuer key (issued and
 * signed by that key's {@code did:key}, as verifiers expect the list's issuer to be the credential's), all with
 * the same bits: those of revoked records. Built from the database on each request, so a revocation shows at
 * once; re-signed only when the bits change.
 */
@Service
@PreAuthorize("permitAll()")
public class StatusLists {

    private final CompletionRecords records;
    private final SigningKeys keys;
    private final PublicAddress address;
    private final Clock clock;
    private final Map<String, Signed> signed = new ConcurrentHashMap<>();

    StatusLists(CompletionRecords records, SigningKeys keys, PublicAddress address, Clock clock) {
        this.records = records;
        this.keys = keys;
        this.address = address;
        this.clock = clock;
    }

    /** The signed status list credential of an issuer key, as JSON; empty for an unknown key id. */
    public Optional<String> credential(String kid) {
        Optional<SigningKey> key = keys.find(KeyKind.ED25519, kid);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> revoked = records.revokedStatusIndexes();
        Integer highest = records.highestStatusIndex();
        String encodedList = StatusBits.encode(revoked, StatusBits.lengthFor(highest == null ? 0 : highest));
        Signed cached = signed.get(kid);
        if (cached != null && cached.encodedList().equals(encodedList)) {
            return Optional.of(cached.json());
        }
        Signed fresh = new Signed(encodedList, PrettyJson.of(sign(key.get(), encodedList)));
        signed.put(kid, fresh);
        return Optional.of(fresh.json());
    }

    private JsonObject sign(SigningKey key, String encodedList) {
        String id = address.of(CredentialAddresses.STATUS_LIST + key.kid());
        // Valid since the list last changed (or since the key exists): a fixed instant in the past.
        Instant lastRevocation = records.lastRevocation();
        Instant validFrom =
                lastRevocation != null && lastRevocation.isAfter(key.created()) ? lastRevocation : key.created();
        JsonObject list = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(ShippedContexts.VC_V2))
                .add("id", id)
                .add(
                        "type",
                        Json.createArrayBuilder().add("VerifiableCredential").add("BitstringStatusListCredential"))
                .add("issuer", key.did())
                .add("validFrom", OpenBadge.instant(validFrom))
                .add(
                        "credentialSubject",
                        Json.createObjectBuilder()
                                .add("id", id + "#list")
                                .add("type", "BitstringStatusList")
                                .add("statusPurpose", "revocation")
                                .add("encodedList", encodedList))
                .build();
        return DataIntegrity.sign(list, key, clock.instant());
    }

    private record Signed(String encodedList, String json) {}
}
