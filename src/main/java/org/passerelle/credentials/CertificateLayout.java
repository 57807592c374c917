package org.passerelle.credentials;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfGState;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.passerelle.shared.Language;
import org.passerelle.shared.pdf.PdfFonts;
import org.passerelle.shared.pdf.ShapedText;
import org.passerelle.shared.pdf.ShapedText.Line;
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
    private static final Rectangle PAGE = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float INSIDE = MARGIN + 26;
    private static final float MIDDLE = PAGE.getWidth() / 2;
    private static final float WIDEST = PAGE.getWidth() - 2 * INSIDE - 60;

    private final PdfFonts fonts;

    CertificateLayout(PdfFonts fonts) {
        this.fonts = fonts;
    }

    byte[] draw(RecordSummary record, Language language, String verificationAddress) {
        CertificateTexts texts = new CertificateTexts(language);
        ShapedText shaped = new ShapedText(fonts.forLanguage(language), language.rightToLeft(), language.locale());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Document document = new Document(PAGE, 0, 0, 0, 0)) {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.setGlyphLayoutManager(shaped);
            document.addTitle(texts.get("certificate.title") + " — " + record.holderName());
            document.addAuthor(record.issuer());
            document.addCreator(record.issuer());
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.code()));
            document.open();
            PdfContentByte canvas = writer.getDirectContent();
            frame(canvas);
            float y = PAGE.getHeight() - 92;
            y = centred(canvas, shaped, QUIET, record.issuer(), 14, y);
            y = centred(canvas, shaped, RULE, texts.get("certificate.title"), 32, y - 52);
            y = centred(canvas, shaped, QUIET, texts.get("certificate.certifies"), 13, y - 44);
            y = centred(canvas, shaped, INK, record.holderName(), 28, y - 42);
            y = centred(canvas, shaped, QUIET, texts.get("certificate.completed"), 13, y - 36);
            Title title = title(shaped, record.courseTitle());
            for (String line : title.lines()) {
                y = centred(canvas, shaped, INK, line, title.size(), y - title.size() * 1.5f);
            }
            String version = texts.get("certificate.version", String.valueOf(record.courseVersion()));
            y = centred(canvas, shaped, QUIET, version, 12, y - 22);
            y = centred(canvas, shaped, INK, texts.facts(record), 12, y - 32);
            String completed = texts.get("certificate.completed-on", texts.day(record.completedAt()));
            centred(canvas, shaped, INK, completed, 12, y - 20);
            verification(canvas, shaped, texts, record, verificationAddress, language.rightToLeft());
            if (record.revoked()) {
                revoked(canvas, shaped, texts, record);
            }
        }
        return out.toByteArray();
    }

    private record Title(List<String> lines, float size) {}

    /** The course title on one line if it fits, else on two (three at most) in a smaller size: never cut. */
    private static Title title(ShapedText shaped, String text) {
        float size = 20;
        List<String> lines = shaped.wrap(text, size, WIDEST);
        if (lines.size() > 1) {
            size = 16;
            lines = shaped.wrap(text, size, WIDEST);
        }
        while (lines.size() > 2 && size > 12) {
            size -= 1;
            lines = shaped.wrap(text, size, WIDEST);
        }
        return new Title(lines, size);
    }

    /** The QR code in the bottom corner on the side lines start from, the address and record id beside it. */
    private static void verification(
            PdfContentByte canvas,
            ShapedText shaped,
            CertificateTexts texts,
            RecordSummary record,
            String address,
            boolean rightToLeft) {
        float side = 96;
        float qrX = rightToLeft ? PAGE.getWidth() - INSIDE - side : INSIDE;
        QrCode.draw(canvas, address, qrX, INSIDE, side);
        List<String> lines =
                List.of(texts.get("certificate.verify"), address, texts.get("certificate.record", record.id()));
        float y = INSIDE + side - 14;
        for (int i = 0; i < lines.size(); i++) {
            Line line = shaped.line(lines.get(i), i == 0 ? 10 : 9);
            float x = rightToLeft ? qrX - 14 - line.width() : qrX + side + 14;
            canvas.setColorFill(i == 1 ? RULE : QUIET);
            shaped.draw(canvas, line, x, y);
            y -= 16;
        }
        String issued = texts.get("certificate.issued", record.issuer(), texts.day(record.issuedAt()));
        Line line = shaped.line(issued, 10);
        canvas.setColorFill(QUIET);
        shaped.draw(canvas, line, rightToLeft ? INSIDE : PAGE.getWidth() - INSIDE - line.width(), INSIDE + 4);
    }

    /** "Revoked" across the page, and the date and reason above everything else. */
    private static void revoked(
            PdfContentByte canvas, ShapedText shaped, CertificateTexts texts, RecordSummary record) {
        canvas.saveState();
        canvas.setColorFill(REVOKED);
        PdfGState seeThrough = new PdfGState();
        seeThrough.setFillOpacity(0.75f);
        canvas.setGState(seeThrough);
        Line mark = shaped.line(texts.get("certificate.revoked-mark"), 72);
        double angle = Math.toRadians(24);
        float cos = (float) Math.cos(angle);
        float sin = (float) Math.sin(angle);
        canvas.concatCTM(cos, sin, -sin, cos, MIDDLE, PAGE.getHeight() / 2);
        shaped.draw(canvas, mark, -mark.width() / 2, -24);
        canvas.restoreState();
        String why = texts.get("certificate.revoked", texts.day(record.revokedAt()), record.revocationReason());
        centred(canvas, shaped, REVOKED, why, 11, PAGE.getHeight() - MARGIN - 22);
    }

    private static void frame(PdfContentByte canvas) {
        canvas.saveState();
        canvas.setColorStroke(RULE);
        canvas.setLineWidth(2.5f);
        canvas.rectangle(MARGIN, MARGIN, PAGE.getWidth() - 2 * MARGIN, PAGE.getHeight() - 2 * MARGIN);
        canvas.stroke();
        canvas.setLineWidth(0.6f);
        float inset = MARGIN + 6;
        canvas.rectangle(inset, inset, PAGE.getWidth() - 2 * inset, PAGE.getHeight() - 2 * inset);
        canvas.stroke();
        canvas.restoreState();
    }

    /** A line centred on the page at y, made smaller until it fits between the frames; returns y. */
    private static float centred(
            PdfContentByte canvas, ShapedText shaped, Color color, String text, float size, float y) {
        Line line = shaped.line(text, size);
        for (float smaller = size; line.width() > WIDEST && smaller > 8; smaller -= 1) {
            line = shaped.line(text, smaller);
        }
        canvas.setColorFill(color);
        shaped.draw(canvas, line, MIDDLE - line.width() / 2, y);
        return y;
    }
}
