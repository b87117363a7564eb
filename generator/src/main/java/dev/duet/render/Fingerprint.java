package dev.duet.render;

import dev.duet.io.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A digest of everything a rendered file depends on. Two builds that compute the same fingerprint for a path
 * would write the same bytes, so the second can skip rendering it. Pieces are length-prefixed, so that
 * {@code ("ab", "c")} and {@code ("a", "bc")} differ.
 *
 * <p>A view's many small strings are gathered as UTF-16 units in a buffer and handed to SHA-256 in blocks: a page's
 * fingerprint costs no string or byte array of its own.
 */
final class Fingerprint {

    private final MessageDigest digest = Sha256.newDigest();
    private final byte[] buffer = new byte[4096];
    private int used;

    Fingerprint add(Object piece) {
        return add(String.valueOf(piece).getBytes(StandardCharsets.UTF_8));
    }

    Fingerprint add(byte[] bytes) {
        flush();
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
        return this;
    }

    /** A mark that tells what kind of piece follows, so that pieces of different kinds never read alike. */
    Fingerprint mark(char kind) {
        room(2);
        put(kind);
        return this;
    }

    /** A number. */
    Fingerprint number(long number) {
        room(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[used++] = (byte) (number >>> shift);
        }
        return this;
    }

    /** A text: its length, then its UTF-16 units. */
    Fingerprint text(String text) {
        number(text.length());
        for (int i = 0; i < text.length(); ) {
            room(2);
            int end = Math.min(text.length(), i + (buffer.length - used) / 2);
            for (; i < end; i++) {
                put(text.charAt(i));
            }
        }
        return this;
    }

    /** The first 128 bits as hex: plenty to tell builds apart, half the size to store. */
    String hex() {
        flush();
        return Sha256.hex128(digest);
    }

    /** The first 128 bits, for a digest that goes into other fingerprints. */
    byte[] bits() {
        flush();
        byte[] bits = new byte[16];
        System.arraycopy(digest.digest(), 0, bits, 0, 16);
        return bits;
    }

    private void put(char unit) {
        buffer[used++] = (byte) (unit >>> 8);
        buffer[used++] = (byte) unit;
    }

    private void room(int bytes) {
        if (used + bytes > buffer.length) {
            flush();
        }
    }

    private void flush() {
        digest.update(buffer, 0, used);
        used = 0;
    }
}
