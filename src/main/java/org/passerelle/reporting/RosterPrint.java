package org.passerelle.reporting;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.passerelle.shared.Countries;
import org.passerelle.shared.Language;
import org.passerelle.shared.pdf.PdfFonts;
import org.passerelle.shared.pdf.ShapedText;
import org.springframework.stereotype.Component;

/**
 * A roster as a printable list: A4 pages with the cohort's name, the date, and one row per member and course
 * (learner, course, progress, completion date, record), in the reader's language and writing direction;
 * names in any script keep their own glyphs.
 */
@Component
public class RosterPrint {

    private static final Rectangle PAGE = PageSize.A4;
    private static final float MARGIN = 40;
    private static final float SIZE = 9;
    private static final float LEADING = 12;
    private static final Color INK = new Color(0x1f, 0x2a, 0x37);
    private static final Color RULE = new Color(0xc8, 0xcd, 0xd3);
    /** The printed columns (indexes of {@link RosterTexts#headings()}) and their share of the width. */
    private static final int[] COLUMNS = {0, 3, 4, 6, 8};

    private static final float[] SHARES = {0.24f, 0.26f, 0.09f, 0.13f, 0.28f};

    private final PdfFonts fonts;

    RosterPrint(PdfFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] pdf(Roster roster, RosterTexts texts, Language language) {
        ShapedText shaped = new ShapedText(fonts.forLanguage(language), language.rightToLeft(), language.locale());
        DateTimeFormatter day =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale());
        NumberFormat percent = NumberFormat.getPercentInstance(language.locale());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Document document = new Document(PAGE, 0, 0, 0, 0)) {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.setGlyphLayoutManager(shaped);
            document.addTitle(texts.title() + " — " + roster.cohortName());
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.code()));
            document.open();
            Page page = new Page(writer.getDirectContent(), shaped, language.rightToLeft());
            float y = page.heading(roster, texts, language, day);
            y = page.row(headings(texts), y, true);
            for (RosterLine line : roster.lines()) {
                List<String> cells = List.of(
                        line.name(),
                        line.courseTitle(),
                        line.enrolled() ? percent.format(line.percent() / 100.0) : texts.notEnrolled(),
                        line.completedAt() == null
                                ? ""
                                : day.format(line.completedAt().atZone(ZoneOffset.UTC)),
                        line.recordId() == null
                                ? ""
                                : line.recordId() + (line.recordRevoked() ? " (" + texts.revoked() + ")" : ""));
                if (y - page.height(cells) < MARGIN) {
                    document.newPage();
                    page = new Page(writer.getDirectContent(), shaped, language.rightToLeft());
                    y = page.row(headings(texts), PAGE.getHeight() - MARGIN, true);
                }
                y = page.row(cells, y, false);
            }
        }
        return out.toByteArray();
    }

    private static List<String> headings(RosterTexts texts) {
        List<String> headings = new ArrayList<>();
        for (int column : COLUMNS) {
            headings.add(texts.headings().get(column));
        }
        return headings;
    }

    /** One page's drawing: columns laid from the reading side. */
    private record Page(PdfContentByte canvas, ShapedText shaped, boolean rightToLeft) {

        float heading(Roster roster, RosterTexts texts, Language language, DateTimeFormatter day) {
            float y = PAGE.getHeight() - MARGIN - 14;
            write(texts.title() + " — " + roster.cohortName(), 14, y);
            y -= 20;
            write(
                    Countries.name(roster.country(), language.locale()) + " · "
                            + day.format(roster.startsOn()) + " – " + day.format(roster.endsOn()) + " · "
                            + day.format(roster.asOf().atZone(ZoneOffset.UTC)),
                    10,
                    y);
            return y - 24;
        }

        float height(List<String> cells) {
            int lines = 1;
            for (int i = 0; i < cells.size(); i++) {
                lines = Math.max(
                        lines, shaped.wrap(cells.get(i), SIZE, width(i) - 6).size());
            }
            return lines * LEADING + 6;
        }

        float row(List<String> cells, float top, boolean heading) {
            float height = height(cells);
            for (int i = 0; i < cells.size(); i++) {
                float y = top - LEADING + 2;
                for (String text : shaped.wrap(cells.get(i), SIZE, width(i) - 6)) {
                    ShapedText.Line line = shaped.line(text, heading ? SIZE + 0.5f : SIZE);
                    float x = rightToLeft ? left(i) + width(i) - 3 - line.width() : left(i) + 3;
                    canvas.setColorFill(INK);
                    shaped.draw(canvas, line, x, y);
                    y -= LEADING;
                }
            }
            canvas.setColorStroke(heading ? INK : RULE);
            canvas.setLineWidth(heading ? 0.8f : 0.4f);
            canvas.moveTo(MARGIN, top - height);
            canvas.lineTo(PAGE.getWidth() - MARGIN, top - height);
            canvas.stroke();
            return top - height;
        }

        private void write(String text, float size, float y) {
            ShapedText.Line line = shaped.line(text, size);
            float x = rightToLeft ? PAGE.getWidth() - MARGIN - line.width() : MARGIN;
            canvas.setColorFill(INK);
            shaped.draw(canvas, line, x, y);
        }

        private static float width(int column) {
            return (PAGE.getWidth() - 2 * MARGIN) * SHARES[column];
        }

        /** The left edge of a column: from the left in a left-to-right language, from the right otherwise. */
        private float left(int column) {
            float before = 0;
            for (int i = 0; i < column; i++) {
                before += width(i);
            }
            return rightToLeft ? PAGE.getWidth() - MARGIN - before - width(column) : MARGIN + before;
        }
    }
}
