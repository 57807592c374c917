package org.passerelle.credentials.signing;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/** Base58 with the Bitcoin alphabet ("base58btc"), the encoding of multibase strings that start with 'z'. */
final class Base58 {

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);

    private Base58() {}

    static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        BigInteger number = new BigInteger(1, bytes);
        while (number.signum() > 0) {
            BigInteger[] divided = number.divideAndRemainder(BASE);
            out.append(ALPHABET.charAt(divided[1].intValue()));
            number = divided[0];
        }
        // Leading zero bytes are kept as leading '1's.
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
            out.append('1');
        }
        return out.reverse().toString();
    }

    static byte[] decode(String text) {
        BigInteger number = BigInteger.ZERO;
        for (char c : text.toCharArray()) {
            int digit = ALPHABET.indexOf(c);
            if (digit < 0) {
                throw new IllegalArgumentException("not base58btc: " + c);
            }
            number = number.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length() && text.charAt(i) == '1'; i++) {
            out.write(0);
        }
        byte[] magnitude = number.toByteArray();
        int skip = magnitude.length > 1 && magnitude[0] == 0 ? 1 : 0;
        if (number.signum() > 0) {
            out.write(magnitude, skip, magnitude.length - skip);
        }
        return out.toByteArray();
    }
}
