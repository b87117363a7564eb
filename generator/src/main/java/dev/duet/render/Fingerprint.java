package dev.duet.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A digest of everything a rendered file depends on. Two builds that compute the same fingerprint for a path
 * would write the same bytes, so the second can skip rendering it. Pieces are length-prefixed, so that
 * {@code ("ab", "c")} and {@code ("a", "bc")} differ.
 */
final class Fingerprint {

    /** Looking a digest up by name costs more than hashing a page; clones of one prototype are cheap. */
    private static final MessageDigest PROTOTYPE = sha256();

    private final MessageDigest digest;

    Fingerprint() {
        try {
            digest = (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    Fingerprint add(Object piece) {
        byte[] bytes = String.valueOf(piece).getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
        return this;
    }

    Fingerprint add(byte[] bytes) {
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
        return this;
    }

    /** The first 128 bits as hex: plenty to tell builds apart, half the size to store. */
    String hex() {
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }
}
