package org.passerelle.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.PasserelleTest;
import org.passerelle.SignedIn;
import org.passerelle.SignedInClient;
import org.passerelle.credentials.signing.DataIntegrity;
import org.passerelle.credentials.signing.KeyKind;
import org.passerelle.credentials.signing.ProofCheck;
import org.passerelle.credentials.signing.SigningKeys;
import org.passerelle.credentials.signing.StatusBits;
import org.passerelle.learning.LearningCourses;
import org.passerelle.learning.LearningService;
import org.passerelle.learning.QuizService;
import org.passerelle.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Records as signed Open Badges 3.0 credentials: genuine ones verify, tampered or revoked ones do not, keys and
 * status lists are public, downloads are the holder's.
 */
@PasserelleTest
class BadgesIntegrationTest {

    static final String PASSWORD = "demo-passerelle";

    @LocalServerPort
    int port;

    @Autowired
    LearningService learning;

    @Autowired
    QuizService quizzes;

    @Autowired
    Credentials credentials;

    @Autowired
    Badges badges;

    @Autowired
    SigningKeys keys;

    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void aGenuineCredentialVerifiesAndAChangedNameOrScoreOrSignerDoesNot() throws Exception {
        RecordSummary record = completed("learner", "badges-01");
        JsonObject badge =
                json(SignedInClient.signIn(port, "learner", PASSWORD).get("/records/" + record.id() + "/badge.json"));

        ProofCheck genuine = DataIntegrity.verify(badge);
        assertThat(genuine.verified()).as(genuine.problem()).isTrue();
        assertThat(badge.getJsonArray("type").getString(1)).isEqualTo("OpenBadgeCredential");
        assertThat(badge.getJsonObject("issuer").getString("id"))
                .isEqualTo(keys.current(KeyKind.ED25519).did());
        JsonObject subject = badge.getJsonObject("credentialSubject");
        assertThat(subject.getJsonArray("identifier").getJsonObject(0).getString("identityHash"))
                .isEqualTo("Wanjiru Kamau");
        assertThat(subject.getJsonObject("achievement").getString("name")).isEqualTo("Course 1 (version 1)");
        assertThat(subject.getJsonArray("result").getJsonObject(0).getString("value"))
                .isEqualTo("100");
        assertThat(badge.getJsonObject("credentialStatus").getString("statusPurpose"))
                .isEqualTo("revocation");

        assertThat(DataIntegrity.verify(Tamper.holder(badge, "Wanjiru Kamau-Otieno"))
                        .verified())
                .isFalse();
        assertThat(DataIntegrity.verify(Tamper.score(badge, "99")).verified()).isFalse();
        assertThat(DataIntegrity.verify(Tamper.resignedByAnotherKey(badge)).verified())
                .isFalse();
    }

    @Test
    void aJwtVerifiesWithThePublishedKeyOnlyAndOnlyAsSigned() throws Exception {
        RecordSummary record = completed("learner", "badges-02");
        String token = new String(
                SignedInClient.signIn(port, "learner", PASSWORD)
                        .get("/records/" + record.id() + "/badge.jwt")
                        .body(),
                StandardCharsets.US_ASCII);
        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(jwt.getHeader().getType().getType()).as("OB 3.0's typ").isEqualTo("JWT");
        assertThat(jwt.getHeader().getIncludedParams()).containsExactlyInAnyOrder("alg", "typ", "kid");
        assertThat(jwt.getJWTClaimsSet().getIssuer()).startsWith("did:key:z6Mk");
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer())
                .isEqualTo(claims.getJSONObjectClaim("issuer").get("id"));
        assertThat(claims.getJWTID()).isEqualTo(claims.getStringClaim("id"));
        assertThat(claims.getSubject())
                .isEqualTo(claims.getJSONObjectClaim("credentialSubject").get("id"))
                .isEqualTo(claims.getJWTID() + "#holder");
        assertThat(claims.getNotBeforeTime().toInstant()).isEqualTo(Instant.parse(claims.getStringClaim("validFrom")));
        assertThat(claims.getExpirationTime()).as("records do not expire").isNull();
        assertThat(jwt.getJWTClaimsSet().getStringClaim("name")).isEqualTo("Course 2 (version 1)");

        HttpResponse<byte[]> published = SignedInClient.anonymous(port)
                .get(URI.create(jwt.getHeader().getKeyID()).getPath());
        assertThat(published.statusCode()).isEqualTo(200);
        ECKey key =
                JWK.parse(new String(published.body(), StandardCharsets.UTF_8)).toECKey();
        assertThat(key.isPrivate()).isFalse();
        assertThat(jwt.verify(new ECDSAVerifier(key))).isTrue();

        String[] parts = token.split("\\.");
        String changed = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8)
                .replace("Wanjiru Kamau", "Wanjiru Kamal");
        SignedJWT tampered = SignedJWT.parse(
                parts[0] + "." + Base64URL.encode(changed.getBytes(StandardCharsets.UTF_8)) + "." + parts[2]);
        assertThat(tampered.verify(new ECDSAVerifier(key))).isFalse();
        ECKey stranger = new ECKeyGenerator(Curve.P_256).generate().toPublicJWK();
        assertThat(jwt.verify(new ECDSAVerifier(stranger))).isFalse();
    }

    @Test
    void aRevokedRecordIsMarkedInTheSignedStatusListAtOnceAndCannotBeDownloadedAnyMore() throws Exception {
        RecordSummary record = completed("learner", "badges-03");
        RecordSummary other = completed("learner", "badges-04");
        SignedInClient holder = SignedInClient.signIn(port, "learner", PASSWORD);
        JsonObject badge = json(holder.get("/records/" + record.id() + "/badge.json"));
        JsonObject untouched = json(holder.get("/records/" + other.id() + "/badge.json"));
        assertThat(Status.of(badge, port)).isEqualTo(Status.VALID);

        signedIn.as("admin");
        credentials.revoke(record.id(), "Issued by mistake");
        signedIn.out();

        assertThat(Status.of(badge, port)).isEqualTo(Status.REVOKED);
        assertThat(Status.of(untouched, port)).isEqualTo(Status.VALID);
        assertThat(DataIntegrity.verify(badge).verified())
                .as("the signature stays genuine; the status says it no longer holds")
                .isTrue();
        assertThat(holder.get("/records/" + record.id() + "/badge.json").statusCode())
                .isEqualTo(404);
    }

    @Test
    void credentialsSignedBeforeARotationStillVerifyAfterIt() throws Exception {
        RecordSummary record = completed("apprenant", "badges-05");
        SignedInClient holder = SignedInClient.signIn(port, "apprenant", PASSWORD);
        JsonObject before = json(holder.get("/records/" + record.id() + "/badge.json"));
        SignedJWT jwtBefore = SignedJWT.parse(
                new String(holder.get("/records/" + record.id() + "/badge.jwt").body(), StandardCharsets.US_ASCII));

        keys.rotate(KeyKind.ED25519);
        keys.rotate(KeyKind.P256);

        JsonObject after = json(holder.get("/records/" + record.id() + "/badge.json"));
        assertThat(after.getJsonObject("issuer").getString("id"))
                .isNotEqualTo(before.getJsonObject("issuer").getString("id"));
        assertThat(DataIntegrity.verify(after).verified()).isTrue();
        assertThat(DataIntegrity.verify(before).verified()).isTrue();
        assertThat(Status.of(before, port)).as("the old key's status list").isEqualTo(Status.VALID);
        JWKSet published = JWKSet.parse(new String(
                SignedInClient.anonymous(port).get("/.well-known/jwks.json").body(), StandardCharsets.UTF_8));
        assertThat(published.getKeys()).hasSizeGreaterThanOrEqualTo(2);
        JWK old = published.getKeyByKeyId(jwtBefore.getHeader().getKeyID());
        assertThat(old).as("the retired JWT key stays in the JWKS").isNotNull();
        assertThat(jwtBefore.verify(new ECDSAVerifier(old.toECKey()))).isTrue();
    }

    @Test
    void onlyTheHolderAndAdministratorsDownloadARecordAndAnyoneReadsKeysAndStatusLists() throws Exception {
        RecordSummary record = completed("learner", "badges-06");
        String path = "/records/" + record.id() + "/badge.json";

        HttpResponse<byte[]> mine =
                SignedInClient.signIn(port, "learner", PASSWORD).get(path);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("attachment"));
        assertThat(mine.headers().firstValue("Content-Type"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("application/vc+ld+json"));
        assertThat(SignedInClient.signIn(port, "admin", PASSWORD).get(path).statusCode())
                .isEqualTo(200);
        HttpResponse<byte[]> othersView =
                SignedInClient.signIn(port, "apprenant", PASSWORD).get(path);
        HttpResponse<byte[]> unknown = SignedInClient.signIn(port, "apprenant", PASSWORD)
                .get("/records/aaaaaaaaaaaaaaaaaaaaaaaaaa/badge.json");
        assertThat(othersView.statusCode()).isEqualTo(404);
        assertThat(othersView.body()).isEqualTo(unknown.body());
        assertThat(SignedInClient.signIn(port, "reviewer.ke", PASSWORD)
                        .get(path.replace(".json", ".jwt"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(SignedInClient.anonymous(port).get(path).statusCode())
                .as("to the sign-in page")
                .isEqualTo(302);

        SignedInClient anyone = SignedInClient.anonymous(port);
        HttpResponse<byte[]> jwks = anyone.get("/.well-known/jwks.json");
        assertThat(jwks.statusCode()).isEqualTo(200);
        assertThat(JWKSet.parse(new String(jwks.body(), StandardCharsets.UTF_8)).getKeys())
                .allSatisfy(key -> assertThat(key.isPrivate()).isFalse())
                .isNotEmpty();
        HttpResponse<byte[]> list = anyone.get(
                "/credentials/status/" + keys.current(KeyKind.ED25519).kid());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
        assertThat(anyone.get("/credentials/status/unknown").statusCode()).isEqualTo(404);
        JsonObject issuer = json(anyone.get("/credentials/issuer"));
        assertThat(issuer.getJsonArray("dataIntegrityIssuers").getJsonObject(0).getString("id"))
                .isEqualTo(keys.current(KeyKind.ED25519).did());
        JsonObject jwtKey = issuer.getJsonArray("jwtKeys").getJsonObject(0);
        JWK listed = JWK.parse(jwtKey.getJsonObject("jwk").toString());
        assertThat(listed.isPrivate()).isFalse();
        assertThat(listed.getKeyID()).isEqualTo(jwtKey.getString("kid"));
        assertThat(listed.computeThumbprint().toString())
                .as("the JWT key's public half, for verifiers that keep the document as their trust list")
                .isEqualTo(keys.current(KeyKind.P256).kid());
    }

    @Test
    void simultaneousFirstExportsOfOneRecordAgreeOnItsStatusIndex() throws Exception {
        RecordSummary record = completed("apprenant", "badges-04");
        signedIn.as("apprenant");
        List<Callable<String>> exports = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            exports.add(signedIn.carried(() -> badges.signedJson(record.id()).orElseThrow()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        Set<String> indexes = new HashSet<>();
        try {
            for (Future<String> export : pool.invokeAll(exports)) {
                indexes.add(
                        parse(export.get()).getJsonObject("credentialStatus").getString("statusListIndex"));
            }
        } finally {
            pool.shutdown();
        }
        assertThat(indexes).hasSize(1);
        assertThat(Integer.parseInt(indexes.iterator().next())).isBetween(0, StatusBits.BLOCK - 1);
    }

    private RecordSummary completed(String username, String courseId) {
        signedIn.as(username);
        if (!learning.course(courseId, Language.EN).orElseThrow().enrolled()) {
            learning.enrol(courseId);
        }
        if (credentials.mine().stream().noneMatch(r -> r.courseId().equals(courseId))) {
            LearningCourses.complete(learning, quizzes, courseId);
        }
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

    static JsonObject json(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return parse(new String(response.body(), StandardCharsets.UTF_8));
    }

    static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
