package dev.duet.search;

/**
 * Counts {@code long} keys without boxing: how often each Chinese, Japanese or Korean term occurs in one text. Open
 * addressing with linear probing; key 0 is never a term's key and marks an empty slot. Not thread-safe.
 */
final class LongCounter {

    private long[] keys = new long[1024];
    private int[] counts = new int[1024];
    private int size;

    int size() {
        return size;
    }

    void add(long key) {
        int slot = find(key);
        if (keys[slot] == 0) {
            keys[slot] = key;
            if (++size * 2 > keys.length) {
                counts[slot] = 1;
                grow();
                return;
            }
        }
        counts[slot]++;
    }

    boolean contains(long key) {
        return keys[find(key)] == key;
    }

    /** The keys counted, in no particular order, and their counts at the same positions of {@code countsOut}. */
    long[] keys(int[] countsOut) {
        long[] out = new long[size];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                countsOut[n] = counts[i];
                out[n++] = keys[i];
            }
        }
        return out;
    }

    private int find(long key) {
        return LongMap.slot(keys, key);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = find(oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }
}
