package org.passerelle.shared;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellUtil;

/**
 * Text that people typed (names, e-mail addresses, cohort and course titles) on its way into a file that a
 * spreadsheet program opens. A cell whose text starts with {@code = + - @}, a tab, a carriage return or a NUL is
 * read by Excel and LibreOffice as a formula, which can reach the network or run a program on the reader's
 * computer (OWASP "CSV Injection"; ASVS 1.2.10). Such text is neutralised here, and only text is: numbers are
 * written as numbers by the callers, so a negative score stays a number.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {}

    /** Whether a spreadsheet program would read this text as the start of a formula. */
    public static boolean startsLikeAFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\0' -> true;
            default -> false;
        };
    }

    /**
     * The text for a CSV cell: with an apostrophe in front when it starts like a formula (OWASP's rule), so the
     * spreadsheet shows it as text; otherwise unchanged. Quoting is the CSV printer's job.
     */
    public static String forCsv(String text) {
        if (text == null) {
            return "";
        }
        return startsLikeAFormula(text) ? "'" + text : text;
    }

    /**
     * Writes text into a new XLSX cell of the row: always a string cell with the text unchanged (never a formula),
     * and marked "quote-prefixed" when it starts like a formula, so that editing the cell in Excel keeps it text.
     */
    public static Cell inXlsx(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text == null ? "" : text);
        if (startsLikeAFormula(text)) {
            // CellUtil reuses a workbook style with the same properties, so the workbook does not grow a style per
            // cell.
            CellUtil.setCellStyleProperty(cell, CellUtil.QUOTE_PREFIXED, true);
        }
        return cell;
    }
}
