package dev.duet.config;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * One share of a site built on its own ({@code -Dduet.shard=K/N}): shard {@code index} of {@code count}. Every file
 * of the site belongs to exactly one shard, by a stable hash of a key — the story for article and parallel pages,
 * the file's path for every other file — so that N builds on N machines make each file once, and {@code duet:merge}
 * puts them together.
 *
 * @param index K, from 1
 * @param count N, at least 1
 */
public record Shard(int index, int count) {

    /** The folder of a shard's folder that holds its share of the site's files. */
    public static final String SITE = "site";
    /** The folder of a shard's folder that holds its build's cache: its manifest, render cache and snapshot. */
    public static final String CACHE = "cache";

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N, was " + index + "/" + count);
        }
    }

    /**
     * The shard {@code K/N} names, or empty with an error added that says what is wrong; an empty text is no shard.
     */
    static Optional<Shard> parse(String text, List<String> errors) {
        String value = text.strip();
        int slash = value.indexOf('/');
        try {
            if (slash > 0) {
                int index = Integer.parseInt(value.substring(0, slash).strip());
                int count = Integer.parseInt(value.substring(slash + 1).strip());
                if (count >= 1 && index >= 1 && index <= count) {
                    return Optional.of(new Shard(index, count));
                }
            }
        } catch (NumberFormatException e) {
            // said below
        }
        errors.add("<shard> / -Dduet.shard: must be K/N with 1 <= K <= N, such as 1/8, was '" + value + "'");
        return Optional.empty();
    }

    /** The name of the shard's folder: {@code K-of-N}. */
    public String folderName() {
        return index + "-of-" + count;
    }

    /** True when the file or story known by {@code key} belongs to this shard. */
    public boolean owns(String key) {
        return Math.floorMod(hash(key), (long) count) == index - 1;
    }

    /**
     * A hash of the key's UTF-8 bytes that every JVM computes alike (FNV-1a, then mixed so that the low bits, which
     * the share is taken from, depend on every byte).
     */
    static long hash(String key) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        return hash;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
