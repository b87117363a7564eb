package dev.duet.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StampMapTest {

    @Test
    void holdsWhatATreeMapHoldsInTheSameOrder() {
        Random random = new Random(7);
        TreeMap<String, FileStamp> tree = new TreeMap<>();
        for (int i = 0; i < 2_000; i++) {
            String path = "articles/" + (2000 + random.nextInt(30)) + "/" + Integer.toString(random.nextInt(1 << 20), 36)
                    + (random.nextBoolean() ? ".zh.md" : ".en.md");
            tree.put(path, random.nextInt(10) == 0 ? FileStamp.ABSENT
                    : new FileStamp(random.nextInt(100_000), random.nextLong() & Long.MAX_VALUE));
        }
        tree.put("glossary.yaml", FileStamp.ABSENT);
        StampMap map = StampMap.of(tree);

        assertEquals(tree, map);
        assertEquals(map, tree);
        assertEquals(tree.hashCode(), map.hashCode());
        assertEquals(tree.size(), map.size());
        assertEquals(new ArrayList<>(tree.keySet()), new ArrayList<>(map.keySet()), "path order");
        assertEquals(new ArrayList<>(tree.entrySet()), new ArrayList<>(map.entrySet()));
        assertEquals(tree.keySet(), map.keySet());
        for (Map.Entry<String, FileStamp> entry : tree.entrySet()) {
            assertEquals(entry.getValue(), map.get(entry.getKey()));
            assertTrue(map.containsKey(entry.getKey()));
        }
        assertSame(FileStamp.ABSENT, map.get("glossary.yaml"));
        assertNull(map.get("articles/none.md"));
        assertNull(map.get(42));
        assertFalse(map.containsKey("articles/none.md"));
        assertSame(map, StampMap.of(map));
        assertEquals(Map.of(), StampMap.of(Map.of()));
    }

    @Test
    void givesTheInstanceOfAPathItHolds() {
        String held = new String("articles/2024/a.zh.md".toCharArray());
        StampMap map = StampMap.of(Map.of(held, new FileStamp(1, 2)));
        assertSame(held, map.sharedPath(new String("articles/2024/a.zh.md".toCharArray())));
        String other = "articles/2024/b.zh.md";
        assertSame(other, map.sharedPath(other));
    }

    @Test
    void cannotBeChanged() {
        StampMap map = StampMap.of(Map.of("a", new FileStamp(1, 2)));
        assertThrows(UnsupportedOperationException.class, () -> map.put("b", new FileStamp(3, 4)));
        assertThrows(UnsupportedOperationException.class, () -> map.remove("a"));
        assertThrows(UnsupportedOperationException.class, () -> map.entrySet().iterator().next().setValue(null));
        assertThrows(UnsupportedOperationException.class, () -> map.keySet().iterator().remove());
        assertEquals(List.of("a"), new ArrayList<>(map.keySet()));
    }
}
