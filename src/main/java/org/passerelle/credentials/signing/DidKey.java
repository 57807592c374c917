package org.passerelle.credentials.signing;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/**
 * The {@code did:key} of an Ed25519 public key: the key itself, multicodec-tagged and base58btc-encoded, so
 * that anyone can resolve it without asking Passerelle (or any network).
 */
public final class DidKey {

    private static final String PREFIX = "did:key:z";
    /** Multicodec varint of ed25519-pub (0xed). */
    private static final byte[] ED25519_CODEC = {(byte) 0xed, 0x01};
    /** DER prefix of an X.509 SubjectPublicKeyInfo holding a 32-byte Ed25519 key. */
    private static final byte[] X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private DidKey() {}

    /** The DID of a key, e.g. {@code did:key:z6Mk…}. */
    public static String of(PublicKey key) {
        byte[] raw = raw(key);
        byte[] tagged = new byte[ED25519_CODEC.length + raw.length];
        System.arraycopy(ED25519_CODEC, 0, tagged, 0, ED25519_CODEC.length);
        System.arraycopy(raw, 0, tagged, ED25519_CODEC.length, raw.length);
        return PREFIX + Base58.encode(tagged);
    }

    /** The verification method of a DID key: the DID, '#', and its own multibase value. */
    public static String verificationMethod(String did) {
        return did + "#" + did.substring("did:key:".length());
    }

    /** The DID a verification method belongs to (the part before '#'). */
    public static String controller(String verificationMethod) {
        int hash = verificationMethod.indexOf('#');
        return hash < 0 ? verificationMethod : verificationMethod.substring(0, hash);
    }

    /** Resolves a {@code did:key} (or one of its verification methods) to the Ed25519 public key it names. */
    public static PublicKey resolve(String didOrMethod) {
        String did = controller(didOrMethod);
        if (!did.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a base58btc did:key: " + didOrMethod);
        }
        byte[] tagged = Base58.decode(did.substring(PREFIX.length()));
        if (tagged.length != 34 || tagged[0] != ED25519_CODEC[0] || tagged[1] != ED25519_CODEC[1]) {
            throw new IllegalArgumentException("not an Ed25519 did:key: " + didOrMethod);
        }
        if (!verificationMethod(did).equals(didOrMethod) && !did.equals(didOrMethod)) {
            throw new IllegalArgumentException("unknown verification method of " + did + ": " + didOrMethod);
        }
        byte[] spki = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + 32);
        System.arraycopy(tagged, 2, spki, X509_PREFIX.length, 32);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 key: " + didOrMethod, e);
        }
    }

    /** The 32 bytes of an Ed25519 public key (the end of its X.509 encoding). */
    static byte[] raw(PublicKey key) {
        byte[] spki = key.getEncoded();
        if (spki.length != X509_PREFIX.length + 32
                || !Arrays.equals(Arrays.copyOf(spki, X509_PREFIX.length), X509_PREFIX)) {
            throw new IllegalArgumentException("not an Ed25519 public key");
        }
        return Arrays.copyOfRange(spki, X509_PREFIX.length, spki.length);
    }
}
