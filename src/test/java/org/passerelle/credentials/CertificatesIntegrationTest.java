package org.passerelle.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.PasserelleTest;
import org.passerelle.SignedIn;
import org.passerelle.SignedInClient;
import org.passerelle.cohorts.CohortAdministration;
import org.passerelle.cohorts.CohortForm;
import org.passerelle.cohorts.CohortMembership;
import org.passerelle.identity.AccountDetails;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserAdministration;
import org.passerelle.learning.LearningCourses;
import org.passerelle.learning.LearningService;
import org.passerelle.learning.QuizService;
import org.passerelle.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.AuthenticationException;

/**
 * Who gets the certificate of a record: its holder, administrators, and the reviewers of the cohort the holder
 * followed the course in; anyone else gets what an unknown id gets. Over the service and over HTTP.
 */
@PasserelleTest
class CertificatesIntegrationTest {

    /** The record of the Kenyan learner, who follows the course in a cohort that reviewer.ke reviews. */
    static String kenyan;

    /** The record of the Senegalese learner, who reads in French and follows the course in no cohort. */
    static String senegalese;

    @Autowired
    Certificates certificates;

    @Autowired
    Credentials credentials;

    @Autowired
    LearningService learning;

    @Autowired
    QuizService quizzes;

    @Autowired
    CohortAdministration cohortAdministration;

    @Autowired
    CohortMembership membership;

    @Autowired
    UserAdministration people;

    @Autowired
    SignedIn signedIn;

    @LocalServerPort
    int port;

    @BeforeEach
    void records() {
        if (kenyan != null) {
            return;
        }
        signedIn.as("admin");
        long reviewer = people.find("reviewer.ke").orElseThrow().id();
        var cohort = cohortAdministration.save(new CohortForm(
                null,
                0,
                "Certificates pilot",
                "KE",
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 6, 1),
                Set.of("certificates-01"),
                Set.of(reviewer)));
        if (people.find("cert.reviewer.ke").isEmpty()) {
            people.create(new AccountDetails(
                    "cert.reviewer.ke",
                    "Achieng Otieno",
                    "cert.reviewer.ke@passerelle.example",
                    "KE",
                    Language.EN,
                    Set.of(Role.REVIEWER),
                    "a-long-enough-password-2026"));
        }
        String code = cohortAdministration.invite(cohort.id(), 7, 5).code();
        signedIn.as("learner");
        membership.join(code);
        kenyan = complete("learner", "certificates-01");
        senegalese = complete("apprenant", "certificates-02");
        signedIn.out();
    }

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void theHolderGetsTheirOwnCertificateAndAnotherLearnerGetsNothing() throws Exception {
        signedIn.as("learner");
        assertThat(text(certificates.pdf(kenyan).orElseThrow())).contains("Wanjiru Kamau", "Certificate of completion");

        signedIn.as("apprenant");
        assertThat(certificates.pdf(kenyan)).as("another learner's record").isEmpty();
        assertThat(certificates.pdf(senegalese)).isPresent();
    }

    @Test
    void anAdministratorGetsAnyCertificateInTheHoldersLanguageNotTheirOwn() throws Exception {
        signedIn.as("admin");
        assertThat(text(certificates.pdf(senegalese).orElseThrow())).contains("Awa Ndiaye", "Certificat de réussite");
        assertThat(certificates.pdf(kenyan)).isPresent();
    }

    @Test
    void aReviewerGetsTheCertificatesOfTheCohortsTheyReviewAndNoOthers() throws Exception {
        signedIn.as("reviewer.ke");
        assertThat(text(certificates.pdf(kenyan).orElseThrow())).contains("Certificates pilot");
        assertThat(certificates.pdf(senegalese)).as("another country's learner").isEmpty();

        signedIn.as("reviewer.sn");
        assertThat(certificates.pdf(kenyan)).as("a reviewer of another country").isEmpty();

        signedIn.as("cert.reviewer.ke");
        assertThat(certificates.pdf(kenyan))
                .as("a reviewer of the same country who is not named on the cohort")
                .isEmpty();
    }

    @Test
    void unknownIdsOtherRolesAndSignedOutVisitorsGetNothing() {
        signedIn.as("learner");
        assertThat(certificates.pdf("aaaaaaaaaaaaaaaaaaaaaaaaaa")).isEmpty();
        assertThat(certificates.pdf("../../etc/passwd")).isEmpty();
        assertThat(certificates.pdf(null)).isEmpty();

        signedIn.as("instructor");
        assertThat(certificates.pdf(kenyan)).isEmpty();

        signedIn.out();
        assertThatThrownBy(() -> certificates.pdf(kenyan)).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void theHolderDownloadsTheCertificateAsAPdfThatIsNotCachedAndOthersGetNotFound() throws Exception {
        String address = "/records/" + kenyan + "/certificate.pdf";

        HttpResponse<byte[]> mine =
                SignedInClient.signIn(port, "learner", "demo-passerelle").get(address);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(mine.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"certificate-" + kenyan + ".pdf\"");
        assertThat(mine.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(
                        cache -> assertThat(cache).contains("no-store").contains("private"));
        assertThat(text(mine.body())).contains("Wanjiru Kamau");

        HttpResponse<byte[]> theirs =
                SignedInClient.signIn(port, "apprenant", "demo-passerelle").get(address);
        assertThat(theirs.statusCode()).isEqualTo(404);
        assertThat(new String(theirs.body())).doesNotContain("%PDF");

        HttpResponse<byte[]> anonymous = SignedInClient.anonymous(port).get(address);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    private String complete(String username, String courseId) {
        signedIn.as(username);
        if (!learning.course(courseId, Language.EN).orElseThrow().enrolled()) {
            learning.enrol(courseId);
        }
        assertThat(LearningCourses.complete(learning, quizzes, courseId)).isTrue();
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(10))
                .until(() ->
                        credentials.mine().stream().anyMatch(r -> r.courseId().equals(courseId)));
        return credentials.mine().stream()
                .filter(r -> r.courseId().equals(courseId))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static String text(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return CertificateLayoutTest.copiedText(document.getPage(0));
        }
    }
}
