package org.passerelle.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.passerelle.shared.Language;

/** Spreadsheets as organisers save them: separators, quoting, headings in their language, a BOM or not. */
class EnrolmentSheetTest {

    @Test
    void readsSemicolonsQuotesAndFrenchHeadingsInAnyOrder() {
        EnrolmentSheet.Reading reading = EnrolmentSheet.read(bytes("""
                Langue ; Nom de famille ; Prénom ; Courriel ; Identifiant
                fr;"Diop; née Fall";Awa;awa@gouv.sn;

                ;;;;
                en;Otieno;John;john@gov.ke;jotieno
                """));
        assertThat(reading.problem()).isNull();
        assertThat(reading.lines())
                .containsExactly(
                        new EnrolmentSheet.Line(2, "awa@gouv.sn", "Awa", "Diop; née Fall", "fr", ""),
                        new EnrolmentSheet.Line(5, "john@gov.ke", "John", "Otieno", "en", "jotieno"));
    }

    @Test
    void namesThatStartLikeASpreadsheetFormulaAreReadAsTyped() {
        // Only exports neutralise such text; a person may well be called "-Ann" in the file they were given.
        EnrolmentSheet.Reading reading = EnrolmentSheet.read(bytes("""
                email,given name,family name
                ann@gouv.sn,-Ann,Diop
                x@gouv.sn,"=HYPERLINK(""http://x"",""y"")",+cmd|' /C calc'!A0
                y@gouv.sn,@SUM(1+1),-2+3
                """));
        assertThat(reading.problem()).isNull();
        assertThat(reading.lines())
                .extracting(EnrolmentSheet.Line::givenName, EnrolmentSheet.Line::familyName)
                .containsExactly(
                        Tuple.tuple("-Ann", "Diop"),
                        Tuple.tuple("=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0"),
                        Tuple.tuple("@SUM(1+1)", "-2+3"));
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsChangeNothing() {
        byte[] text = "email,given name\r\na@b.sn,Awa\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertThat(EnrolmentSheet.read(withBom).lines())
                .containsExactly(new EnrolmentSheet.Line(2, "a@b.sn", "Awa", "", "", ""));
    }

    @Test
    void languagesAreUnderstoodByCodeTagOrNameInAnyOfTheSix() {
        assertThat(Language.understood("FR")).contains(Language.FR);
        assertThat(Language.understood("fr-SN")).contains(Language.FR);
        assertThat(Language.understood("Français")).contains(Language.FR);
        assertThat(Language.understood("Francés")).contains(Language.FR);
        assertThat(Language.understood("العربية")).contains(Language.AR);
        assertThat(Language.understood("русский")).contains(Language.RU);
        assertThat(Language.understood("Chinese")).contains(Language.ZH);
        assertThat(Language.understood("Wolof")).isEmpty();
        assertThat(Language.understood("de")).isEmpty();
    }

    @Test
    void usernamesComeFromTheEmailAndAreNumberedPastThoseTaken() {
        List<String> usernames = new ArrayList<>(Arrays.asList(null, null, "awa.diop", null, null));
        List<String> emails = List.of("Awa.Diop@gouv.sn", "awa.diop@other.sn", "x@y.sn", "é@gouv.sn", "ndiaye@gouv.sn");
        Set<String> inDatabase = Set.of("ndiaye", "ndiaye2");
        UsernameChoice.fill(
                usernames,
                emails.stream().map(e -> e.toLowerCase()).toList(),
                Set.of(),
                asked -> asked.stream().filter(inDatabase::contains).collect(Collectors.toSet()));
        assertThat(usernames).containsExactly("awa.diop2", "awa.diop3", "awa.diop", "learner", "ndiaye3");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
