package org.passerelle.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The logo of the institution that runs this platform ({@code passerelle.issuer.logo}: an image file on the server),
 * shown on the sign-in page, the verification pages and the header. Read and checked once at start: a file that is
 * not a PNG, JPEG or WebP image of at most {@link #MAX_BYTES} stops the start with a message saying so, rather than
 * leaving the pages without it. SVG is refused: opened on its own at our address, it could run scripts.
 */
@Component
public class IssuerLogo {

    /** Large enough for a crisp logo, small enough for a sign-in page on a metered link. */
    public static final int MAX_BYTES = 200 * 1024;

    /** The address the logo is served at, followed by its content hash (a new file, a new address). */
    public static final String ADDRESS = "issuer/logo/";

    /** The height the pages draw it at, in CSS pixels; its width follows from its proportions. */
    public static final int HEIGHT = 40;

    /** The logo's bytes, what they are, and the image's size in pixels. */
    public record Image(byte[] bytes, String contentType, int width, int height, String hash) {

        /** Where the pages load it from, relative to the app's base: it changes when the file does. */
        public String address() {
            return ADDRESS + hash;
        }

        /** Its width when drawn {@link #HEIGHT} pixels high, for the {@code width} attribute (nothing moves on load). */
        public int widthAtHeight() {
            return Math.max(1, Math.round((float) width * HEIGHT / height));
        }
    }

    private final Optional<Image> image;

    IssuerLogo(@Value("${passerelle.issuer.logo:}") String file) {
        this.image = file.isBlank() ? Optional.empty() : Optional.of(read(Path.of(file.strip())));
    }

    /** The logo, or nothing when none is configured. */
    public Optional<Image> image() {
        return image;
    }

    static Image read(Path file) {
        String accepted = "; accepted: a PNG, JPEG or WebP image of at most " + MAX_BYTES / 1024 + " KB (" + MAX_BYTES
                + " bytes)";
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw refused(file, "is " + Files.size(file) + " bytes" + accepted);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw refused(file, "cannot be read (" + e + ")" + accepted);
        }
        String type = type(bytes);
        if (type == null) {
            throw refused(
                    file,
                    (svg(bytes) ? "is an SVG image, which could run scripts in Passerelle's pages" : "is not an image")
                            + accepted);
        }
        int[] size = size(bytes, type);
        if (size == null || size[0] < 1 || size[1] < 1) {
            throw refused(
                    file,
                    "is a damaged " + type.substring("image/".length()).toUpperCase(Locale.ROOT) + " image" + accepted);
        }
        return new Image(bytes, type, size[0], size[1], hash(bytes));
    }

    private static IllegalStateException refused(Path file, String why) {
        return new IllegalStateException("passerelle.issuer.logo: " + file.toAbsolutePath() + " " + why);
    }

    /** What the file is by its first bytes, whatever its name says. */
    static @Nullable String type(byte[] bytes) {
        if (starts(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(bytes, 0, 'R', 'I', 'F', 'F') && starts(bytes, 8, 'W', 'E', 'B', 'P')) {
            return "image/webp";
        }
        return null;
    }

    private static boolean svg(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        return start.toLowerCase(Locale.ROOT).contains("<svg");
    }

    private static boolean starts(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** Width and height in pixels, read from the image's header; null when it cannot be read. */
    static int @Nullable [] size(byte[] bytes, String type) {
        if (type.equals("image/webp")) {
            return webpSize(bytes);
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The canvas size of a WebP file (the JDK reads no WebP): from its VP8X, VP8L or VP8 header. */
    private static int @Nullable [] webpSize(byte[] b) {
        if (b.length < 30) {
            return null;
        }
        String chunk = new String(Arrays.copyOfRange(b, 12, 16), StandardCharsets.ISO_8859_1);
        return switch (chunk) {
            case "VP8X" -> new int[] {1 + u24(b, 24), 1 + u24(b, 27)};
            case "VP8L" -> {
                int bits = (b[21] & 0xFF) | (b[22] & 0xFF) << 8 | (b[23] & 0xFF) << 16 | (b[24] & 0xFF) << 24;
                yield new int[] {1 + (bits & 0x3FFF), 1 + (bits >>> 14 & 0x3FFF)};
            }
            case "VP8 " -> new int[] {u16(b, 26) & 0x3FFF, u16(b, 28) & 0x3FFF};
            default -> null;
        };
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int u24(byte[] b, int at) {
        return u16(b, at) | (b[at + 2] & 0xFF) << 16;
    }

    private static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
