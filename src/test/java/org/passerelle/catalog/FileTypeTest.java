package org.passerelle.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A file's bytes, never its name, decide what it is. */
class FileTypeTest {

    @Test
    void theFilesOfTheFlagshipCourseAreRecognised() throws IOException {
        Path media = Path.of("courses/ai-public-policy/01-what-is-ai/media");
        assertThat(FileType.of(Files.readAllBytes(media.resolve("training-and-inference.en.png"))))
                .contains(FileType.PNG);
        assertThat(FileType.of(Files.readAllBytes(media.resolve("how-machines-learn.en.pdf"))))
                .contains(FileType.PDF);
    }

    @Test
    void eachAcceptedKindIsRecognisedByItsSignature() {
        assertThat(FileType.of(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10))).contains(FileType.JPEG);
        assertThat(FileType.of("GIF89a....".getBytes(StandardCharsets.US_ASCII)))
                .contains(FileType.GIF);
        assertThat(FileType.of("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)))
                .contains(FileType.WEBP);
        assertThat(FileType.of("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII)))
                .contains(FileType.WAV);
        assertThat(FileType.of("ID3\u0004\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1)))
                .contains(FileType.MP3);
        assertThat(FileType.of("OggS\0\u0002".getBytes(StandardCharsets.ISO_8859_1)))
                .contains(FileType.OGG);
        assertThat(FileType.of("\0\0\0\u0020ftypM4A ".getBytes(StandardCharsets.ISO_8859_1)))
                .contains(FileType.M4A);
        assertThat(FileType.of("Transcript: bonjour, مرحبا, 你好".getBytes(StandardCharsets.UTF_8)))
                .contains(FileType.TEXT);
    }

    @Test
    void scriptsSvgAndBinaryJunkAreNotAcceptedWhateverTheirName() {
        assertThat(FileType.of("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(FileType.of(bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0))).isEmpty();
        assertThat(FileType.of(bytes('M', 'Z', 0x90, 0, 3, 0))).isEmpty();
        assertThat(FileType.of(bytes(0xC3, 0x28, 'a'))).as("invalid UTF-8").isEmpty();
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
