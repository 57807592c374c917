package org.passerelle.shared.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.openpdf.text.pdf.BaseFont;
import org.passerelle.shared.Language;
import org.springframework.stereotype.Component;

/**
 * The fonts shipped for PDFs (certificates, printable lists) (Noto, SIL Open Font License, {@code resources/fonts/OFL.txt}): Noto Sans
 * for Latin and Cyrillic, Noto Naskh Arabic, Noto Sans SC for Chinese. Each is read once, on first use, as a PDF font (embedded as a subset) and as a Java font that shapes the text.
 */
@Component
public class PdfFonts {

    /** One font, as the PDF embeds it and as Java shapes with it. */
    public record Face(BaseFont pdf, Font shaping) {

        public boolean covers(int codePoint) {
            return shaping.canDisplay(codePoint);
        }
    }

    private record Loaded(Face latin, Face arabic, Face chinese) {}

    private volatile Loaded loaded;

    /** The faces to try for a character, the language's own first. */
    public List<Face> forLanguage(Language language) {
        Loaded faces = faces();
        return switch (language) {
            case AR -> List.of(faces.arabic, faces.latin, faces.chinese);
            case ZH -> List.of(faces.chinese, faces.latin, faces.arabic);
            default -> List.of(faces.latin, faces.arabic, faces.chinese);
        };
    }

    private Loaded faces() {
        Loaded faces = loaded;
        if (faces == null) {
            synchronized (this) {
                faces = loaded;
                if (faces == null) {
                    faces = new Loaded(
                            load("NotoSans-Regular.ttf"),
                            load("NotoNaskhArabic-Regular.ttf"),
                            load("NotoSansSC-Regular.ttf"));
                    loaded = faces;
                }
            }
        }
        return faces;
    }

    private static Face load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the application: " + file);
            }
            byte[] bytes = in.readAllBytes();
            BaseFont pdf = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            Font shaping = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
            return new Face(pdf, shaping);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("not a TrueType font: " + file, e);
        }
    }
}
