package dev.duet.search;

/** The files of one {@link Segment} of a language's index, as JSON: its part of the doc table and its shards. */
interface SegmentIndex {

    /** A chunk of the doc table, by its number in the language's table: it must lie in this segment. */
    String docsJson(int chunk);

    /** A shard of the segment's postings. */
    String shardJson(int shard);

    /** Lets go of what the index holds outside the heap, once its files are written. */
    default void release() {
    }
}
