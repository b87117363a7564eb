package dev.duet.output;

import java.util.Arrays;

/**
 * Finds paths, asked for mostly in ascending order (the lines of a list written sorted), in a sorted array: by
 * walking the array along with them, one comparison or two a path, and by binary search for a path that comes out of
 * order, so that a list edited by hand is still searched right.
 */
final class AscendingSearch {

    private final String[] sorted;
    /** The place of the first entry not below the last path walked to. */
    private int next;
    private String last;

    AscendingSearch(String[] sorted) {
        this.sorted = sorted;
    }

    /** True when the array holds {@code path}. */
    boolean contains(String path) {
        return indexOf(path) >= 0;
    }

    /** The place of {@code path} in the array, or -1 when it holds no such path. */
    int indexOf(String path) {
        if (last != null && path.compareTo(last) < 0) {
            return Math.max(-1, Arrays.binarySearch(sorted, path));
        }
        last = path;
        while (next < sorted.length && sorted[next].compareTo(path) < 0) {
            next++;
        }
        return next < sorted.length && sorted[next].equals(path) ? next : -1;
    }
}
