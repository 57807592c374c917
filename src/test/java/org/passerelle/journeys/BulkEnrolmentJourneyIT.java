package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * An organiser enrols a Senegalese delegation from a spreadsheet: the preview catches the bad row, the
 * corrected file enrols all five, and one of them activates their account with the code handed out.
 */
class BulkEnrolmentJourneyIT extends BrowserJourney {

    @Test
    void fiveOfficialsFromAFileWithOneBadRowThenFixed() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        long cohort = senegalCohort("Dakar " + tag);
        String rows = """
                email;prénom;nom;langue
                awa.%1$s@gouv.sn;Awa;Diop;fr
                moussa.%1$s@gouv;Moussa;Fall;fr
                fatou.%1$s@gouv.sn;Fatou;Sow;français
                ibrahima.%1$s@gouv.sn;Ibrahima;Ndiaye;en
                aminata.%1$s@gouv.sn;Aminata;Ba;ar
                """;
        Path bad = Files.writeString(Path.of("target", "senegal-" + tag + ".csv"), rows.formatted(tag));

        signInAndWaitForHome("admin", DEMO_PASSWORD);
        BulkEnrolmentPage page = new BulkEnrolmentPage(this).open(cohort);
        page.upload(bad);
        assertThat(page.summary()).isEqualTo("5 rows: 4 new accounts, 0 existing accounts, 1 row with problems.");
        assertThat(page.canEnrol()).isFalse();
        page.previewShown();
        assertThat(pageText()).contains("moussa." + tag + "@gouv").contains("The email address is not valid.");
        saveScreenshot("bulk-enrolment-preview");

        Path fixed = Files.writeString(
                Path.of("target", "senegal-" + tag + "-fixed.csv"),
                rows.formatted(tag).replace("@gouv;", "@gouv.sn;"));
        page.upload(fixed);
        page.waitUntilEnrolAllowed();
        assertThat(page.summary()).isEqualTo("5 rows: 5 new accounts, 0 existing accounts, 0 rows with problems.");
        assertThat(page.enrol())
                .isEqualTo("5 people are now enrolled in Dakar " + tag + ": 5 new accounts, 0 existing accounts.");
        String codes = page.codes();
        saveScreenshot("bulk-enrolment-done");

        // The list handed out: one line per new account with its code and link.
        List<CSVRecord> list = download(codes);
        assertThat(list).hasSize(6);
        CSVRecord awa = list.stream()
                .filter(line -> line.get(0).startsWith("awa."))
                .findFirst()
                .orElseThrow();
        String link = awa.get(4);
        assertThat(link).contains("/activate/");

        // Awa activates her account with her link and signs in.
        driver.manage().deleteAllCookies();
        driver.get(url(URI.create(link).getPath()));
        ActivatePage activation = new ActivatePage(this).shown();
        until(d -> activation.account().contains("awa." + tag));
        activation.choosePassword("ma phrase de passe secrète");
        signInAndWaitForHome("awa." + tag, "ma phrase de passe secrète");
        new MyLearningPage(this).openInProgress();
        assertThat(pageText()).contains("L’IA au service des politiques publiques");
    }

    private List<CSVRecord> download(String href) throws Exception {
        String text = new String(downloadWithSession(href), StandardCharsets.UTF_8).replace("\uFEFF", "");
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(CSVFormat.DEFAULT)
                .get()) {
            return parser.getRecords();
        }
    }
}
