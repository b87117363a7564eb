package dev.duet.search;

import dev.duet.io.Json;
import java.util.Arrays;

/**
 * A growing posting list, ids ascending, as (delta, weight) pairs of unsigned LEB128 varints: most deltas and
 * weights fit a byte, so a list takes a quarter of the memory of int pairs. Written as a string of base-64 digits
 * ({@link #writeJson}).
 */
final class Postings implements Json.Writable {
    /** The weight of a term seen once, outside the title ({@link Analyzed}): the commonest, so written as nothing. */
    static final int PLAIN = 2;
    /** The digits of the written lists: base 64's, so the string needs no escaping in JSON. */
    static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private byte[] bytes = new byte[8];
    private int size;
    private int last;

    void add(int doc, int weight) {
        if (size + 10 > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + 10));
        }
        put(doc - last);
        put(weight);
        last = doc;
    }

    private void put(int value) {
        int v = value;
        while ((v & ~0x7F) != 0) {
            bytes[size++] = (byte) (v & 0x7F | 0x80);
            v >>>= 7;
        }
        bytes[size++] = (byte) v;
    }

    /** The list's (id, weight) pairs, ids ascending. */
    int[] pairs() {
        int[] pairs = new int[size];
        int n = 0;
        int value = 0;
        int shift = 0;
        int id = 0;
        for (int i = 0; i < size; i++) {
            byte b = bytes[i];
            value |= (b & 0x7F) << shift;
            shift += 7;
            if (b >= 0) {
                pairs[n] = n % 2 == 0 ? (id += value) : value;
                n++;
                value = 0;
                shift = 0;
            }
        }
        return Arrays.copyOf(pairs, n);
    }

    /** This list with no spare room, once complete. */
    Postings trimmed() {
        if (size != bytes.length) {
            bytes = Arrays.copyOf(bytes, size);
        }
        return this;
    }

    /**
     * Writes the list as a JSON string of base-64 digits, as source maps write numbers: each digit holds five bits,
     * lowest first, and its sixth bit says another digit follows. A posting is one number, twice its id delta, plus
     * one when a weight other than {@value #PLAIN} follows as a second number; most postings are a term seen once
     * outside the title, so most take one digit or two. A third of the bytes of a JSON array of the same numbers.
     */
    @Override
    public void writeJson(StringBuilder out) {
        out.append('"');
        long value = 0;
        int shift = 0;
        long delta = -1;
        for (int i = 0; i < size; i++) {
            byte b = bytes[i];
            value |= (long) (b & 0x7F) << shift;
            shift += 7;
            if (b >= 0) {
                if (delta < 0) {
                    delta = value;
                } else {
                    digits(out, delta * 2 + (value == PLAIN ? 0 : 1));
                    if (value != PLAIN) {
                        digits(out, value);
                    }
                    delta = -1;
                }
                value = 0;
                shift = 0;
            }
        }
        out.append('"');
    }

    /**
     * Writes the (id, weight) {@code pairs}, ids ascending, as {@link #writeJson} writes them after a list whose last
     * id is {@code lastId}: the digits that follow that list's, without quotes.
     */
    static void appendJson(StringBuilder out, long lastId, int[] pairs) {
        long previous = lastId;
        for (int p = 0; p < pairs.length; p += 2) {
            int weight = pairs[p + 1];
            digits(out, (pairs[p] - previous) * 2 + (weight == PLAIN ? 0 : 1));
            if (weight != PLAIN) {
                digits(out, weight);
            }
            previous = pairs[p];
        }
    }

    private static void digits(StringBuilder out, long value) {
        long v = value;
        while (v >= 32) {
            out.append(DIGITS.charAt((int) (v & 31) | 32));
            v >>>= 5;
        }
        out.append(DIGITS.charAt((int) v));
    }

    /** The value of one of {@link #DIGITS}, or -1 for any other character. */
    static int digit(char c) {
        return c < DIGIT.length ? DIGIT[c] : -1;
    }

    private static final byte[] DIGIT = new byte[128];

    static {
        Arrays.fill(DIGIT, (byte) -1);
        for (int d = 0; d < DIGITS.length(); d++) {
            DIGIT[DIGITS.charAt(d)] = (byte) d;
        }
    }

    /** The (id delta, weight) pairs of a list written by {@link #writeJson}, from the string's characters. */
    static int[] decode(String written) {
        int[] pairs = new int[written.length() * 2];
        int n = 0;
        long value = 0;
        int shift = 0;
        boolean weightNext = false;
        for (int i = 0; i < written.length(); i++) {
            int digit = digit(written.charAt(i));
            if (digit < 0) {
                throw new IllegalArgumentException("not a posting list: " + written);
            }
            value |= (long) (digit & 31) << shift;
            shift += 5;
            if ((digit & 32) != 0) {
                continue;
            }
            if (weightNext) {
                pairs[n++] = (int) value;
                weightNext = false;
            } else {
                pairs[n++] = (int) (value >>> 1);
                if ((value & 1) == 0) {
                    pairs[n++] = PLAIN;
                } else {
                    weightNext = true;
                }
            }
            value = 0;
            shift = 0;
        }
        return Arrays.copyOf(pairs, n);
    }
}
