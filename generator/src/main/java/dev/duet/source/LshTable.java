package dev.duet.source;

import java.util.Arrays;

/**
 * The buckets of locality-sensitive hashing: for each band hash, the sources that have it, kept in primitive arrays
 * (an open-addressing table of keys, each heading a chain of entries) so that a hundred thousand sources with
 * sixteen bands each fit in a few tens of megabytes rather than a map of boxed keys and lists. Not thread-safe.
 */
final class LshTable {

    private long[] keys = new long[1 << 10];
    /** For each slot, its first entry plus one; 0 for an empty slot. */
    private int[] heads = new int[1 << 10];
    /**
     * For each entry, side by side (a walk along a chain reads one place of memory per entry): the next entry of its
     * key plus one (0 at the end), and the source it stands for.
     */
    private int[] chains = new int[2 << 10];
    private int used;
    private int entries;

    /** Adds {@code owner} to the bucket of {@code key}. */
    void add(long key, int owner) {
        if ((used + 1) * 4L > keys.length * 3L) {
            grow();
        }
        if (2 * entries == chains.length) {
            chains = Arrays.copyOf(chains, chains.length * 2);
        }
        int slot = slot(keys, heads, key);
        if (heads[slot] == 0) {
            keys[slot] = key;
            used++;
        }
        chains[2 * entries] = heads[slot];
        chains[2 * entries + 1] = owner;
        heads[slot] = ++entries;
    }

    /** The sources in the bucket of {@code key}, the latest first; safe on many cores while nothing is added. */
    Entries entries(long key) {
        return new Entries(heads[slot(keys, heads, key)]);
    }

    /** A walk along one bucket's chain. */
    final class Entries {
        private int entry;

        private Entries(int head) {
            this.entry = head;
        }

        boolean hasNext() {
            return entry != 0;
        }

        int next() {
            int at = 2 * (entry - 1);
            entry = chains[at];
            return chains[at + 1];
        }
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private static int slot(long[] keys, int[] heads, long key) {
        int mask = keys.length - 1;
        int slot = (int) (DuplicateFinder.mix(key) & mask);
        while (heads[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        heads = new int[oldHeads.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHeads[i] != 0) {
                int slot = slot(keys, heads, oldKeys[i]);
                keys[slot] = oldKeys[i];
                heads[slot] = oldHeads[i];
            }
        }
    }
}
