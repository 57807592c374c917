package org.passerelle.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.PasserelleTest;
import org.passerelle.SignedIn;
import org.passerelle.catalog.CourseImport;
import org.passerelle.catalog.ImportReport;
import org.passerelle.cohorts.CohortAdministration;
import org.passerelle.cohorts.CohortForm;
import org.passerelle.cohorts.CohortMembership;
import org.passerelle.identity.AccountDetails;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserAdministration;
import org.passerelle.learning.LearningService;
import org.passerelle.shared.Language;
import org.passerelle.shared.SpreadsheetText;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The probe's formulas typed into people's names, e-mail addresses, a cohort's name and a course's title reach
 * every roster and report file as text: neutralised in CSV, string cells in XLSX.
 */
@PasserelleTest
class FormulaTextInExportsIntegrationTest {

    static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
    static final String CALC = "+cmd|' /C calc'!A0";
    static final String SUM = "@SUM(1+1)";
    static final String MINUS = "-2+3";

    @Autowired
    CourseImport courseImport;

    @Autowired
    CohortAdministration cohorts;

    @Autowired
    CohortMembership membership;

    @Autowired
    UserAdministration people;

    @Autowired
    LearningService learning;

    @Autowired
    DashboardRefresh refresh;

    @Autowired
    CohortRoster rosters;

    @Autowired
    ReportExports reports;

    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void formulasTypedIntoNamesEmailsCohortsAndCoursesReachEveryFileAsText() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String course = "formula-" + tag;
        String courseTitle = HYPERLINK + " " + tag;
        String cohortName = MINUS + " " + tag;
        signedIn.as("admin");
        ImportReport.Outcome imported =
                courseImport.importZip(courseZip(course, courseTitle)).courses().getFirst();
        assertThat(imported.status()).as(imported.problems().toString()).isEqualTo(ImportReport.Status.CREATED);
        long cohort = cohorts.save(new CohortForm(
                        null,
                        0,
                        cohortName,
                        "KE",
                        LocalDate.of(2026, 9, 1),
                        LocalDate.of(2027, 9, 1),
                        Set.of(course),
                        Set.of()))
                .id();
        String code = cohorts.invite(cohort, 7, 10).code();
        // Display name → e-mail address (where the address rules allow the formula's characters).
        Map<String, String> learners = new LinkedHashMap<>();
        learners.put(HYPERLINK + " " + tag, "=hyperlink(\"http://x\",\"y\")" + tag + "@example.org");
        learners.put(CALC + " " + tag, "+cmd" + tag + "@example.org");
        learners.put(SUM + " " + tag, "sum" + tag + "@example.org");
        learners.put(MINUS + " " + tag, "-2+3" + tag + "@example.org");
        List<String> usernames = new ArrayList<>();
        for (Map.Entry<String, String> learner : learners.entrySet()) {
            signedIn.as("admin");
            String username = "formula-" + usernames.size() + "-" + tag;
            people.create(new AccountDetails(
                    username,
                    learner.getKey(),
                    learner.getValue(),
                    "KE",
                    Language.EN,
                    Set.of(Role.LEARNER),
                    "a long enough password"));
            usernames.add(username);
            signedIn.as(username);
            membership.join(code);
            learning.completeLesson(course, "01-intro", "01-one", 0, Language.EN);
        }
        signedIn.as("admin");
        refresh.refresh(cohort);

        Roster roster = rosters.of(cohort, Language.EN).orElseThrow();
        RosterTexts texts = CohortRosterIntegrationTest.TEXTS;
        List<CSVRecord> csv = csv(RosterFiles.csv(roster, texts));
        assertNothingStartsLikeAFormula(csv);
        assertThat(csv.subList(1, csv.size()))
                .extracting(r -> r.get(0), r -> r.get(2), r -> r.get(3))
                .containsExactlyInAnyOrderElementsOf(learners.entrySet().stream()
                        .map(l -> Tuple.tuple(neutralised(l.getKey()), neutralised(l.getValue()), "'" + courseTitle))
                        .toList());
        assertThat(csv.subList(1, csv.size()))
                .extracting(r -> r.get(4))
                .as("progress stays a number")
                .containsOnly("50");

        try (XSSFWorkbook book = xlsx(RosterFiles.xlsx(roster, texts))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo(cohortName);
            assertNoFormula(book);
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                names.add(text(row.getCell(0)));
                assertThat(learners).containsEntry(text(row.getCell(0)), text(row.getCell(2)));
                assertThat(text(row.getCell(3))).isEqualTo(courseTitle);
                assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            }
            assertThat(names).containsExactlyInAnyOrderElementsOf(learners.keySet());
        }

        List<CSVRecord> report =
                csv(reports.csv(cohort, Language.EN, key -> key).orElseThrow());
        assertNothingStartsLikeAFormula(report);
        assertThat(report.subList(1, report.size()))
                .extracting(r -> r.get(0))
                .containsExactlyInAnyOrderElementsOf(learners.keySet().stream()
                        .map(FormulaTextInExportsIntegrationTest::neutralised)
                        .toList());

        try (XSSFWorkbook book =
                xlsx(reports.xlsx(cohort, Language.EN, key -> key).orElseThrow())) {
            assertNoFormula(book);
            Sheet summary = book.getSheet("dashboard.sheet.summary");
            assertThat(text(summary.getRow(0).getCell(1))).isEqualTo(cohortName);
            Sheet funnel = book.getSheet("dashboard.funnel");
            assertThat(text(funnel.getRow(1).getCell(0))).isEqualTo(courseTitle);
            assertThat(text(funnel.getRow(1).getCell(1))).isEqualTo(SUM);
            Sheet people = book.getSheet("dashboard.learners");
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= people.getLastRowNum(); r++) {
                names.add(text(people.getRow(r).getCell(0)));
            }
            assertThat(names).containsExactlyInAnyOrderElementsOf(learners.keySet());
        }
    }

    /** What the CSV must hold for text that starts like a formula: the text after an apostrophe. */
    static String neutralised(String text) {
        return SpreadsheetText.startsLikeAFormula(text) ? "'" + text : text;
    }

    static void assertNothingStartsLikeAFormula(List<CSVRecord> records) {
        for (CSVRecord record : records) {
            for (String cell : record) {
                if (!cell.matches("-?\\d+(\\.\\d+)?")) {
                    assertThat(SpreadsheetText.startsLikeAFormula(cell))
                            .as("line %d: %s", record.getRecordNumber(), cell)
                            .isFalse();
                }
            }
        }
    }

    /** Every cell is text or a number, and text that starts like a formula is marked to stay text. */
    static void assertNoFormula(XSSFWorkbook book) {
        for (Sheet sheet : book) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isIn(CellType.STRING, CellType.NUMERIC, CellType.BLANK);
                    if (cell.getCellType() == CellType.STRING
                            && SpreadsheetText.startsLikeAFormula(cell.getStringCellValue())) {
                        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
                    }
                }
            }
        }
    }

    static String text(Cell cell) {
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        return cell.getStringCellValue();
    }

    static List<CSVRecord> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text.substring(1)))
                .setFormat(CSVFormat.DEFAULT)
                .get()) {
            return parser.getRecords();
        }
    }

    static XSSFWorkbook xlsx(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static byte[] courseZip(String course, String title) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("course.yaml", """
                id: %s
                defaultLanguage: en
                title: {en: '%s'}
                description: {en: A course whose title a spreadsheet would run.}
                authors: [{name: A. Expert}]
                level: introductory
                estimatedHours: 1
                completion: {lessons: all, quizPassingScore: 70}
                modules: [01-intro]
                """.formatted(course, title.replace("'", "''")));
        files.put("01-intro/module.yaml", "title: {en: '" + SUM + "'}\nlessons: [01-one, 02-two]\n");
        files.put("01-intro/01-one.en.md", "---\ntitle: One\nminutes: 5\n---\nText.\n");
        files.put("01-intro/02-two.en.md", "---\ntitle: Two\nminutes: 5\n---\nText.\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(course + "/" + file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
