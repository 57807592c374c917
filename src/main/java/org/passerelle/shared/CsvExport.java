package org.passerelle.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * A CSV file for people to open in a spreadsheet program, the only way Passerelle writes CSV: UTF-8 with a
 * byte-order mark (so that every script reads right), one row at a time.
 *
 * <p>Which cells are text: a cell given as a {@link Number} is written as a number (a count, a percentage, a
 * score; negative ones too). Every other cell is text: it goes through {@link SpreadsheetText#forCsv}, so text
 * that starts like a formula gets an apostrophe in front, and it is always quoted, so that a semicolon inside a
 * name cannot start a new cell in a spreadsheet set to French, Spanish or Russian, where the list separator is
 * {@code ;}. A number that must be read as a number is therefore passed as a number, never as text.
 */
public final class CsvExport {

    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.NON_NUMERIC).get();

    private final StringBuilder out = new StringBuilder().append('\uFEFF');
    private final CSVPrinter printer;

    public CsvExport() {
        try {
            printer = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CsvExport row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    /** Adds a row; {@code null} is an empty cell. */
    public CsvExport row(List<?> cells) {
        List<Object> written = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            written.add(cell(cell));
        }
        try {
            printer.printRecord(written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The file so far, in UTF-8. */
    public byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            // 85.5 rather than 85.50, and 100 rather than 1E+2 (what toString gives a stripped 100).
            BigDecimal stripped = decimal.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
        if (value instanceof Number number) {
            return number;
        }
        return SpreadsheetText.forCsv(value.toString());
    }
}
