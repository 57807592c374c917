package org.passerelle.catalog;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a course may show to learners, recognised from their bytes, never from their names: a
 * renamed script stays refused and a mislabelled image is still served with its true type.
 */
enum FileType {
    PNG("image/png", Kind.IMAGE),
    JPEG("image/jpeg", Kind.IMAGE),
    GIF("image/gif", Kind.IMAGE),
    WEBP("image/webp", Kind.IMAGE),
    PDF("application/pdf", Kind.PDF),
    MP3("audio/mpeg", Kind.AUDIO),
    OGG("audio/ogg", Kind.AUDIO),
    WAV("audio/wav", Kind.AUDIO),
    M4A("audio/mp4", Kind.AUDIO),
    WEBM("audio/webm", Kind.AUDIO),
    FLAC("audio/flac", Kind.AUDIO),
    TEXT("text/plain;charset=UTF-8", Kind.TEXT);

    /** What a reference needs: an image for {@code ![..](..)}, a PDF for slides, and so on. */
    enum Kind {
        IMAGE("an image (PNG, JPEG, GIF or WebP)"),
        PDF("a PDF document"),
        AUDIO("an audio file (MP3, Ogg, WAV, M4A, WebM or FLAC)"),
        TEXT("a UTF-8 text file"),
        ANY("an image, a PDF, an audio file or a UTF-8 text file");

        final String description;

        Kind(String description) {
            this.description = description;
        }

        boolean accepts(FileType type) {
            return this == ANY || type.kind == this;
        }
    }

    final String contentType;
    final Kind kind;

    FileType(String contentType, Kind kind) {
        this.contentType = contentType;
        this.kind = kind;
    }

    static Optional<FileType> of(byte[] bytes) {
        if (starts(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (starts(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(bytes, 0, 'G', 'I', 'F', '8') && bytes.length > 5 && (bytes[4] == '7' || bytes[4] == '9')) {
            return Optional.of(GIF);
        }
        if (starts(bytes, 0, 'R', 'I', 'F', 'F') && starts(bytes, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        if (starts(bytes, 0, 'R', 'I', 'F', 'F') && starts(bytes, 8, 'W', 'A', 'V', 'E')) {
            return Optional.of(WAV);
        }
        if (starts(bytes, 0, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (starts(bytes, 0, 'I', 'D', '3')
                || (bytes.length > 1 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xE0) == 0xE0)) {
            return Optional.of(MP3);
        }
        if (starts(bytes, 0, 'O', 'g', 'g', 'S')) {
            return Optional.of(OGG);
        }
        if (starts(bytes, 4, 'f', 't', 'y', 'p', 'M', '4', 'A')) {
            return Optional.of(M4A);
        }
        if (starts(bytes, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
            return Optional.of(WEBM);
        }
        if (starts(bytes, 0, 'f', 'L', 'a', 'C')) {
            return Optional.of(FLAC);
        }
        return text(bytes) ? Optional.of(TEXT) : Optional.empty();
    }

    /** Whether the bytes look like an SVG image, which is refused because it can carry scripts. */
    static boolean looksLikeSvg(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.UTF_8);
        return head.toLowerCase(Locale.ROOT).contains("<svg");
    }

    private static boolean text(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return !looksLikeSvg(bytes);
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean starts(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        return Arrays.equals(Arrays.copyOfRange(bytes, offset, offset + expected.length), toBytes(expected));
    }

    private static byte[] toBytes(int[] values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
