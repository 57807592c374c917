package org.passerelle.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.PasserelleTest;
import org.passerelle.SignedIn;
import org.passerelle.identity.AccountActivation;
import org.passerelle.identity.ActivationCode;
import org.passerelle.identity.UserAdministration;
import org.passerelle.learning.LearningService;
import org.passerelle.learning.MyCourse;
import org.passerelle.shared.FieldProblem;
import org.passerelle.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Bulk enrolment from a spreadsheet against the real database: preview, all-or-nothing, activation. */
@PasserelleTest
class BulkEnrolmentIntegrationTest {

    static final String COURSE = "ai-public-policy";
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Autowired
    BulkEnrolment bulk;

    @Autowired
    CohortAdministration administration;

    @Autowired
    AccountActivation activation;

    @Autowired
    UserAdministration people;

    @Autowired
    LearningService learning;

    @Autowired
    UserDetailsService users;

    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void thePreviewNamesEveryProblemOfEveryRowAndWritesNothing() {
        String tag = tag();
        long cohort = senegalCohort(tag);
        byte[] file = utf8WithBom("""
                Email;Prénom;Nom;Langue
                awa.%1$s@gouv.sn;Awa;Diop;fr
                not-an-email;Moussa;Fall;French
                awa.%1$s@gouv.sn;Awa;Diop bis;fr
                ibrahima.%1$s@gouv.sn;;;en
                fatou.%1$s@gouv.sn;Fatou;Sow;Wolof
                apprenant@passerelle.example;Awa;Ndiaye;
                learner@passerelle.example;Wanjiru;Kamau;en
                """.formatted(tag));

        signedIn.as("admin");
        EnrolmentPreview preview = bulk.preview(cohort, file, BulkEnrolment.Progress.NONE);

        assertThat(preview.fileProblem()).isNull();
        assertThat(preview.rows()).extracting(EnrolmentRow::line).containsExactly(2, 3, 4, 5, 6, 7, 8);
        assertThat(problems(preview, 2)).isEmpty();
        assertThat(problems(preview, 3)).containsExactly("bulk.row.email");
        assertThat(problems(preview, 4)).containsExactly("bulk.row.duplicate");
        assertThat(preview.rows().get(2).problems().getFirst().line()).isEqualTo(2);
        assertThat(problems(preview, 5)).containsExactly("bulk.row.name");
        assertThat(problems(preview, 6)).containsExactly("bulk.row.language");
        assertThat(problems(preview, 7)).isEmpty();
        assertThat(problems(preview, 8)).containsExactly("bulk.row.other-country");
        assertThat(preview.rows().get(5).existing()).isTrue();
        assertThat(preview.rows().get(1).language()).isEqualTo(Language.FR);
        assertThat(preview.ready()).isFalse();

        assertThatThrownBy(() -> bulk.enrol(cohort, file, BulkEnrolment.Progress.NONE))
                .isInstanceOf(EnrolmentRefused.class);
        assertThat(people.withEmails(List.of("awa." + tag + "@gouv.sn"))).isEmpty();
    }

    @Test
    void aCleanFileCreatesAccountsThatWaitForActivationAndEnrolsEveryoneInOneGo() {
        String tag = tag();
        long cohort = senegalCohort(tag);
        byte[] file = ("email,given name,family name,language,username\n"
                        + "awa.%1$s@gouv.sn,Awa,Diop,fr,\n"
                        + "\"moussa.%1$s@gouv.sn\",\"Moussa, Jr.\",Fall,en,moussa-%1$s\n"
                        + "apprenant@passerelle.example,Awa,Ndiaye,,\n")
                .formatted(tag)
                .getBytes(StandardCharsets.UTF_8);

        signedIn.as("admin");
        EnrolmentDone done = bulk.enrol(cohort, file, BulkEnrolment.Progress.NONE);

        assertThat(done.created())
                .extracting(ActivationCode::email)
                .containsExactly("awa." + tag + "@gouv.sn", "moussa." + tag + "@gouv.sn");
        assertThat(done.created()).extracting(ActivationCode::username).containsExactly("awa." + tag, "moussa-" + tag);
        assertThat(done.created())
                .extracting(ActivationCode::displayName)
                .containsExactly("Awa Diop", "Moussa, Jr. Fall");
        assertThat(done.existing()).isEqualTo(1);
        assertThat(people.find("awa." + tag).orElseThrow().country()).isEqualTo("SN");
        assertThat(people.find("awa." + tag).orElseThrow().language()).isEqualTo(Language.FR);

        // Not activated yet: cannot sign in, answered as if there were no such account.
        assertThatThrownBy(() -> users.loadUserByUsername("awa." + tag)).isInstanceOf(UsernameNotFoundException.class);
        signedIn.out();
        String code = done.created().getFirst().code();
        assertThat(activation.username(code.toLowerCase())).contains("awa." + tag);
        assertThatThrownBy(() -> activation.activate(code, "short"))
                .isInstanceOfSatisfying(
                        FieldProblem.class, p -> assertThat(p.field()).isEqualTo("password"));
        assertThat(activation.activate(code, "a long enough password")).isEqualTo("awa." + tag);
        assertThat(users.loadUserByUsername("awa." + tag).isEnabled()).isTrue();
        assertThatThrownBy(() -> activation.activate(code, "another long password"))
                .isInstanceOfSatisfying(
                        FieldProblem.class, p -> assertThat(p.field()).isEqualTo("code"));
        assertThat(activation.username(code)).isEmpty();

        signedIn.as("awa." + tag);
        assertThat(learning.myLearning(Language.FR))
                .extracting(MyCourse::courseId)
                .contains(COURSE);

        // The same file again: everyone is a member now, so nothing can be done twice.
        signedIn.as("admin");
        EnrolmentPreview again = bulk.preview(cohort, file, BulkEnrolment.Progress.NONE);
        assertThat(again.rows())
                .allSatisfy(row -> assertThat(row.problems())
                        .extracting(EnrolmentRow.Problem::key)
                        .containsExactly("bulk.row.member"));
    }

    @Test
    void unreadableFilesAreRefusedWithTheReason() {
        signedIn.as("admin");
        long cohort = senegalCohort(tag());
        assertThat(bulk.preview(cohort, new byte[] {(byte) 0xC3, 0x28}, BulkEnrolment.Progress.NONE)
                        .fileProblem())
                .isEqualTo("bulk.file.not-utf8");
        assertThat(bulk.preview(
                                cohort,
                                "name,language\nAwa,fr\n".getBytes(StandardCharsets.UTF_8),
                                BulkEnrolment.Progress.NONE)
                        .fileProblem())
                .isEqualTo("bulk.file.no-email-column");
        assertThat(bulk.preview(
                                cohort,
                                "email,given name\n".getBytes(StandardCharsets.UTF_8),
                                BulkEnrolment.Progress.NONE)
                        .fileProblem())
                .isEqualTo("bulk.file.no-rows");
        assertThat(bulk.preview(
                                cohort,
                                "email,given name\n\"a@b.sn,Awa\n".getBytes(StandardCharsets.UTF_8),
                                BulkEnrolment.Progress.NONE)
                        .fileProblem())
                .isEqualTo("bulk.file.malformed");
    }

    @Test
    void onlyAdministratorsEnrolInBulk() {
        signedIn.as("admin");
        long cohort = senegalCohort(tag());
        byte[] file = "email,given name\nx@y.sn,X\n".getBytes(StandardCharsets.UTF_8);
        for (String who : List.of("learner", "reviewer.sn", "instructor")) {
            signedIn.as(who);
            assertThatThrownBy(() -> bulk.preview(cohort, file, BulkEnrolment.Progress.NONE))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> bulk.enrol(cohort, file, BulkEnrolment.Progress.NONE))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private long senegalCohort(String tag) {
        signedIn.as("admin");
        LocalDate start = LocalDate.of(2027, 3, 1);
        return administration
                .save(new CohortForm(
                        null, 0, "Dakar " + tag, "SN", start, start.plusDays(60), Set.of(COURSE), Set.of()))
                .id();
    }

    private static List<String> problems(EnrolmentPreview preview, int line) {
        return preview.rows().stream().filter(row -> row.line() == line).findFirst().orElseThrow().problems().stream()
                .map(EnrolmentRow.Problem::key)
                .toList();
    }

    private static byte[] utf8WithBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
