package dev.duet.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 digests: for import digests, the salt of page fingerprints, and search index fingerprints.
 * Looking the algorithm up by name costs more than hashing a page, so digests are cloned from one prototype.
 */
public final class Sha256 {

    private static final MessageDigest PROTOTYPE = lookUp();

    private Sha256() {
    }

    /** A fresh digest, ready for updates. */
    public static MessageDigest newDigest() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
        }
    }

    /** The full digest of a text's UTF-8 bytes, as 64 hex digits. */
    public static String hex(String text) {
        return HexFormat.of().formatHex(newDigest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The first 128 bits of a finished digest, as 32 hex digits: plenty to tell inputs apart. */
    public static String hex128(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    /** The first 128 bits of the digest of some bytes, as 32 hex digits. */
    public static String hex128(byte[] bytes) {
        MessageDigest digest = newDigest();
        digest.update(bytes);
        return hex128(digest);
    }

    private static MessageDigest lookUp() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
