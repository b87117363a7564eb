package dev.duet.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Paths asked for in any order are found where a binary search finds them, and missing ones are not. */
class AscendingSearchTest {

    @Test
    void findsWhatABinarySearchFindsInAnyOrderOfAsking() {
        Random random = new Random(7);
        String[] sorted = new String[500];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = "zh/" + random.nextInt(2000) + "/index.html";
        }
        sorted = Arrays.stream(sorted).distinct().sorted().toArray(String[]::new);
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            asked.add("zh/" + random.nextInt(2000) + "/index.html");
        }
        Collections.sort(asked);
        // A list edited by hand: mostly ascending, a few lines out of order, some twice.
        Collections.swap(asked, 10, 600);
        Collections.swap(asked, 300, 20);
        asked.add(150, asked.get(149));
        AscendingSearch search = new AscendingSearch(sorted);
        for (String path : asked) {
            int expected = Math.max(-1, Arrays.binarySearch(sorted, path));
            assertEquals(expected, search.indexOf(path), path);
        }
    }
}
