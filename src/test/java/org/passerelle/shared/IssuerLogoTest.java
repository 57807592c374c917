package org.passerelle.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The logo file is checked once, at start: an operator who names a wrong file is told so, and how to fix it. */
class IssuerLogoTest {

    private static final String ACCEPTED = "accepted: a PNG, JPEG or WebP image of at most 200 KB";

    @TempDir
    Path folder;

    @Test
    void noSettingMeansNoLogo() {
        assertThat(new IssuerLogo("").image()).isEmpty();
    }

    @Test
    void aPngIsKnownByItsBytesWithItsSizeAndAnAddressThatChangesWithIt() throws Exception {
        Path file = Files.write(folder.resolve("logo.bin"), SwitchableIssuerLogo.png(160, 40));
        Path other = Files.write(folder.resolve("other.png"), SwitchableIssuerLogo.png(80, 80));

        IssuerLogo.Image image = new IssuerLogo(file.toString()).image().orElseThrow();

        assertThat(image.contentType()).isEqualTo("image/png");
        assertThat(image.width()).isEqualTo(160);
        assertThat(image.height()).isEqualTo(40);
        assertThat(image.widthAtHeight()).isEqualTo(160);
        assertThat(image.address()).matches("issuer/logo/[0-9a-f]{16}");
        assertThat(IssuerLogo.read(other).address()).isNotEqualTo(image.address());
        assertThat(IssuerLogo.read(other).widthAtHeight()).isEqualTo(40);
    }

    @Test
    void aWebPalsoPassesWithItsSize() throws Exception {
        // A lossless WebP's header: RIFF, size, WEBP, VP8L chunk, signature 0x2f, 14-bit width-1 and height-1.
        int bits = (300 - 1) | (60 - 1) << 14;
        byte[] webp = new byte[40];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, webp, 0, 4);
        System.arraycopy("WEBPVP8L".getBytes(StandardCharsets.US_ASCII), 0, webp, 8, 8);
        webp[20] = 0x2f;
        for (int i = 0; i < 4; i++) {
            webp[21 + i] = (byte) (bits >>> (8 * i));
        }
        Path file = Files.write(folder.resolve("logo.webp"), webp);

        IssuerLogo.Image image = IssuerLogo.read(file);

        assertThat(image.contentType()).isEqualTo("image/webp");
        assertThat(image.widthAtHeight()).isEqualTo(200);
    }

    @Test
    void anHtmlPageNamedLikeAnImageStopsTheStart() throws Exception {
        Path file = Files.writeString(folder.resolve("logo.png"), "<html><script>alert(document.cookie)</script>");

        assertThatThrownBy(() -> new IssuerLogo(file.toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("passerelle.issuer.logo")
                .hasMessageContaining("logo.png is not an image")
                .hasMessageContaining(ACCEPTED);
    }

    @Test
    void anSvgIsRefusedAsItCouldRunScripts() throws Exception {
        Path file = Files.writeString(
                folder.resolve("logo.svg"),
                "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");

        assertThatThrownBy(() -> new IssuerLogo(file.toString()))
                .hasMessageContaining("is an SVG image, which could run scripts")
                .hasMessageContaining(ACCEPTED);
    }

    @Test
    void aFileOverTheLimitIsRefusedWithItsSize() throws Exception {
        byte[] big = new byte[IssuerLogo.MAX_BYTES + 1];
        byte[] png = SwitchableIssuerLogo.png(10, 10);
        System.arraycopy(png, 0, big, 0, png.length);
        Path file = Files.write(folder.resolve("huge.png"), big);

        assertThatThrownBy(() -> new IssuerLogo(file.toString()))
                .hasMessageContaining("huge.png is 204801 bytes")
                .hasMessageContaining(ACCEPTED);
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> new IssuerLogo(folder.resolve("nowhere.png").toString()))
                .hasMessageContaining("nowhere.png cannot be read")
                .hasMessageContaining(ACCEPTED);
    }

    @Test
    void aTruncatedPngIsCalledDamaged() throws Exception {
        byte[] png = SwitchableIssuerLogo.png(10, 10);
        Path file = Files.write(folder.resolve("cut.png"), java.util.Arrays.copyOf(png, 12));

        assertThatThrownBy(() -> new IssuerLogo(file.toString()))
                .hasMessageContaining("cut.png is a damaged PNG image");
    }
}
