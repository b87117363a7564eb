package dev.duet.io;

import java.util.function.LongFunction;

/**
 * The values read last from a {@link ByteStore} on each thread, by place, in a few slots: a stage asks for one
 * record's value several times in a row, and should decode it once. Thread-safe: each thread has its own slots.
 *
 * @param <T> the values decoded from the records
 */
public final class RecentReads<T> {

    /** Slots of each thread. */
    private static final int SLOTS = 64;

    private final ThreadLocal<Slots<T>> slots = ThreadLocal.withInitial(Slots::new);

    /** The value of the record at {@code place}: the one read last on this thread, else {@code read} of it. */
    public T get(long place, LongFunction<T> read) {
        Slots<T> seen = slots.get();
        int slot = (int) (place * 0x9E3779B97F4A7C15L >>> 58);
        T value = seen.values[slot];
        if (value != null && seen.places[slot] == place) {
            return value;
        }
        value = read.apply(place);
        seen.places[slot] = place;
        seen.values[slot] = value;
        return value;
    }

    private static final class Slots<T> {
        final long[] places = new long[SLOTS];
        @SuppressWarnings("unchecked")
        final T[] values = (T[]) new Object[SLOTS];
    }
}
