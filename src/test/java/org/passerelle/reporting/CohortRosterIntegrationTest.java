package org.passerelle.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.PasserelleTest;
import org.passerelle.SignedIn;
import org.passerelle.cohorts.CohortAdministration;
import org.passerelle.cohorts.CohortForm;
import org.passerelle.cohorts.CohortMembership;
import org.passerelle.credentials.Credentials;
import org.passerelle.credentials.RecordSummary;
import org.passerelle.identity.AccountDetails;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserAdministration;
import org.passerelle.learning.LearningCourses;
import org.passerelle.learning.LearningService;
import org.passerelle.learning.QuizService;
import org.passerelle.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A cohort's roster and its exports say who is where, with the record each completion earned. */
@PasserelleTest
class CohortRosterIntegrationTest {

    static final String COURSE = "roster-01";
    static final List<String> HEADINGS = List.of(
            "Learner", "Username", "Email", "Course", "Progress", "Last", "Completed", "Score", "Record", "State");
    static final RosterTexts TEXTS = new RosterTexts("Roster", HEADINGS, "not enrolled", "valid", "revoked");

    @Autowired
    CohortRoster rosters;

    @Autowired
    RosterPrint print;

    @Autowired
    CohortAdministration cohorts;

    @Autowired
    CohortMembership membership;

    @Autowired
    UserAdministration people;

    @Autowired
    LearningService learning;

    @Autowired
    QuizService quizzes;

    @Autowired
    Credentials credentials;

    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void theRosterAndItsFilesShowProgressCompletionAndTheRecord() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        signedIn.as("admin");
        long cohort = cohorts.save(new CohortForm(
                        null,
                        0,
                        "Nairobi " + tag,
                        "KE",
                        LocalDate.of(2027, 2, 1),
                        LocalDate.of(2027, 4, 1),
                        Set.of(COURSE),
                        Set.of()))
                .id();
        String code = cohorts.invite(cohort, 7, 10).code();
        String newcomer = "zawadi-" + tag;
        people.create(new AccountDetails(
                newcomer,
                "Zawadi Otieno " + tag,
                newcomer + "@example.org",
                "KE",
                Language.EN,
                Set.of(Role.LEARNER),
                "a long enough password"));
        signedIn.as(newcomer);
        membership.join(code);
        signedIn.as("learner");
        membership.join(code);
        complete();
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(10))
                .until(() ->
                        credentials.mine().stream().anyMatch(r -> r.courseId().equals(COURSE)));
        String recordId = credentials.mine().stream()
                .filter(r -> r.courseId().equals(COURSE))
                .map(RecordSummary::id)
                .findFirst()
                .orElseThrow();

        signedIn.as("admin");
        Roster roster = rosters.of(cohort, Language.EN).orElseThrow();
        assertThat(roster.lines())
                .extracting(RosterLine::name)
                .containsExactly("Wanjiru Kamau", "Zawadi Otieno " + tag);
        RosterLine done = roster.lines().getFirst();
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.completedAt()).isNotNull();
        assertThat(done.recordId()).isEqualTo(recordId);
        assertThat(done.courseTitle()).isEqualTo("Course 1");
        RosterLine waiting = roster.lines().get(1);
        assertThat(waiting.enrolled()).isTrue();
        assertThat(waiting.percent()).isZero();
        assertThat(waiting.recordId()).isNull();

        List<CSVRecord> csv = FormulaTextInExportsIntegrationTest.csv(RosterFiles.csv(roster, TEXTS));
        assertThat(csv).hasSize(3);
        assertThat(csv.getFirst().values()).containsExactlyElementsOf(HEADINGS);
        assertThat(csv.get(1).values())
                .startsWith("Wanjiru Kamau", "learner")
                .contains("100")
                .endsWith(recordId, "valid");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(RosterFiles.xlsx(roster, TEXTS)))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Nairobi " + tag);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Learner");
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(100);
            assertThat(sheet.getRow(1).getCell(6).getLocalDateTimeCellValue()).isNotNull();
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo(recordId);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Zawadi Otieno " + tag);
        }

        byte[] pdf = print.pdf(roster, TEXTS, Language.EN);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Roster — Nairobi " + tag, "Wanjiru Kamau", "Zawadi Otieno " + tag, recordId);
        }
        byte[] arabic = print.pdf(roster, TEXTS, Language.AR);
        try (PDDocument document = Loader.loadPDF(arabic)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
        // For a person to look at: target/roster-en.pdf, target/roster-ar.pdf.
        Files.write(Path.of("target", "roster-en.pdf"), pdf);
        Files.write(Path.of("target", "roster-ar.pdf"), arabic);

        for (String who : List.of("learner", "reviewer.ke", "instructor")) {
            signedIn.as(who);
            assertThatThrownBy(() -> rosters.of(cohort, Language.EN)).isInstanceOf(AccessDeniedException.class);
        }
    }

    private void complete() {
        assertThat(LearningCourses.complete(learning, quizzes, COURSE)).isTrue();
    }
}
