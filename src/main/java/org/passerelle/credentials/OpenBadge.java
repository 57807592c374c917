package org.passerelle.credentials;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.passerelle.credentials.signing.ShippedContexts;
import org.passerelle.shared.PageAddresses;
import org.passerelle.shared.PublicAddress;

/**
 * A completion record as an unsigned Open Badges 3.0.3 {@code OpenBadgeCredential} (W3C VC 2.0 data model).
 * The holder is named in {@code identifier} (OB's way for a subject without a DID), in clear: the credential is
 * the holder's to show, the verifier must match it to a person, and a hash of a name or e-mail address would be
 * guessed from a list anyway; no e-mail address, country or cohort leaves the platform. The subject's {@code id}
 * is the record's verification address with {@code #holder}: the holder has no DID, OB 3.0 requires a VC-JWT's
 * {@code sub} to equal {@code credentialSubject.id}, and this names nothing beyond the record the credential is.
 */
final class OpenBadge {

    private OpenBadge() {}

    /**
     * @param issuerId the issuer's {@code did:key}
     * @param statusList the address of the status list credential the record's bit is in
     */
    static JsonObject of(
            RecordSummary record,
            int statusIndex,
            String issuerId,
            String issuerName,
            String statusList,
            PublicAddress address) {
        String title = record.courseTitle() + " (version " + record.courseVersion() + ")";
        String achievementId =
                address.of(PageAddresses.course(record.courseId())) + "#version-" + record.courseVersion();
        JsonObjectBuilder achievement = Json.createObjectBuilder()
                .add("id", achievementId)
                .add("type", Json.createArrayBuilder().add("Achievement"))
                .add("achievementType", "Course")
                .add("name", title)
                .add("version", String.valueOf(record.courseVersion()))
                .add(
                        "description",
                        "Completion of version " + record.courseVersion() + " of the course \"" + record.courseTitle()
                                + "\" on " + issuerName + ".")
                .add(
                        "criteria",
                        Json.createObjectBuilder()
                                .add(
                                        "narrative",
                                        "Every lesson of the course version completed and every quiz passed."
                                                + " The score is the average of the best scores of its quizzes."));
        String credentialId = address.of(CredentialAddresses.ofRecord(CredentialAddresses.VERIFICATION, record.id()));
        JsonObjectBuilder subject = Json.createObjectBuilder()
                .add("id", subjectId(credentialId))
                .add("type", Json.createArrayBuilder().add("AchievementSubject"))
                .add(
                        "identifier",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("type", "IdentityObject")
                                        .add("identityType", "name")
                                        .add("hashed", false)
                                        .add("identityHash", record.holderName())))
                .add("activityEndDate", instant(record.completedAt()));
        if (record.score() != null) {
            String scoreId = achievementId + "-score";
            achievement.add(
                    "resultDescription",
                    Json.createArrayBuilder()
                            .add(Json.createObjectBuilder()
                                    .add("id", scoreId)
                                    .add("type", Json.createArrayBuilder().add("ResultDescription"))
                                    .add("name", "Score")
                                    .add("resultType", "Percent")
                                    .add("valueMin", "0")
                                    .add("valueMax", "100")));
            subject.add(
                    "result",
                    Json.createArrayBuilder()
                            .add(Json.createObjectBuilder()
                                    .add("type", Json.createArrayBuilder().add("Result"))
                                    .add("resultDescription", scoreId)
                                    .add(
                                            "value",
                                            record.score().stripTrailingZeros().toPlainString())));
        }
        subject.add("achievement", achievement);
        return Json.createObjectBuilder()
                .add(
                        "@context",
                        Json.createArrayBuilder().add(ShippedContexts.VC_V2).add(ShippedContexts.OB_V3))
                .add("id", credentialId)
                .add(
                        "type",
                        Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
                .add(
                        "issuer",
                        Json.createObjectBuilder()
                                .add("id", issuerId)
                                .add("type", Json.createArrayBuilder().add("Profile"))
                                .add("name", issuerName)
                                .add("url", address.base()))
                .add("validFrom", instant(record.issuedAt()))
                .add("awardedDate", instant(record.issuedAt()))
                .add("name", title)
                .add("credentialSubject", subject)
                .add(
                        "credentialStatus",
                        Json.createObjectBuilder()
                                .add("id", statusList + "#" + statusIndex)
                                .add("type", "BitstringStatusListEntry")
                                .add("statusPurpose", "revocation")
                                .add("statusListIndex", String.valueOf(statusIndex))
                                .add("statusListCredential", statusList))
                .build();
    }

    /** The subject of the credential with this id: its holder, as named on the record's verification page. */
    static String subjectId(String credentialId) {
        return credentialId + "#holder";
    }

    /** An instant as an XML Schema dateTimeStamp, to the second. */
    static String instant(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
