package org.passerelle.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text that people typed never reaches a spreadsheet as a formula; numbers stay numbers. */
class CsvExportTest {

    /** The probe's payloads, and a tab and a carriage return in front of text. */
    static final List<String> PAYLOADS =
            List.of("=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "\tx", "\r=1+1");

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "\tx", "\rx"})
    void textThatStartsLikeAFormulaGetsAnApostropheInFront(String text) {
        assertThat(SpreadsheetText.startsLikeAFormula(text)).isTrue();
        assertThat(SpreadsheetText.forCsv(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Awa Diop", "awa.diop@gouv.sn", "Вера", "王芳", "عائشة", "1 + 1 = 2", "'quoted", " =spaced"})
    void ordinaryTextIsLeftAsTyped(String text) {
        assertThat(SpreadsheetText.startsLikeAFormula(text)).isFalse();
        assertThat(SpreadsheetText.forCsv(text)).isEqualTo(text);
    }

    @Test
    void emptyAndMissingTextAreEmptyCells() {
        assertThat(SpreadsheetText.forCsv("")).isEmpty();
        assertThat(SpreadsheetText.forCsv(null)).isEmpty();
    }

    @Test
    void aCsvFileNeutralisesEveryTextCellAndKeepsNumbersAsNumbers() throws IOException {
        CsvExport csv = new CsvExport().row("Name", "Score", "Count");
        for (String payload : PAYLOADS) {
            csv.row(payload, new BigDecimal("-2.50"), -3);
        }
        csv.row("Awa; =1+1", new BigDecimal("100.00"), 0);
        csv.row("", null, 7L);
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records = parse(text.substring(1));
        assertThat(records).hasSize(PAYLOADS.size() + 3);
        for (int i = 0; i < PAYLOADS.size(); i++) {
            CSVRecord record = records.get(i + 1);
            assertThat(record.get(0)).isEqualTo("'" + PAYLOADS.get(i));
            assertThat(record.get(1)).isEqualTo("-2.5");
            assertThat(record.get(2)).isEqualTo("-3");
        }
        assertThat(records.get(PAYLOADS.size() + 1).values()).containsExactly("Awa; =1+1", "100", "0");
        assertThat(records.getLast().values()).containsExactly("", "", "7");
        // Text is always quoted, numbers never: a semicolon inside a name cannot open a cell in a spreadsheet
        // whose list separator is ';' (French, Spanish, Russian settings), and numbers are read as numbers.
        assertThat(text).contains("\r\n\"Awa; =1+1\",100,0\r\n", "\r\n\"'@SUM(1+1)\",-2.5,-3\r\n");
    }

    @Test
    void anXlsxCellOfTextIsAStringCellWithTheTextUnchanged() throws IOException {
        byte[] file;
        try (SXSSFWorkbook book = new SXSSFWorkbook()) {
            var sheet = book.createSheet("s");
            for (int i = 0; i < PAYLOADS.size(); i++) {
                Row row = sheet.createRow(i);
                SpreadsheetText.inXlsx(row, 0, PAYLOADS.get(i));
                SpreadsheetText.inXlsx(row, 1, "Awa Diop");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            file = out.toByteArray();
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var sheet = book.getSheetAt(0);
            for (int i = 0; i < PAYLOADS.size(); i++) {
                Cell cell = sheet.getRow(i).getCell(0);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(PAYLOADS.get(i));
                assertThat(cell.getCellStyle().getQuotePrefixed())
                        .as("Excel keeps it text when someone edits it")
                        .isTrue();
                Cell ordinary = sheet.getRow(i).getCell(1);
                assertThat(ordinary.getCellType()).isEqualTo(CellType.STRING);
                assertThat(ordinary.getCellStyle().getQuotePrefixed()).isFalse();
            }
            assertThat(book.getNumCellStyles())
                    .as("one style for all such cells")
                    .isEqualTo(2);
        }
    }

    static List<CSVRecord> parse(String text) throws IOException {
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(CSVFormat.DEFAULT)
                .get()) {
            return parser.getRecords();
        }
    }
}
