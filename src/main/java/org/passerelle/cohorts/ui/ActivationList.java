package org.passerelle.cohorts.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.passerelle.identity.ActivationCode;
import org.passerelle.shared.CsvExport;

/**
 * The list an organiser hands out after a bulk enrolment: each new account's username, one-time code and
 * activation link, as a {@link CsvExport}: every cell is text, and a name typed like a formula stays text.
 */
final class ActivationList {

    private ActivationList() {}

    /**
     * @param heading the column headings, in the organiser's language
     * @param link the activation address of a code
     */
    static byte[] csv(List<ActivationCode> codes, List<String> heading, Function<String, String> link) {
        CsvExport csv = new CsvExport().row(heading);
        for (ActivationCode code : codes) {
            csv.row(
                    code.email(),
                    code.displayName(),
                    code.username(),
                    grouped(code.code()),
                    link.apply(code.code()),
                    DateTimeFormatter.ISO_LOCAL_DATE.format(code.expiresAt().atOffset(ZoneOffset.UTC)));
        }
        return csv.bytes();
    }

    /** A code as people copy it from paper: four groups of five. */
    static String grouped(String code) {
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < code.length(); i += 5) {
            grouped.append(i == 0 ? "" : "-").append(code, i, Math.min(code.length(), i + 5));
        }
        return grouped.toString();
    }
}
