package dev.duet.search;

import java.util.function.LongFunction;

/**
 * A hash map from {@code long} keys to values, without boxing: the index keys Chinese, Japanese and Korean terms by
 * their code points ({@link SearchTokens#cjkKey}), and gathers millions of them in a build. Open addressing with
 * linear probing; key 0 is never a term's key and marks an empty slot. Not thread-safe.
 */
final class LongMap<V> {

    private long[] keys;
    private Object[] values;
    private int size;

    LongMap() {
        this(16);
    }

    LongMap(int expected) {
        int capacity = 16;
        while (capacity < expected * 2) {
            capacity <<= 1;
        }
        keys = new long[capacity];
        values = new Object[capacity];
    }

    int size() {
        return size;
    }

    /** The value for {@code key}, made by {@code create} the first time. */
    @SuppressWarnings("unchecked")
    V computeIfAbsent(long key, LongFunction<V> create) {
        int slot = find(key);
        if (keys[slot] == key) {
            return (V) values[slot];
        }
        V value = create.apply(key);
        keys[slot] = key;
        values[slot] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
        return value;
    }

    /**
     * Gives every entry to {@code action}, in no particular order, and forgets each value as it goes, so that a map
     * being turned into another structure is never held twice. The map is empty afterwards.
     */
    @SuppressWarnings("unchecked")
    void drain(Entry<V> action) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                V value = (V) values[i];
                values[i] = null;
                action.accept(keys[i], value);
            }
        }
        keys = new long[16];
        values = new Object[16];
        size = 0;
    }

    /** Receives one entry. */
    @FunctionalInterface
    interface Entry<V> {
        void accept(long key, V value);
    }

    private int find(long key) {
        return slot(keys, key);
    }

    /** The slot of {@code key} in an open-addressing table of {@code keys}: where it is, or the empty slot for it. */
    static int slot(long[] keys, long key) {
        if (key == 0) {
            throw new IllegalArgumentException("key 0 is reserved");
        }
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 32);
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = find(oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
