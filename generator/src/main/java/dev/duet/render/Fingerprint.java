package dev.duet.render;

import dev.duet.io.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A digest of everything a rendered file depends on. Two builds that compute the same fingerprint for a path
 * would write the same bytes, so the second can skip rendering it. Pieces are length-prefixed, so that
 * {@code ("ab", "c")} and {@code ("a", "bc")} differ.
 */
final class Fingerprint {

    private final MessageDigest digest = Sha256.newDigest();

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
        return Sha256.hex128(digest);
    }
}
