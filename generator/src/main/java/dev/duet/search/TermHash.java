package dev.duet.search;

import java.nio.charset.StandardCharsets;

/**
 * Which shard file holds a term: 32-bit FNV-1a over the term's UTF-8 bytes, modulo the number of shards (a power of
 * two). {@code search.js} computes the same with {@code Math.imul}, so the browser fetches exactly one file per
 * query term.
 */
final class TermHash {

    private static final int OFFSET_BASIS = 0x811c9dc5;
    private static final int PRIME = 0x01000193;

    private TermHash() {
    }

    /** FNV-1a of the UTF-8 bytes, as an unsigned 32-bit value. */
    static long fnv1a(String term) {
        // The UTF-8 bytes are made on the fly: terms are hashed millions of times in a build.
        int hash = OFFSET_BASIS;
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c < 0x80) {
                hash = (hash ^ c) * PRIME;
            } else if (c < 0x800) {
                hash = (hash ^ (0xC0 | c >> 6)) * PRIME;
                hash = (hash ^ (0x80 | c & 0x3F)) * PRIME;
            } else if (Character.isHighSurrogate(c) && i + 1 < term.length()
                    && Character.isLowSurrogate(term.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, term.charAt(++i));
                hash = (hash ^ (0xF0 | cp >> 18)) * PRIME;
                hash = (hash ^ (0x80 | cp >> 12 & 0x3F)) * PRIME;
                hash = (hash ^ (0x80 | cp >> 6 & 0x3F)) * PRIME;
                hash = (hash ^ (0x80 | cp & 0x3F)) * PRIME;
            } else if (Character.isSurrogate(c)) {
                hash = (hash ^ '?') * PRIME; // a lone surrogate encodes as '?', as String.getBytes does
            } else {
                hash = (hash ^ (0xE0 | c >> 12)) * PRIME;
                hash = (hash ^ (0x80 | c >> 6 & 0x3F)) * PRIME;
                hash = (hash ^ (0x80 | c & 0x3F)) * PRIME;
            }
        }
        return Integer.toUnsignedLong(hash);
    }

    /** FNV-1a of the term a {@link SearchTokens#cjkKey} stands for, without making the term. */
    static long fnv1a(long cjkKey) {
        int hash = OFFSET_BASIS;
        long pair = SearchTokens.cjkKey(1, 0);
        if (cjkKey >= pair) {
            hash = codePoint(hash, (int) (cjkKey / pair));
            hash = codePoint(hash, (int) (cjkKey % pair));
        } else {
            hash = codePoint(hash, (int) cjkKey);
        }
        return Integer.toUnsignedLong(hash);
    }

    /** Folds one code point's UTF-8 bytes into the hash. */
    private static int codePoint(int hash, int cp) {
        if (cp < 0x80) {
            return (hash ^ cp) * PRIME;
        }
        if (cp < 0x800) {
            hash = (hash ^ (0xC0 | cp >> 6)) * PRIME;
            return (hash ^ (0x80 | cp & 0x3F)) * PRIME;
        }
        if (cp < 0x10000) {
            hash = (hash ^ (0xE0 | cp >> 12)) * PRIME;
            hash = (hash ^ (0x80 | cp >> 6 & 0x3F)) * PRIME;
            return (hash ^ (0x80 | cp & 0x3F)) * PRIME;
        }
        hash = (hash ^ (0xF0 | cp >> 18)) * PRIME;
        hash = (hash ^ (0x80 | cp >> 12 & 0x3F)) * PRIME;
        hash = (hash ^ (0x80 | cp >> 6 & 0x3F)) * PRIME;
        return (hash ^ (0x80 | cp & 0x3F)) * PRIME;
    }

    /** The same hash over {@link String#getBytes}: the definition the fast loop above must match. */
    static long fnv1aOfBytes(String term) {
        int hash = OFFSET_BASIS;
        for (byte b : term.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= PRIME;
        }
        return Integer.toUnsignedLong(hash);
    }

    /** The file of a shard among {@code shards}: {@code shard-NN.json}, numbered to the width of the last. */
    static String shardFile(int shard, int shards) {
        return "shard-" + String.format(java.util.Locale.ROOT, "%0" + Integer.toString(shards - 1).length() + "d",
                shard) + ".json";
    }

    /** The shard of the term a {@link SearchTokens#cjkKey} stands for, among {@code shards} shards. */
    static int shard(long cjkKey, int shards) {
        return (int) (fnv1a(cjkKey) % shards);
    }

    /** The shard of a term among {@code shards} shards. */
    static int shard(String term, int shards) {
        return (int) (fnv1a(term) % shards);
    }
}
