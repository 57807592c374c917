package org.passerelle.cohorts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.PasserelleTest;
import org.passerelle.SignedIn;
import org.passerelle.cohorts.BulkEnrolment;
import org.passerelle.cohorts.CohortAdministration;
import org.passerelle.cohorts.CohortForm;
import org.passerelle.cohorts.EnrolmentDone;
import org.passerelle.cohorts.EnrolmentPreview;
import org.passerelle.identity.ActivationCode;
import org.passerelle.identity.UserAdministration;
import org.passerelle.shared.SpreadsheetText;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * People enrolled from a file whose names start like spreadsheet formulas keep those names, and the activation
 * list handed out afterwards carries them as text.
 */
@PasserelleTest
class ActivationListIntegrationTest {

    static final List<String> HEADING = List.of("Email", "Name", "Username", "Code", "Link", "Expires");

    @Autowired
    BulkEnrolment bulk;

    @Autowired
    CohortAdministration cohorts;

    @Autowired
    UserAdministration people;

    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void namesTypedLikeFormulasAreKeptAndTheActivationListCarriesThemAsText() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        signedIn.as("admin");
        LocalDate start = LocalDate.of(2027, 3, 1);
        long cohort = cohorts.save(new CohortForm(
                        null,
                        0,
                        "@SUM(1+1) " + tag,
                        "SN",
                        start,
                        start.plusDays(60),
                        Set.of("ai-public-policy"),
                        Set.of()))
                .id();
        byte[] file = """
                email,given name,family name,language
                -ann.%1$s@gouv.sn,-Ann,Diop,fr
                "=hyperlink(""http://x"",""y"").%1$s@gouv.sn","=HYPERLINK(""http://x"",""y"")",Fall,fr
                +cmd.%1$s@gouv.sn,+cmd|' /C calc'!A0,Sow,fr
                at.%1$s@gouv.sn,@SUM(1+1),-2+3,fr
                """.formatted(tag).getBytes(StandardCharsets.UTF_8);

        EnrolmentPreview preview = bulk.preview(cohort, file, BulkEnrolment.Progress.NONE);
        assertThat(preview.ready()).as("such names are valid input").isTrue();
        EnrolmentDone done = bulk.enrol(cohort, file, BulkEnrolment.Progress.NONE);
        List<String> names =
                List.of("-Ann Diop", "=HYPERLINK(\"http://x\",\"y\") Fall", "+cmd|' /C calc'!A0 Sow", "@SUM(1+1) -2+3");
        assertThat(done.created()).extracting(ActivationCode::displayName).containsExactlyElementsOf(names);
        assertThat(people.find("-ann." + tag + "@gouv.sn").orElseThrow().displayName())
                .isEqualTo("-Ann Diop");

        String text = new String(
                ActivationList.csv(done.created(), HEADING, code -> "https://passerelle.example/activate/" + code),
                StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text.substring(1)))
                .setFormat(CSVFormat.DEFAULT)
                .get()) {
            records = parser.getRecords();
        }
        assertThat(records.getFirst().values()).containsExactlyElementsOf(HEADING);
        assertThat(records.subList(1, records.size()))
                .extracting(r -> r.get(1))
                .containsExactlyElementsOf(
                        names.stream().map(name -> "'" + name).toList());
        assertThat(records.get(1).get(0)).isEqualTo("'-ann." + tag + "@gouv.sn");
        assertThat(records.get(2).get(0)).isEqualTo("'=hyperlink(\"http://x\",\"y\")." + tag + "@gouv.sn");
        for (CSVRecord record : records) {
            for (String cell : record) {
                assertThat(SpreadsheetText.startsLikeAFormula(cell)).as(cell).isFalse();
            }
        }
    }
}
