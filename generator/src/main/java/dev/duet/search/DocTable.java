package dev.duet.search;

import java.util.List;

/**
 * A segment's doc table, in id order: held in memory, or kept in a file ({@link DocFile}) for a segment too large for
 * memory, whose entries are read back a chunk at a time as its files are written.
 */
interface DocTable {

    /** The number of entries. */
    int size();

    /** The entries from {@code from} to {@code to}, counted from the segment's first. */
    List<Doc> range(int from, int to);

    /** Lets go of what the table holds once its files are written: a file is deleted. */
    default void release() {
    }

    /** A table held in memory. */
    static DocTable of(List<Doc> docs) {
        List<Doc> held = List.copyOf(docs);
        return new DocTable() {
            @Override
            public int size() {
                return held.size();
            }

            @Override
            public List<Doc> range(int from, int to) {
                return held.subList(from, to);
            }
        };
    }
}
