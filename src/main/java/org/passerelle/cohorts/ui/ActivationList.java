package org.passerelle.cohorts.ui;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.passerelle.identity.ActivationCode;

/**
 * The list an organiser hands out after a bulk enrolment: each new account's username, one-time code and
 * activation link. CSV in UTF-8 with a byte-order mark, so that spreadsheet programs read the names right.
 */
final class ActivationList {

    private ActivationList() {}

    /**
     * @param heading the column headings, in the organiser's language
     * @param link the activation address of a code
     */
    static byte[] csv(List<ActivationCode> codes, List<String> heading, Function<String, String> link) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(heading);
            for (ActivationCode code : codes) {
                printer.printRecord(
                        code.email(),
                        code.displayName(),
                        code.username(),
                        grouped(code.code()),
                        link.apply(code.code()),
                        DateTimeFormatter.ISO_LOCAL_DATE.format(code.expiresAt().atOffset(ZoneOffset.UTC)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
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
