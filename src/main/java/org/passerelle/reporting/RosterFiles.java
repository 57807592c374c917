package org.passerelle.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A roster as files for spreadsheets: CSV (UTF-8 with a byte-order mark, so that spreadsheet programs read
 * every script right) and XLSX (real dates and numbers, a frozen heading row). Dates are UTC days.
 */
public final class RosterFiles {

    private RosterFiles() {}

    public static byte[] csv(Roster roster, RosterTexts texts) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(texts.headings());
            for (RosterLine line : roster.lines()) {
                List<Object> cells = new ArrayList<>();
                cells.add(line.name());
                cells.add(line.username());
                cells.add(line.email());
                cells.add(line.courseTitle());
                cells.add(line.enrolled() ? line.percent() : texts.notEnrolled());
                cells.add(day(line.lastActivityAt()));
                cells.add(day(line.completedAt()));
                cells.add(score(line.score()));
                cells.add(line.recordId() == null ? "" : line.recordId());
                cells.add(recordState(line, texts));
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
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
                row.createCell(0).setCellValue(line.name());
                row.createCell(1).setCellValue(line.username());
                row.createCell(2).setCellValue(line.email());
                row.createCell(3).setCellValue(line.courseTitle());
                if (line.enrolled()) {
                    row.createCell(4).setCellValue(line.percent());
                } else {
                    row.createCell(4).setCellValue(texts.notEnrolled());
                }
                dateCell(row, 5, line.lastActivityAt(), date);
                dateCell(row, 6, line.completedAt(), date);
                if (line.score() != null) {
                    row.createCell(7).setCellValue(line.score().doubleValue());
                }
                if (line.recordId() != null) {
                    row.createCell(8).setCellValue(line.recordId());
                }
                row.createCell(9).setCellValue(recordState(line, texts));
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

    static String score(BigDecimal score) {
        return score == null ? "" : score.stripTrailingZeros().toPlainString();
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
