package dev.duet.source;

/**
 * What a walk over bytes as UTF-8 found: how many well-formed multi-byte sequences, how many malformed bytes and
 * where the first one is. It tells a damaged UTF-8 file (many good sequences, a few bad bytes) from a file in
 * another encoding such as GBK, whose bytes only now and then happen to form UTF-8.
 */
public record Utf8Scan(int multiByte, int malformed, int firstMalformed) {

    /** The line (from 1) of the first byte of {@code bytes} that is not part of valid UTF-8; 0 when all are. */
    public static int lineOfFirstMalformed(byte[] bytes) {
        int first = of(bytes, 0).firstMalformed();
        return first < 0 ? 0 : SourceDecoder.lineOf(bytes, first);
    }

    /** Scans {@code bytes} from {@code from}; {@code firstMalformed} is -1 when every byte is well-formed. */
    static Utf8Scan of(byte[] bytes, int from) {
        int multiByte = 0;
        int malformed = 0;
        int first = -1;
        int i = from;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = sequenceLength(bytes, i, b);
            if (length > 0) {
                multiByte++;
                i += length;
            } else {
                malformed++;
                if (first < 0) {
                    first = i;
                }
                i++;
            }
        }
        return new Utf8Scan(multiByte, malformed, first);
    }

    /** The length of the well-formed sequence starting at {@code i}, or 0 (ranges from RFC 3629, table 3-7). */
    private static int sequenceLength(byte[] bytes, int i, int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return continuation(bytes, i + 1, 0x80, 0xBF) ? 2 : 0;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            int low = lead == 0xE0 ? 0xA0 : 0x80;
            int high = lead == 0xED ? 0x9F : 0xBF;
            return continuation(bytes, i + 1, low, high) && continuation(bytes, i + 2, 0x80, 0xBF) ? 3 : 0;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            int low = lead == 0xF0 ? 0x90 : 0x80;
            int high = lead == 0xF4 ? 0x8F : 0xBF;
            return continuation(bytes, i + 1, low, high) && continuation(bytes, i + 2, 0x80, 0xBF)
                    && continuation(bytes, i + 3, 0x80, 0xBF) ? 4 : 0;
        }
        return 0;
    }

    private static boolean continuation(byte[] bytes, int i, int low, int high) {
        if (i >= bytes.length) {
            return false;
        }
        int b = bytes[i] & 0xFF;
        return b >= low && b <= high;
    }

    boolean isWellFormed() {
        return malformed == 0;
    }

    /**
     * True when the bytes are UTF-8 with a few bad bytes rather than another encoding. GBK and Big5 text forms a
     * valid UTF-8 sequence for at most about one character in four, so ten good sequences per bad byte only
     * happens in text that was written as UTF-8 and damaged later (a truncated copy, a stray byte).
     */
    boolean looksLikeDamagedUtf8() {
        return malformed > 0 && multiByte >= 3 && malformed * 10 <= multiByte;
    }
}
