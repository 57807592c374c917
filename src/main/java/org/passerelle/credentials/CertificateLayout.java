package org.passerelle.credentials;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfGState;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.passerelle.credentials.ShapedText.Line;
import org.passerelle.shared.Countries;
import org.passerelle.shared.Language;
import org.springframework.stereotype.Component;

/**
 * Draws the certificate of a completion record: one A4 landscape page, sober and printable, in the holder's
 * language, with the verification address in words and as a QR code. A revoked record's certificate says so
 * across the page.
 */
@Component
class CertificateLayout {

    private static final Color INK = new Color(0x1f, 0x2a, 0x37);
    private static final Color QUIET = new Color(0x4b, 0x55, 0x63);
    private static final Color RULE = new Color(0x1f, 0x4e, 0x79);
    private static final Color REVOKED = new Color(0xb4, 0x23, 0x18);
    private static final float MARGIN = 36;

    private final CertificateFonts fonts;

    CertificateLayout(CertificateFonts fonts) {
        this.fonts = fonts;
    }

    byte[] draw(Record record, Language language, String verificationAddress) {
        CertificateTexts texts = new CertificateTexts(language);
        Locale locale = language.locale();
        ShapedText shaped = new ShapedText(fonts.forLanguage(language), language.rightToLeft(), locale);
        Rectangle page = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Document document = new Document(page, 0, 0, 0, 0)) {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.setGlyphLayoutManager(shaped);
            document.addTitle(texts.get("certificate.title") + " — " + record.holderName());
            document.addAuthor(record.issuer());
            document.addCreator(record.issuer());
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.code()));
            document.open();
            PdfContentByte canvas = writer.getDirectContent();
            frame(canvas, page);
            float middle = page.getWidth() / 2;
            float y = page.getHeight() - 92;
            write(canvas, shaped, QUIET, record.issuer(), 14, middle, y);
            write(canvas, shaped, RULE, texts.get("certificate.title"), 32, middle, y -= 52);
            write(canvas, shaped, QUIET, texts.get("certificate.certifies"), 13, middle, y -= 44);
            write(canvas, shaped, INK, record.holderName(), 28, middle, y -= 42);
            write(canvas, shaped, QUIET, texts.get("certificate.completed"), 13, middle, y -= 36);
            for (String line : shaped.wrap(record.courseTitle(), 20, page.getWidth() - 260)) {
                write(canvas, shaped, INK, line, 20, middle, y -= 30);
            }
            write(
                    canvas,
                    shaped,
                    QUIET,
                    texts.get("certificate.version", String.valueOf(record.courseVersion())),
                    12,
                    middle,
                    y -= 22);
            write(canvas, shaped, INK, facts(record, texts, locale), 12, middle, y -= 32);
            write(
                    canvas,
                    shaped,
                    INK,
                    texts.get("certificate.completed-on", day(record.completedAt(), locale)),
                    12,
                    middle,
                    y -= 20);
            verification(canvas, shaped, texts, page, record, verificationAddress, language.rightToLeft(), locale);
            if (record.revoked()) {
                revoked(canvas, shaped, texts, page, record, locale);
            }
        }
        return out.toByteArray();
    }

    private static String facts(Record record, CertificateTexts texts, Locale locale) {
        List<String> facts = new ArrayList<>();
        if (record.cohortName() != null && !record.cohortName().isBlank()) {
            facts.add(texts.get("certificate.cohort", record.cohortName()));
        }
        if (record.country() != null && !record.country().isBlank()) {
            facts.add(texts.get("certificate.country", Countries.name(record.country(), locale)));
        }
        if (record.score() != null) {
            NumberFormat percent = NumberFormat.getPercentInstance(locale);
            percent.setMaximumFractionDigits(1);
            facts.add(texts.get(
                    "certificate.score",
                    percent.format(record.score().divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP))));
        }
        return String.join("   ·   ", facts);
    }

    /** The QR code in the bottom corner on the side lines start from, the address and record id beside it. */
    private static void verification(
            PdfContentByte canvas,
            ShapedText shaped,
            CertificateTexts texts,
            Rectangle page,
            Record record,
            String address,
            boolean rightToLeft,
            Locale locale) {
        float side = 96;
        float bottom = MARGIN + 26;
        float qrX = rightToLeft ? page.getWidth() - MARGIN - 26 - side : MARGIN + 26;
        QrCode.draw(canvas, address, qrX, bottom, side);
        List<String> lines =
                List.of(texts.get("certificate.verify"), address, texts.get("certificate.record", record.id()));
        float[] sizes = {10, 9, 9};
        float y = bottom + side - 14;
        for (int i = 0; i < lines.size(); i++) {
            Line line = shaped.line(lines.get(i), sizes[i]);
            float x = rightToLeft ? qrX - 14 - line.width() : qrX + side + 14;
            canvas.setColorFill(i == 1 ? RULE : QUIET);
            shaped.draw(canvas, line, x, y);
            y -= 16;
        }
        Line issued = shaped.line(texts.get("certificate.issued", record.issuer(), day(record.issuedAt(), locale)), 10);
        float x = rightToLeft ? MARGIN + 26 : page.getWidth() - MARGIN - 26 - issued.width();
        canvas.setColorFill(QUIET);
        shaped.draw(canvas, issued, x, bottom + 4);
    }

    private static void revoked(
            PdfContentByte canvas,
            ShapedText shaped,
            CertificateTexts texts,
            Rectangle page,
            Record record,
            Locale locale) {
        canvas.saveState();
        canvas.setColorFill(REVOKED);
        PdfGState seeThrough = new PdfGState();
        seeThrough.setFillOpacity(0.75f);
        canvas.setGState(seeThrough);
        Line mark = shaped.line(texts.get("certificate.revoked-mark"), 72);
        double angle = Math.toRadians(24);
        float cos = (float) Math.cos(angle);
        float sin = (float) Math.sin(angle);
        canvas.concatCTM(cos, sin, -sin, cos, page.getWidth() / 2, page.getHeight() / 2);
        shaped.draw(canvas, mark, -mark.width() / 2, -24);
        canvas.restoreState();
        write(
                canvas,
                shaped,
                REVOKED,
                texts.get("certificate.revoked", day(record.revokedAt(), locale), record.revocationReason()),
                11,
                page.getWidth() / 2,
                page.getHeight() - MARGIN - 22);
    }

    private static void frame(PdfContentByte canvas, Rectangle page) {
        canvas.saveState();
        canvas.setColorStroke(RULE);
        canvas.setLineWidth(2.5f);
        canvas.rectangle(MARGIN, MARGIN, page.getWidth() - 2 * MARGIN, page.getHeight() - 2 * MARGIN);
        canvas.stroke();
        canvas.setLineWidth(0.6f);
        float inset = MARGIN + 6;
        canvas.rectangle(inset, inset, page.getWidth() - 2 * inset, page.getHeight() - 2 * inset);
        canvas.stroke();
        canvas.restoreState();
    }

    private static void write(
            PdfContentByte canvas, ShapedText shaped, Color color, String text, float size, float x, float y) {
        canvas.setColorFill(color);
        shaped.centred(canvas, text, size, x, y);
    }

    private static String day(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(instant.atZone(ZoneOffset.UTC));
    }
}
