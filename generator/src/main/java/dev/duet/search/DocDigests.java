package dev.duet.search;

import java.util.HexFormat;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The 128-bit digests of a segment's documents, in id order, two longs each: a segment of a million documents keeps
 * them in 16 MB, where their hex strings took about 80 MB.
 */
final class DocDigests {

    /** The characters of a digest in hex. */
    static final int HEX_LENGTH = 32;
    private static final HexFormat HEX = HexFormat.of();
    private static final String DIGITS = "0123456789abcdef";

    private final long[] bits;

    private DocDigests(long[] bits) {
        this.bits = bits;
    }

    /** The digests {@code hex} gives for ids 0 to {@code size} - 1, each {@value #HEX_LENGTH} hex characters. */
    static DocDigests of(int size, IntFunction<String> hex) {
        long[] bits = new long[size * 2];
        for (int k = 0; k < size; k++) {
            String digest = hex.apply(k);
            if (digest.length() != HEX_LENGTH) {
                throw new IllegalArgumentException("not a 128-bit digest: " + digest);
            }
            bits[2 * k] = HEX.fromHexDigitsToLong(digest, 0, 16);
            bits[2 * k + 1] = HEX.fromHexDigitsToLong(digest, 16, 32);
        }
        return new DocDigests(bits);
    }

    /**
     * The digests of {@code count} lines of {@code bytes} from {@code offset}, each {@value #HEX_LENGTH} lower-case
     * hex digits and a line feed; none when the bytes are not in that form.
     */
    static Optional<DocDigests> parse(byte[] bytes, int offset, int count) {
        if ((long) count * (HEX_LENGTH + 1) != bytes.length - offset) {
            return Optional.empty();
        }
        long[] bits = new long[count * 2];
        int at = offset;
        for (int k = 0; k < count; k++) {
            for (int half = 0; half < 2; half++) {
                long value = 0;
                for (int i = 0; i < 16; i++) {
                    int digit = DIGITS.indexOf(bytes[at++]);
                    if (digit < 0) {
                        return Optional.empty();
                    }
                    value = value << 4 | digit;
                }
                bits[2 * k + half] = value;
            }
            if (bytes[at++] != '\n') {
                return Optional.empty();
            }
        }
        return Optional.of(new DocDigests(bits));
    }

    int size() {
        return bits.length / 2;
    }

    /** Whether the digest of id {@code k} is the same here and in {@code other}. */
    boolean sameAt(int k, DocDigests other) {
        return bits[2 * k] == other.bits[2 * k] && bits[2 * k + 1] == other.bits[2 * k + 1];
    }

    /** Puts the hex of the digest of id {@code k}, {@value #HEX_LENGTH} ASCII bytes, into {@code into}. */
    void hex(int k, byte[] into) {
        for (int half = 0; half < 2; half++) {
            long value = bits[2 * k + half];
            for (int i = 0; i < 16; i++) {
                into[half * 16 + i] = (byte) DIGITS.charAt((int) (value >>> (60 - 4 * i)) & 0xF);
            }
        }
    }

    /** The hex of the digest of id {@code k}. */
    String hex(int k) {
        return HEX.toHexDigits(bits[2 * k]) + HEX.toHexDigits(bits[2 * k + 1]);
    }
}
