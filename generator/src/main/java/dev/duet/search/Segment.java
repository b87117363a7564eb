package dev.duet.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntBinaryOperator;

/**
 * A range of a language's document ids whose postings are written together, in {@code seg-<from>/shard-NN.json}.
 * The ids are cut into segments as a number is into digits of base {@value #FANOUT}: whole blocks of
 * {@value #FANOUT}<sup>k</sup> documents for the largest k first, then smaller blocks, then the fewer than
 * {@value #FANOUT} newest documents. A new article changes only the newest segment, a small one; every
 * {@value #FANOUT}th new article folds the newest segments into the next larger one, and every
 * {@value #FANOUT}<sup>k</sup>th into a larger one still. A query reads one shard per term from each segment, about
 * log<sub>{@value #FANOUT}</sub> of the number of documents: three at 10,000 articles, four at 100,000.
 *
 * @param from the first id
 * @param to one past the last id
 * @param shards the number of shard files, a power of two
 */
record Segment(int from, int to, int shards) {

    static final int FANOUT = 32;

    /** The folder of the segment's shards, under the language's index. */
    String dir() {
        return "seg-" + from;
    }

    /** Whether the doc-table chunk of this number lies in the segment (segments start at multiples of a chunk). */
    boolean holdsChunk(int chunk) {
        return chunk * LanguageIndex.DOCS_PER_CHUNK >= from && chunk * LanguageIndex.DOCS_PER_CHUNK < to;
    }

    /**
     * The segments of {@code docs} documents, oldest first; {@code shards} gives a segment's shard count from its
     * first id and the id past its last.
     */
    static List<Segment> of(int docs, IntBinaryOperator shards) {
        List<Segment> segments = new ArrayList<>();
        long block = FANOUT;
        while (block * FANOUT <= docs) {
            block *= FANOUT;
        }
        int from = 0;
        for (; block >= FANOUT; block /= FANOUT) {
            int to = (int) (from + (docs - from) / block * block);
            if (to > from) {
                segments.add(new Segment(from, to, shards.applyAsInt(from, to)));
                from = to;
            }
        }
        if (from < docs) {
            segments.add(new Segment(from, docs, shards.applyAsInt(from, docs)));
        }
        return List.copyOf(segments);
    }
}
