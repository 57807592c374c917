package org.passerelle.shared.pdf;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.text.Bidi;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.pdf.GlyphLayoutManager;
import org.openpdf.text.pdf.PdfContentByte;
import org.passerelle.shared.pdf.PdfFonts.Face;

/**
 * Lines of text as a reader expects them in any of the six languages: put in visual order by the Unicode
 * bidirectional algorithm (an Arabic sentence reads right to left, a Latin name or a number inside it left to
 * right), each run in the first font that has its characters, and shaped by Java's text layout (HarfBuzz), so
 * that Arabic letters join. Each line carries its text as written (see {@link #draw}), so that it can still be
 * searched and copied. Extends OpenPDF's glyph layout only to reach its helpers that write shaped glyphs.
 */
public class ShapedText extends GlyphLayoutManager {

    /** A piece of a line in one font and one direction, shaped. */
    private record Piece(Face face, String text, GlyphVector glyphs, float width) {}

    /** A line ready to draw: its text as written, and its pieces from left to right. */
    public record Line(String text, List<Piece> pieces, float size, float width) {}

    private final List<Face> faces;
    private final boolean rightToLeft;
    private final Locale locale;
    private final FontRenderContext context = createFontRenderContext();

    public ShapedText(List<Face> faces, boolean rightToLeft, Locale locale) {
        this.faces = faces;
        this.rightToLeft = rightToLeft;
        this.locale = locale;
    }

    public Line line(String text, float size) {
        Bidi bidi = new Bidi(text, rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Object[] order = new Object[runs];
        for (int run = 0; run < runs; run++) {
            levels[run] = (byte) bidi.getRunLevel(run);
            order[run] = run;
        }
        Bidi.reorderVisually(levels, 0, order, 0, runs);
        List<Piece> pieces = new ArrayList<>();
        for (Object each : order) {
            int run = (Integer) each;
            boolean reversed = (bidi.getRunLevel(run) & 1) == 1;
            List<Piece> inRun = pieces(text.substring(bidi.getRunStart(run), bidi.getRunLimit(run)), size, reversed);
            if (reversed) {
                Collections.reverse(inRun);
            }
            pieces.addAll(inRun);
        }
        float width = 0;
        for (Piece piece : pieces) {
            width += piece.width();
        }
        return new Line(text, pieces, size, width);
    }

    /**
     * Draws a line with its left end at x, on the baseline y. The line's text as written goes with it (PDF
     * ActualText): the glyphs of a shaped Arabic word cannot be mapped back to its letters one by one (Noto draws
     * the dots of a letter as glyphs of their own), so readers copy and search that text instead.
     */
    public void draw(PdfContentByte canvas, Line line, float x, float y) {
        beginMarkedContentSequence(canvas, line.text());
        float left = x;
        for (Piece piece : line.pieces()) {
            canvas.beginText();
            canvas.setFontAndSize(piece.face().pdf(), line.size());
            canvas.setTextMatrix(left, y);
            completeCmap(canvas, piece.face().pdf(), piece.text(), piece.glyphs());
            if (hasNoAdjustments(piece.glyphs())) {
                canvas.showText(piece.glyphs());
            } else {
                adjustAndShowText(canvas, line.size(), piece.glyphs());
            }
            canvas.endText();
            left += piece.width();
        }
        endMarkedContentSequence(canvas);
    }

    /** Draws a line centred on x. */
    public void centred(PdfContentByte canvas, String text, float size, float x, float y) {
        Line line = line(text, size);
        draw(canvas, line, x - line.width() / 2, y);
    }

    /** The text cut into lines no wider than the width, where the language allows a break. */
    public List<String> wrap(String text, float size, float width) {
        BreakIterator breaks = BreakIterator.getLineInstance(locale);
        breaks.setText(text);
        List<String> lines = new ArrayList<>();
        int start = 0;
        int lastFit = -1;
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            if (line(text.substring(start, end).strip(), size).width() <= width || lastFit < 0) {
                lastFit = end;
                continue;
            }
            lines.add(text.substring(start, lastFit).strip());
            start = lastFit;
            lastFit = end;
        }
        if (start < text.length()) {
            lines.add(text.substring(start).strip());
        }
        return lines;
    }

    private List<Piece> pieces(String run, float size, boolean reversed) {
        List<Piece> pieces = new ArrayList<>();
        Face current = null;
        int start = 0;
        for (int i = 0; i < run.length(); ) {
            int codePoint = run.codePointAt(i);
            Face face = current != null && current.covers(codePoint) ? current : faceFor(codePoint);
            if (current != null && face != current) {
                pieces.add(piece(current, run.substring(start, i), size, reversed));
                start = i;
            }
            current = face;
            i += Character.charCount(codePoint);
        }
        if (current != null) {
            pieces.add(piece(current, run.substring(start), size, reversed));
        }
        return pieces;
    }

    private Face faceFor(int codePoint) {
        return faces.stream().filter(face -> face.covers(codePoint)).findFirst().orElse(faces.getFirst());
    }

    private Piece piece(Face face, String text, float size, boolean reversed) {
        char[] chars = text.toCharArray();
        GlyphVector glyphs = face.shaping()
                .deriveFont(size)
                .layoutGlyphVector(
                        context,
                        chars,
                        0,
                        chars.length,
                        reversed ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
        float width = (float) glyphs.getGlyphPosition(glyphs.getNumGlyphs()).getX();
        return new Piece(face, text, glyphs, width);
    }
}
