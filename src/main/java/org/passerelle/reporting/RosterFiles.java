package org.passerelle.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.passerelle.shared.CsvExport;
import org.passerelle.shared.SpreadsheetText;

/**
 * A roster as files for spreadsheets: CSV ({@link CsvExport}) and XLSX (real dates and numbers, a frozen heading
 * row, people's and courses' text as text cells: {@link SpreadsheetText}). Dates are UTC days.
 */
public final class RosterFiles {

    private RosterFiles() {}

    public static byte[] csv(Roster roster, RosterTexts texts) {
        CsvExport csv = new CsvExport().row(texts.headings());
        for (RosterLine line : roster.lines()) {
            // Numbers as numbers (progress, score); names, e-mails, titles and the rest as text (CsvExport).
            csv.row(
                    line.name(),
                    line.username(),
                    line.email(),
                    line.courseTitle(),
                    line.enrolled() ? line.percent() : texts.notEnrolled(),
                    day(line.lastActivityAt()),
                    day(line.completedAt()),
                    line.score(),
                    line.recordId(),
                    recordState(line, texts));
        }
        return csv.bytes();
    }

    public static byte[] xlsx(Roster roster, RosterTexts texts) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(sheetName(roster.cohortName(), texts.title()));
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle heading = book.createCellStyle();
            heading.setFont(bold);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            Row top = sheet.createRow(0);
            for (int i = 0; i < texts.headings().size(); i++) {
                Cell cell = top.createCell(i);
                cell.setCellValue(texts.headings().get(i));
                cell.setCellStyle(heading);
            }
            sheet.createFreezePane(0, 1);
            int[] widths = {28, 18, 30, 40, 12, 14, 14, 10, 30, 12};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            int r = 1;
            for (RosterLine line : roster.lines()) {
                Row row = sheet.createRow(r++);
                SpreadsheetText.inXlsx(row, 0, line.name());
                SpreadsheetText.inXlsx(row, 1, line.username());
                SpreadsheetText.inXlsx(row, 2, line.email());
                SpreadsheetText.inXlsx(row, 3, line.courseTitle());
                if (line.enrolled()) {
                    row.createCell(4).setCellValue(line.percent());
                } else {
                    SpreadsheetText.inXlsx(row, 4, texts.notEnrolled());
                }
                dateCell(row, 5, line.lastActivityAt(), date);
                dateCell(row, 6, line.completedAt(), date);
                if (line.score() != null) {
                    row.createCell(7).setCellValue(line.score().doubleValue());
                }
                if (line.recordId() != null) {
                    SpreadsheetText.inXlsx(row, 8, line.recordId());
                }
                SpreadsheetText.inXlsx(row, 9, recordState(line, texts));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String recordState(RosterLine line, RosterTexts texts) {
        if (line.recordId() == null) {
            return "";
        }
        return line.recordRevoked() ? texts.revoked() : texts.valid();
    }

    static String day(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atOffset(ZoneOffset.UTC));
    }

    private static void dateCell(Row row, int column, Instant instant, CellStyle style) {
        if (instant != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toLocalDate());
            cell.setCellStyle(style);
        }
    }

    /** Sheet names: at most 31 characters, none of {@code : \ / ? * [ ]}. */
    private static String sheetName(String cohort, String otherwise) {
        String name = cohort.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        String chosen = name.isEmpty() ? otherwise : name;
        return chosen.substring(0, Math.min(31, chosen.length()));
    }
}
