package dev.duet.search;

import dev.duet.io.Json;
import java.util.Arrays;

/**
 * A growing posting list, ids ascending, as (delta, weight) pairs of unsigned LEB128 varints: most deltas and
 * weights fit a byte, so a list takes a quarter of the memory of int pairs. Written as the JSON array of the
 * pairs' numbers.
 */
final class Postings implements Json.Writable {
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

    /** This list with no spare room, once complete. */
    Postings trimmed() {
        if (size != bytes.length) {
            bytes = Arrays.copyOf(bytes, size);
        }
        return this;
    }

    @Override
    public void writeJson(StringBuilder out) {
        out.append('[');
        int value = 0;
        int shift = 0;
        boolean first = true;
        for (int i = 0; i < size; i++) {
            byte b = bytes[i];
            value |= (b & 0x7F) << shift;
            shift += 7;
            if (b >= 0) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.append(value);
                value = 0;
                shift = 0;
            }
        }
        out.append(']');
    }
}
