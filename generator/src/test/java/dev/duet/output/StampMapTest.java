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
    void keepsPathsOfAnyScriptSharingStartsOfAnyLengthAndFindsEachOfThem() {
        TreeMap<String, FileStamp> tree = new TreeMap<>();
        String[] starts = {"", "articles/", "articles/2024/", "articles/2024/新闻-", "articles/😀", "articles/😁",
                "articles/\uD83D", "z"};
        int n = 0;
        for (String start : starts) {
            for (String end : new String[] {"", "a", "a.zh.md", "a.en.md", "中文.md", "😀x", "\uDE00", "b/c/d.md"}) {
                tree.put(start + end, new FileStamp(n, n * 31L));
                n++;
            }
        }
        for (int i = 0; i < 300; i++) {
            tree.put("sources/" + String.format("%06d", i * 7) + "_" + Integer.toHexString(i * 2654435) + ".txt",
                    new FileStamp(i, i));
        }
        StampMap map = StampMap.of(tree);
        assertEquals(new ArrayList<>(tree.entrySet()), new ArrayList<>(map.entrySet()));
        for (Map.Entry<String, FileStamp> entry : tree.entrySet()) {
            assertEquals(entry.getValue(), map.get(entry.getKey()), entry.getKey());
            assertEquals(entry.getValue(), map.get(new String(entry.getKey().toCharArray())), "by value");
            assertFalse(map.containsKey(entry.getKey() + "\u0000"));
            assertFalse(map.containsKey(entry.getKey() + "~"));
        }
        assertFalse(map.containsKey("\u0000"));
        assertFalse(map.containsKey("\uFFFF"));
        assertNull(StampMap.of(Map.of()).get("a"));
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

    @Test
    void comparesWithAnotherWithoutLookingPathsUpAndFindsStampsOfSortedPathsInOneWalk() {
        TreeMap<String, FileStamp> tree = new TreeMap<>();
        for (int i = 0; i < 100; i++) {
            tree.put("articles/2024/story-" + String.format("%03d", i) + ".zh.md", new FileStamp(i, i * 7L));
        }
        StampMap map = StampMap.of(tree);
        StampMap same = StampMap.of(new TreeMap<>(tree));
        assertEquals(map, same);
        assertTrue(map.samePaths(same));

        TreeMap<String, FileStamp> touched = new TreeMap<>(tree);
        touched.put("articles/2024/story-050.zh.md", new FileStamp(50, 1L));
        assertFalse(map.equals(StampMap.of(touched)), "another stamp");
        assertTrue(map.samePaths(StampMap.of(touched)), "the same paths");
        TreeMap<String, FileStamp> added = new TreeMap<>(tree);
        added.put("articles/2024/story-050a.zh.md", new FileStamp(1, 1L));
        assertFalse(map.equals(StampMap.of(added)));
        assertFalse(map.samePaths(StampMap.of(added)));
        TreeMap<String, FileStamp> renamed = new TreeMap<>(tree);
        renamed.remove("articles/2024/story-099.zh.md");
        renamed.put("articles/2024/story-099.en.md", new FileStamp(99, 99 * 7L));
        assertFalse(map.samePaths(StampMap.of(renamed)), "the same count, another path");

        List<String> asked = List.of("articles/2024/story-000.zh.md", "articles/2024/story-000a.zh.md",
                "articles/2024/story-050.zh.md", "articles/2024/story-099.zh.md", "sources/x.txt");
        FileStamp[] found = map.stampsOf(asked);
        assertEquals(new FileStamp(0, 0L), found[0]);
        assertNull(found[1], "a path the map does not hold");
        assertEquals(new FileStamp(50, 350L), found[2]);
        assertEquals(new FileStamp(99, 693L), found[3]);
        assertNull(found[4], "after its last path");
    }
}
