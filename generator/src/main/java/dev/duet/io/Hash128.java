package dev.duet.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.HexFormat;

/**
 * A hash fed piece by piece, for a page's view, an article's digest and a file's bytes: 128 bits in two lanes of
 * multiply-rotate mixing over the UTF-16 units of its strings, four at a time, and over bytes eight at a time. The walks of a build feed it about a hundred million
 * characters, at half the cost per character of SHA-256, and far less in a JVM that runs only the client compiler
 * (which has no SHA-256 intrinsic). It tells inputs apart, not attackers: the render cache keeps 64 bits of each
 * fingerprint anyway (see {@code RenderCache}). Pieces are length-prefixed and marked by kind, so that different
 * walks never feed it the same sequence.
 */
public final class Hash128 {

    private static final long P1 = 0x9E3779B97F4A7C15L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;
    private static final long P3 = 0x165667B19E3779F9L;
    private static final long P4 = 0xFF51AFD7ED558CCDL;

    /** A byte array read as little-endian longs. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** The most units a text is copied out in at a time. */
    private static final int CHUNK = 256;
    private static final char[] NONE = new char[0];

    /** A text's units, copied out of it: as long as the longest text fed so far, up to {@link #CHUNK}. */
    private char[] units = NONE;
    private long a = 0x243F6A8885A308D3L;
    private long b = 0x13198A2E03707344L;
    private long words;

    /** A mark that tells what kind of piece follows. */
    public Hash128 mark(char kind) {
        word(kind);
        return this;
    }

    public Hash128 number(long number) {
        word(number);
        return this;
    }

    /** A text: its length, then its UTF-16 units. */
    public Hash128 text(String text) {
        int length = text.length();
        word(length);
        if (units.length < Math.min(CHUNK, length)) {
            // Most hashes are of a few short texts: a buffer as long as the longest, not a full chunk each.
            units = new char[Math.min(CHUNK, Math.max(length, 2 * units.length))];
        }
        for (int start = 0; start < length; start += units.length) {
            int end = Math.min(length, start + units.length);
            text.getChars(start, end, units, 0);
            int n = end - start;
            int i = 0;
            for (; i + 4 <= n; i += 4) {
                word(units[i] | (long) units[i + 1] << 16 | (long) units[i + 2] << 32 | (long) units[i + 3] << 48);
            }
            if (i < n) {
                long last = 0;
                for (int shift = 0; i < n; i++, shift += 16) {
                    last |= (long) units[i] << shift;
                }
                word(last);
            }
        }
        return this;
    }

    /** Bytes: their length, then eight at a time, the last fewer than eight padded with zeros. */
    public Hash128 bytes(byte[] bytes) {
        int length = bytes.length;
        word(length);
        int i = 0;
        for (; i + 8 <= length; i += 8) {
            word((long) LONGS.get(bytes, i));
        }
        if (i < length) {
            long last = 0;
            for (int shift = 0; i < length; i++, shift += 8) {
                last |= (bytes[i] & 0xFFL) << shift;
            }
            word(last);
        }
        return this;
    }

    /** A digest of other pieces, such as a shared part's. */
    public Hash128 bits(long[] bits) {
        word(bits[0]);
        word(bits[1]);
        return this;
    }

    /** The 128 bits of everything fed so far. */
    public long[] bits() {
        long x = a ^ words;
        long y = b ^ Long.rotateLeft(words, 32);
        x = mix(x);
        y = mix(y);
        x += y;
        y += x;
        return new long[] {x, y};
    }

    /** The 128 bits as hex. */
    public String hex() {
        long[] bits = bits();
        return HexFormat.of().toHexDigits(bits[0]) + HexFormat.of().toHexDigits(bits[1]);
    }

    private void word(long k) {
        a = Long.rotateLeft(a ^ k * P1, 29) * P2;
        b = Long.rotateLeft(b + k * P3, 33) * P4;
        words++;
    }

    /** Murmur3's finaliser: every bit of the input flips each bit of the output with even odds. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ h >>> 33;
    }
}
