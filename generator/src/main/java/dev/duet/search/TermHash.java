package dev.duet.search;

import java.nio.charset.StandardCharsets;

/**
 * Which shard file holds a term: 32-bit FNV-1a over the term's UTF-8 bytes, modulo the number of shards (a power of
 * two). {@code search.js} computes the same with {@code Math.imul}, so the browser fetches exactly one file per
 * query term.
 */
public final class TermHash {

    private static final int OFFSET_BASIS = 0x811c9dc5;
    private static final int PRIME = 0x01000193;

    private TermHash() {
    }

    /** FNV-1a of the UTF-8 bytes, as an unsigned 32-bit value. */
    public static long fnv1a(String term) {
        int hash = OFFSET_BASIS;
        for (byte b : term.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= PRIME;
        }
        return Integer.toUnsignedLong(hash);
    }

    /** The shard of a term among {@code shards} shards. */
    public static int shard(String term, int shards) {
        return (int) (fnv1a(term) % shards);
    }
}
