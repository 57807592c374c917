package org.passerelle.credentials.signing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Collection;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The encoded list of a Bitstring Status List: one bit per status index, index 0 the left-most bit of the
 * first byte, GZIP-compressed and multibase base64url ('u', no padding). At least 131,072 bits (16 KB), so that
 * a list reveals little about how many credentials exist.
 */
public final class StatusBits {

    /** The smallest list the Bitstring Status List specification allows, and the size lists grow by. */
    public static final int BLOCK = 131_072;

    private StatusBits() {}

    /** The encoded list of {@code length} bits (a multiple of {@link #BLOCK}) with the given indexes set. */
    public static String encode(Collection<Integer> set, int length) {
        if (length < BLOCK || length % BLOCK != 0) {
            throw new IllegalArgumentException("a status list has a multiple of " + BLOCK + " bits");
        }
        byte[] bits = new byte[length / 8];
        for (int index : set) {
            bits[index / 8] |= (byte) (0x80 >>> (index % 8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** Whether the bit at an index of an encoded list is set. */
    public static boolean isSet(String encodedList, int index) {
        if (!encodedList.startsWith("u")) {
            throw new IllegalArgumentException("not a multibase base64url list");
        }
        byte[] gzipped = Base64.getUrlDecoder().decode(encodedList.substring(1));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            byte[] bits = in.readAllBytes();
            if (index < 0 || index / 8 >= bits.length) {
                throw new IllegalArgumentException("index " + index + " is outside the list");
            }
            return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
        } catch (IOException e) {
            throw new IllegalArgumentException("not a GZIP-compressed list", e);
        }
    }

    /** The length of a list that holds every index up to {@code highest}: whole blocks, at least one. */
    public static int lengthFor(int highest) {
        return Math.max(1, highest / BLOCK + 1) * BLOCK;
    }
}
