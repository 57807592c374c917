package org.passerelle.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.passerelle.shared.Language;
import org.passerelle.shared.pdf.PdfFonts;

/**
 * Certificates as a reader gets them, read back with PDFBox: the words in the holder's language, real glyphs in
 * embedded subsets, and a QR code that leads to the verification page. The pages are also rendered to PNG under
 * {@code target/certificates/} for a person to look at.
 */
class CertificateLayoutTest {

    static final Path OUT = Path.of("target/certificates");
    static final CertificateLayout LAYOUT = new CertificateLayout(new PdfFonts());
    static final String ID = "abcdefghijklmnopqrstuvwxyz";
    static final String ADDRESS = "https://passerelle.example.org/verify/" + ID;

    record Case(String holder, String course, String country, String heading) {}

    static final Map<Language, Case> CASES = Map.of(
            Language.EN,
                    new Case(
                            "Wanjiru Kamau",
                            "AI for Public Policy: Capacity-Building Essentials",
                            "KE",
                            "Certificate of completion"),
            Language.FR,
                    new Case("Awa Ndiaye", "L’IA au service des politiques publiques", "SN", "Certificat de réussite"),
            Language.ES,
                    new Case("María José Núñez", "IA para las políticas públicas", "BO", "Certificado de finalización"),
            Language.RU,
                    new Case(
                            "Анна Иванова",
                            "Искусственный интеллект для государственной политики",
                            "KZ",
                            "Сертификат о прохождении курса"),
            Language.AR, new Case("Wanjiru Kamau", "الذكاء الاصطناعي للسياسات العامة", "EG", "شهادة إتمام"),
            Language.ZH, new Case("王小明", "人工智能与公共政策：能力建设基础", "CN", "结业证书"));

    @ParameterizedTest
    @EnumSource(Language.class)
    void aCertificateNamesHolderCourseAndRecordInTheHoldersLanguage(Language language) throws IOException {
        Case given = CASES.get(language);
        byte[] pdf = LAYOUT.draw(record(given, null), language, ADDRESS);
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("certificate-" + language.code() + ".pdf"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth())
                    .as("A4 landscape")
                    .isGreaterThan(page.getMediaBox().getHeight());
            assertThat(copiedText(page))
                    .as("the text a reader copies and searches, as written")
                    .contains(given.heading(), given.holder(), given.course(), ID, ADDRESS);
            if (!language.rightToLeft()) {
                assertThat(new PDFTextStripper().getText(document))
                        .as("the glyphs themselves map back to the text too")
                        .contains(given.holder(), ID);
            }
            assertThat(fonts(page)).isNotEmpty().allSatisfy(font -> {
                assertThat(font.getName()).as("embedded as a subset").matches("[A-Z]{6}\\+.+");
                assertThat(font.isEmbedded()).isTrue();
            });
            assertThat(glyphsDrawn(document))
                    .as("glyph 0 is the font's empty box")
                    .isNotEmpty()
                    .doesNotContain(0);
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
            ImageIO.write(
                    image,
                    "png",
                    OUT.resolve("certificate-" + language.code() + ".png").toFile());
            assertThat(decodeQr(image)).as("the QR code on the page").isEqualTo(ADDRESS);
        }
    }

    @Test
    void aNameInAnotherScriptKeepsItsOwnGlyphsAndAVeryLongTitleIsNeverCut() throws IOException {
        String title = "Artificial Intelligence for Public Policy and Administration: Capacity-Building Essentials"
                + " for Ministries of Information and Communication Technology, Planning, Foreign Affairs and the"
                + " Regulators of Telecommunications, Data Protection and Competition in Developing Countries";
        Case chinese = new Case("王小明 (Wang Xiaoming)", title, "CN", "Certificate of completion");
        Case russian = new Case("Анна Иванова", "الذكاء الاصطناعي للسياسات العامة", "KZ", "شهادة إتمام");
        for (var given : Map.of(Language.EN, chinese, Language.AR, russian).entrySet()) {
            byte[] pdf = LAYOUT.draw(record(given.getValue(), null), given.getKey(), ADDRESS);
            Files.createDirectories(OUT);
            Files.write(OUT.resolve("certificate-mixed-" + given.getKey().code() + ".pdf"), pdf);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                PDPage page = document.getPage(0);
                assertThat(copiedText(page).replace('\n', ' '))
                        .contains(given.getValue().holder(), given.getValue().course());
                assertThat(fonts(page))
                        .as("the certificate's own font and the name's")
                        .hasSize(2);
                assertThat(glyphsDrawn(document)).doesNotContain(0);
                ImageIO.write(
                        new PDFRenderer(document).renderImageWithDPI(0, 110),
                        "png",
                        OUT.resolve("certificate-mixed-" + given.getKey().code() + ".png")
                                .toFile());
            }
        }
    }

    @Test
    void certificatesDrawnAtTheSameTimeShareTheFontsAndAreEachWhole() throws Exception {
        List<Callable<byte[]>> drawings = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Language language = Language.values()[i % Language.values().length];
            drawings.add(() -> LAYOUT.draw(record(CASES.get(language), null), language, ADDRESS));
        }
        try (ExecutorService requests = Executors.newFixedThreadPool(6)) {
            List<Future<byte[]>> pdfs = requests.invokeAll(drawings);
            for (int i = 0; i < pdfs.size(); i++) {
                Case given = CASES.get(Language.values()[i % Language.values().length]);
                try (PDDocument document = Loader.loadPDF(pdfs.get(i).get())) {
                    assertThat(copiedText(document.getPage(0)))
                            .contains(given.heading(), given.holder(), given.course());
                    assertThat(glyphsDrawn(document)).doesNotContain(0);
                }
            }
        }
    }

    @Test
    void aRevokedRecordsCertificateSaysSoWithTheReason() throws IOException {
        byte[] pdf = LAYOUT.draw(record(CASES.get(Language.EN), "Issued by mistake"), Language.EN, ADDRESS);
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("certificate-revoked-en.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(copiedText(document.getPage(0))).contains("REVOKED", "Issued by mistake");
            ImageIO.write(
                    new PDFRenderer(document).renderImageWithDPI(0, 110),
                    "png",
                    OUT.resolve("certificate-revoked-en.png").toFile());
        }
    }

    static RecordSummary record(Case given, String revocationReason) {
        Instant completed = Instant.parse("2026-11-20T10:15:00Z");
        return new RecordSummary(
                ID,
                given.holder(),
                "ai-public-policy",
                given.course(),
                3,
                given.country(),
                "Cohort 2026",
                new BigDecimal("87.50"),
                completed,
                completed.plusSeconds(60),
                "Passerelle",
                revocationReason == null ? null : completed.plusSeconds(86_400),
                revocationReason);
    }

    /** The lines as PDF readers copy them: the ActualText that goes with each line. */
    static String copiedText(PDPage page) throws IOException {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        StringBuilder text = new StringBuilder();
        for (PDMarkedContent content : extractor.getMarkedContents()) {
            text.append(content.getActualText()).append('\n');
        }
        return text.toString();
    }

    static List<PDFont> fonts(PDPage page) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : page.getResources().getFontNames()) {
            fonts.add(page.getResources().getFont(name));
        }
        return fonts;
    }

    static List<Integer> glyphsDrawn(PDDocument document) throws IOException {
        List<Integer> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                for (int code : text.getCharacterCodes()) {
                    int glyph = text.getFont() instanceof PDType0Font type0 ? codeToGid(type0, code) : code;
                    glyphs.add(glyph);
                }
                super.processTextPosition(text);
            }
        };
        stripper.getText(document);
        return glyphs;
    }

    static int codeToGid(PDType0Font font, int code) {
        try {
            return font.codeToGID(code);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String decodeQr(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        try {
            return new QRCodeReader()
                    .decode(new BinaryBitmap(new HybridBinarizer(source)), Map.of(DecodeHintType.TRY_HARDER, true))
                    .getText();
        } catch (Exception e) {
            return "no QR code found: " + e;
        }
    }
}
