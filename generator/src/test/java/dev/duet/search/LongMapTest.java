package dev.duet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The primitive maps of the index against the JDK's HashMap, on keys that collide and grow the tables. */
class LongMapTest {

    @Test
    void countsAsAHashMapDoes() {
        Random random = new Random(1);
        LongCounter counter = new LongCounter();
        Map<Long, Integer> expected = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            // Few distinct keys, spread over the whole range, and multiples of a power of two that share low bits.
            long key = random.nextBoolean() ? 1 + random.nextInt(5_000) : (1 + random.nextInt(3_000)) * 4096L << 21;
            counter.add(key);
            expected.merge(key, 1, Integer::sum);
        }
        assertEquals(expected.size(), counter.size());
        int[] counts = new int[counter.size()];
        long[] keys = counter.keys(counts);
        for (int i = 0; i < keys.length; i++) {
            assertEquals(expected.get(keys[i]), counts[i]);
            assertTrue(counter.contains(keys[i]));
        }
        assertTrue(!counter.contains(999_999_999L));
    }

    @Test
    void mapsAsAHashMapDoesAndDrainsToEmpty() {
        Random random = new Random(2);
        LongMap<int[]> map = new LongMap<>();
        Map<Long, int[]> expected = new HashMap<>();
        for (int i = 0; i < 100_000; i++) {
            long key = 1 + (random.nextLong() & 0x3FFFFFFFFFFL) % 20_000;
            int[] value = map.computeIfAbsent(key, k -> new int[1]);
            value[0]++;
            assertTrue(expected.computeIfAbsent(key, k -> value) == value);
        }
        assertEquals(expected.size(), map.size());
        Map<Long, int[]> drained = new HashMap<>();
        map.drain((key, value) -> drained.put(key, value));
        assertEquals(expected, drained);
        assertEquals(0, map.size());
        map.drain((key, value) -> {
            throw new AssertionError("drained twice");
        });
    }
}
