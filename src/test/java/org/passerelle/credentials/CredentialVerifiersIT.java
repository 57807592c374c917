package org.passerelle.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.ECPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.passerelle.PasserelleTest;
import org.passerelle.SignedIn;
import org.passerelle.SignedInClient;
import org.passerelle.credentials.VerifierScripts.Run;
import org.passerelle.credentials.signing.DataIntegrity;
import org.passerelle.credentials.signing.KeyKind;
import org.passerelle.credentials.signing.SigningKey;
import org.passerelle.credentials.signing.SigningKeys;
import org.passerelle.credentials.signing.StrangerKeys;
import org.passerelle.credentials.signing.VcJwt;
import org.passerelle.identity.AccountDetails;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserAdministration;
import org.passerelle.learning.LearningCourses;
import org.passerelle.learning.LearningService;
import org.passerelle.learning.QuizService;
import org.passerelle.shared.Language;
import org.passerelle.shared.PublicAddress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * The independent verifiers a ministry runs ({@code docs/verify-credential}) against credentials this app issued:
 * genuine ones pass only against the issuer they came from; forgeries a signature check alone would let through —
 * a badge re-signed by someone's own did:key under the name "Passerelle", a JWT signed by a key its own kid points
 * at, a credential without a status entry — do not; a changed name does not; a revoked record reads REVOKED.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@PasserelleTest
class CredentialVerifiersIT {

    static final Path FILES = Path.of("target", "credential-verifiers").toAbsolutePath();
    /** The credentials name their status lists by the public address, which the scripts must reach here. */
    @Autowired
    PublicAddress address;

    @LocalServerPort
    int port;

    static final String GENUINE = "RESULT      genuine, valid and not revoked";
    static final String HOLDER = "Achieng Otieno";

    static {
        FileSystemUtils.deleteRecursively(FILES.toFile());
    }

    @Autowired
    LearningService learning;

    @Autowired
    QuizService quizzes;

    @Autowired
    Credentials credentials;

    @Autowired
    SigningKeys keys;

    @Autowired
    SignedIn signedIn;

    @Autowired
    UserAdministration administration;

    /** A learner of this test's own: journeys in the same JVM share the database and its demo accounts. */
    String learner;

    JsonObject badge;
    String jwt;
    Path badgeFile;
    Path jwtFile;

    @BeforeAll
    void aLearnersExportedCredentials() throws Exception {
        VerifierScripts.ready();
        Files.createDirectories(FILES);
        learner = "verifier-" + UUID.randomUUID().toString().substring(0, 8);
        signedIn.as("admin");
        administration.create(new AccountDetails(
                learner,
                HOLDER,
                learner + "@example.org",
                "KE",
                Language.EN,
                Set.of(Role.LEARNER),
                BadgesIntegrationTest.PASSWORD));
        signedIn.out();
        RecordSummary record = completed("verifiers-01");
        SignedInClient holder = SignedInClient.signIn(port, learner, BadgesIntegrationTest.PASSWORD);
        String json =
                new String(holder.get("/records/" + record.id() + "/badge.json").body(), StandardCharsets.UTF_8);
        badge = BadgesIntegrationTest.parse(json);
        badgeFile = write("badge.json", json);
        jwt = new String(holder.get("/records/" + record.id() + "/badge.jwt").body(), StandardCharsets.US_ASCII);
        jwtFile = write("badge.jwt", jwt);
    }

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void genuineCredentialsAreGenuineOnlyAgainstTheIssuerTheyCameFrom() throws Exception {
        assertGenuine(VerifierScripts.node("verify-badge.mjs", badgeFile, "--issuer", address.base()));
        assertGenuine(VerifierScripts.node("verify-jwt.mjs", jwtFile, "--issuer", address.base()));

        Path saved = write("issuer.json", get("/credentials/issuer"));
        assertGenuine(VerifierScripts.node("verify-badge.mjs", badgeFile, "--trust", saved));
        Run offline = VerifierScripts.node("verify-jwt.mjs", jwtFile, "--trust", saved, "--offline");
        assertThat(offline.exit()).isZero();
        assertThat(offline.output()).contains("RESULT      genuine and valid; revocation not checked");

        for (Run untrusting : new Run[] {
            VerifierScripts.node("verify-badge.mjs", badgeFile), VerifierScripts.node("verify-jwt.mjs", jwtFile)
        }) {
            assertThat(untrusting.exit()).as("no trust anchor given").isEqualTo(2);
            assertThat(untrusting.output())
                    .contains("NOT CHECKED: no trust anchor")
                    .doesNotContain("genuine");
        }
        Path elsewhere = write("another-installation.json", issuerDocument(StrangerKeys.of(KeyKind.ED25519)));
        Run other = VerifierScripts.node("verify-badge.mjs", badgeFile, "--trust", elsewhere, "--offline");
        assertThat(other.exit()).isEqualTo(1);
        assertThat(other.output()).contains("RESULT      NOT GENUINE");
    }

    @Test
    void passerellesCredentialsFollowTheOpenBadgesSchema() throws Exception {
        for (Path file : new Path[] {badgeFile, jwtFile}) {
            Run schema = VerifierScripts.node("check-schema.mjs", file);
            assertThat(schema.exit()).as(schema.output()).isZero();
        }
        assertThat(badge.getJsonArray("proof")).hasSize(1);
    }

    @Test
    void aBadgeResignedWithAnotherDidKeyUnderTheNamePasserelleIsNotGenuine() throws Exception {
        SigningKey stranger = StrangerKeys.of(KeyKind.ED25519);
        JsonObject unsigned = Json.createObjectBuilder(badge)
                .remove("proof")
                .add(
                        "issuer",
                        Json.createObjectBuilder(badge.getJsonObject("issuer")).add("id", stranger.did()))
                .build();
        Path forged = write("forged-issuer.json", DataIntegrity.sign(unsigned, stranger, Instant.now()));

        Run run = VerifierScripts.node("verify-badge.mjs", forged, "--issuer", address.base());

        assertThat(run.output())
                .as("the signature itself checks out: only the trust anchor tells")
                .contains("valid_signature      valid")
                .contains("issuer      Passerelle " + stranger.did())
                .contains("RESULT      NOT GENUINE: the issuer " + stranger.did());
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void aCredentialWithoutItsStatusIsNotValidUnlessRevocationIsExplicitlyLeftUnchecked() throws Exception {
        JsonObject unsigned = Json.createObjectBuilder(badge)
                .remove("proof")
                .remove("credentialStatus")
                .build();
        // Signed by Passerelle's own key, so that the missing status is the only thing wrong.
        Path noStatus =
                write("no-status.json", DataIntegrity.sign(unsigned, keys.current(KeyKind.ED25519), Instant.now()));
        Path noStatusJwt = write("no-status.jwt", jwtOf(withoutStatus(payload(jwt)), keys.current(KeyKind.P256)));

        for (Run run : new Run[] {
            VerifierScripts.node("verify-badge.mjs", noStatus, "--issuer", address.base()),
            VerifierScripts.node("verify-jwt.mjs", noStatusJwt, "--issuer", address.base())
        }) {
            assertThat(run.output()).contains("RESULT      NOT VALID: no credentialStatus");
            assertThat(run.exit()).isEqualTo(1);
        }
        Path saved = write("issuer.json", get("/credentials/issuer"));
        Run offline = VerifierScripts.node("verify-badge.mjs", noStatus, "--trust", saved, "--offline");
        assertThat(offline.output()).contains("RESULT      genuine and valid; revocation not checked");
        assertThat(offline.exit()).isZero();
    }

    @Test
    void aJwtSignedByAKeyItsOwnKidPointsAtIsNotGenuineAndTheKeyIsNotFetched() throws Exception {
        SigningKey stranger = StrangerKeys.of(KeyKind.P256);
        AtomicInteger fetched = new AtomicInteger();
        HttpServer attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String kid = "http://127.0.0.1:" + attacker.getAddress().getPort() + "/keys/passerelle";
        attacker.createContext("/keys/", exchange -> {
            fetched.incrementAndGet();
            byte[] body = stranger.publicJwk(kid).toJSONString().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        attacker.start();
        try {
            Path forged = write("forged-kid.jwt", VcJwt.sign(payload(jwt), stranger, kid));
            Run run = VerifierScripts.node("verify-jwt.mjs", forged, "--issuer", address.base());
            assertThat(run.output()).contains("RESULT      NOT GENUINE: the token's key (kid " + kid);
            assertThat(run.exit()).isEqualTo(1);
            assertThat(fetched).as("the forger's key address is never asked").hasValue(0);

            // The same forgery naming Passerelle's own kid: checked with Passerelle's key, the signature fails.
            String genuineKid = JWSObject.parse(jwt).getHeader().getKeyID();
            Path claimed = write("forged-claimed-kid.jwt", VcJwt.sign(payload(jwt), stranger, genuineKid));
            Run claiming = VerifierScripts.node("verify-jwt.mjs", claimed, "--issuer", address.base());
            assertThat(claiming.output()).contains("RESULT      NOT VALID: ERR_JWS_SIGNATURE_VERIFICATION_FAILED");
            assertThat(claiming.exit()).isEqualTo(1);
        } finally {
            attacker.stop(0);
        }
    }

    @Test
    void aChangedNameIsNotValid() throws Exception {
        Path renamed = write("renamed.json", Tamper.holder(badge, HOLDER + "a"));
        String[] parts = jwt.split("\\.");
        String payload =
                new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8).replace(HOLDER, HOLDER + "a");
        Path renamedJwt = write(
                "renamed.jwt",
                parts[0] + "." + Base64URL.encode(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2]);

        Run json = VerifierScripts.node("verify-badge.mjs", renamed, "--issuer", address.base());
        Run token = VerifierScripts.node("verify-jwt.mjs", renamedJwt, "--issuer", address.base());

        assertThat(json.output()).contains("FATAL       invalid_signature").contains("RESULT      NOT VALID");
        assertThat(token.output()).contains("RESULT      NOT VALID: ERR_JWS_SIGNATURE_VERIFICATION_FAILED");
        assertThat(json.exit()).isEqualTo(1);
        assertThat(token.exit()).isEqualTo(1);
    }

    @Test
    void aRevokedRecordReadsRevokedInBothForms() throws Exception {
        RecordSummary record = completed("verifiers-02");
        SignedInClient holder = SignedInClient.signIn(port, learner, BadgesIntegrationTest.PASSWORD);
        Path json = write(
                "revoked.json",
                new String(holder.get("/records/" + record.id() + "/badge.json").body(), StandardCharsets.UTF_8));
        Path token = write(
                "revoked.jwt",
                new String(holder.get("/records/" + record.id() + "/badge.jwt").body(), StandardCharsets.US_ASCII));
        assertGenuine(VerifierScripts.node("verify-badge.mjs", json, "--issuer", address.base()));

        signedIn.as("admin");
        credentials.revoke(record.id(), "Issued by mistake");
        signedIn.out();

        for (Run run : new Run[] {
            VerifierScripts.node("verify-badge.mjs", json, "--issuer", address.base()),
            VerifierScripts.node("verify-jwt.mjs", token, "--issuer", address.base())
        }) {
            assertThat(run.output()).contains("RESULT      REVOKED");
            assertThat(run.exit()).isEqualTo(1);
        }
    }

    @Test
    void credentialsExportedBeforeThisChangeStillVerify() throws Exception {
        // Then: the proof a single object, no credentialSubject.id, a JWT with typ vc+jwt and no sub.
        JsonObject subject = Json.createObjectBuilder(badge.getJsonObject("credentialSubject"))
                .remove("id")
                .build();
        JsonObject unsigned = Json.createObjectBuilder(badge)
                .remove("proof")
                .add("credentialSubject", subject)
                .build();
        JsonObject signed = DataIntegrity.sign(unsigned, keys.current(KeyKind.ED25519), Instant.now());
        Path oldBadge = write(
                "before.json",
                Json.createObjectBuilder(signed)
                        .add("proof", DataIntegrity.onlyProof(signed))
                        .build());
        JsonObject oldPayload = Json.createObjectBuilder(payload(jwt))
                .remove("sub")
                .add("credentialSubject", subject)
                .build();
        SigningKey key = keys.current(KeyKind.P256);
        JWSObject oldJwt = new JWSObject(
                new JWSHeader.Builder(JWSAlgorithm.ES256)
                        .type(new JOSEObjectType("vc+jwt"))
                        .keyID(JWSObject.parse(jwt).getHeader().getKeyID())
                        .build(),
                new Payload(oldPayload.toString()));
        oldJwt.sign(new ECDSASigner((ECPrivateKey) key.pair().getPrivate()));
        Path oldToken = write("before.jwt", oldJwt.serialize());

        assertGenuine(VerifierScripts.node("verify-badge.mjs", oldBadge, "--issuer", address.base()));
        assertGenuine(VerifierScripts.node("verify-jwt.mjs", oldToken, "--issuer", address.base()));
    }

    private static void assertGenuine(Run run) {
        assertThat(run.output()).contains(GENUINE);
        assertThat(run.exit()).isZero();
    }

    private RecordSummary completed(String courseId) {
        signedIn.as(learner);
        learning.enrol(courseId);
        LearningCourses.complete(learning, quizzes, courseId);
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(10))
                .until(() ->
                        credentials.mine().stream().anyMatch(r -> r.courseId().equals(courseId)));
        RecordSummary record = credentials.mine().stream()
                .filter(r -> r.courseId().equals(courseId))
                .findFirst()
                .orElseThrow();
        signedIn.out();
        return record;
    }

    private String jwtOf(JsonObject payload, SigningKey key) throws Exception {
        return VcJwt.sign(payload, key, JWSObject.parse(jwt).getHeader().getKeyID());
    }

    private static JsonObject payload(String token) throws Exception {
        return BadgesIntegrationTest.parse(JWSObject.parse(token).getPayload().toString());
    }

    private static JsonObject withoutStatus(JsonObject payload) {
        return Json.createObjectBuilder(payload).remove("credentialStatus").build();
    }

    /** An issuer document like Passerelle's, of another installation's key. */
    private static String issuerDocument(SigningKey key) {
        return Json.createObjectBuilder()
                .add("name", "Passerelle")
                .add(
                        "dataIntegrityIssuers",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", key.did())))
                .build()
                .toString();
    }

    private String get(String path) throws Exception {
        return new String(SignedInClient.anonymous(port).get(path).body(), StandardCharsets.UTF_8);
    }

    private static Path write(String name, Object content) throws Exception {
        return Files.writeString(FILES.resolve(name), content.toString(), StandardCharsets.UTF_8);
    }
}
