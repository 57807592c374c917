package org.passerelle.cohorts;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the spreadsheet an organiser uploads to enrol a delegation: UTF-8 with or without a byte-order
 * mark, comma- or semicolon-separated, a header row naming the columns (email, given name, family name,
 * language, and optionally username) in English, French, Spanish or Russian spelling.
 */
final class EnrolmentSheet {

    /** More rows than any delegation: a file this long is a mistake, refused before it costs anything. */
    static final int MAX_ROWS = 50_000;

    enum Column {
        EMAIL,
        GIVEN_NAME,
        FAMILY_NAME,
        LANGUAGE,
        USERNAME
    }

    /** One data row as typed; {@code line} is the line in the file (the header is line 1). */
    record Line(int line, String email, String givenName, String familyName, String language, String username) {}

    /** What was read: the rows, or the one problem that makes the file unreadable (a message key). */
    record Reading(List<Line> lines, String problem, int problemLine) {

        static Reading refused(String problem, int line) {
            return new Reading(List.of(), problem, line);
        }
    }

    private static final Map<String, Column> HEADINGS = new HashMap<>();

    static {
        heading(
                Column.EMAIL,
                "email",
                "e-mail",
                "mail",
                "courriel",
                "adresse e-mail",
                "correo",
                "correo electrónico",
                "электронная почта",
                "почта");
        heading(Column.GIVEN_NAME, "given name", "first name", "forename", "prénom", "prenom", "nombre", "имя");
        heading(
                Column.FAMILY_NAME,
                "family name",
                "last name",
                "surname",
                "nom",
                "nom de famille",
                "apellido",
                "apellidos",
                "фамилия");
        heading(Column.LANGUAGE, "language", "preferred language", "langue", "langue préférée", "idioma", "язык");
        heading(
                Column.USERNAME,
                "username",
                "user name",
                "login",
                "identifiant",
                "nom d’utilisateur",
                "nombre de usuario",
                "usuario",
                "логин",
                "имя пользователя");
    }

    private EnrolmentSheet() {}

    static Reading read(byte[] bytes) {
        String text;
        try {
            int skip = bytes.length >= 3
                            && (bytes[0] & 0xFF) == 0xEF
                            && (bytes[1] & 0xFF) == 0xBB
                            && (bytes[2] & 0xFF) == 0xBF
                    ? 3
                    : 0;
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            return Reading.refused("bulk.file.not-utf8", 0);
        }
        if (text.isBlank()) {
            return Reading.refused("bulk.file.empty", 0);
        }
        String firstLine =
                text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        List<Line> lines = new ArrayList<>();
        Map<Column, Integer> columns = null;
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(format)
                .get()) {
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = columns(record);
                    if (!columns.containsKey(Column.EMAIL)) {
                        return Reading.refused("bulk.file.no-email-column", 1);
                    }
                    if (!columns.containsKey(Column.GIVEN_NAME) && !columns.containsKey(Column.FAMILY_NAME)) {
                        return Reading.refused("bulk.file.no-name-column", 1);
                    }
                    continue;
                }
                if (blank(record)) {
                    continue;
                }
                if (lines.size() == MAX_ROWS) {
                    return Reading.refused("bulk.file.too-many-rows", (int) parser.getCurrentLineNumber());
                }
                lines.add(new Line(
                        (int) parser.getCurrentLineNumber(),
                        cell(record, columns, Column.EMAIL),
                        cell(record, columns, Column.GIVEN_NAME),
                        cell(record, columns, Column.FAMILY_NAME),
                        cell(record, columns, Column.LANGUAGE),
                        cell(record, columns, Column.USERNAME)));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // An unterminated quote and the like: commons-csv says where it stopped.
            return Reading.refused("bulk.file.malformed", lines.size() + 2);
        }
        if (lines.isEmpty()) {
            return Reading.refused("bulk.file.no-rows", 0);
        }
        return new Reading(List.copyOf(lines), null, 0);
    }

    private static Map<Column, Integer> columns(CSVRecord header) {
        Map<Column, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            Column column = HEADINGS.get(normalise(header.get(i)));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        return columns;
    }

    private static String cell(CSVRecord record, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null || index >= record.size() ? "" : record.get(index).strip();
    }

    private static boolean blank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static void heading(Column column, String... names) {
        for (String name : names) {
            HEADINGS.put(normalise(name), column);
        }
    }

    private static String normalise(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replace('\'', '’').replaceAll("[\\s_.-]+", " ");
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }
}
