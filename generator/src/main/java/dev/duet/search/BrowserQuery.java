package dev.duet.search;

import java.util.List;
import java.util.Map;

/**
 * What the site's search script does with the index files, for tools that measure the index from outside the
 * package: the terms a query is split into, the shard that holds each term in a segment, the lists of a term's
 * segments joined, and the ranked hits from the postings. The same rules the index is written with; the script does the same in the browser.
 */
public final class BrowserQuery {

    /** One result: the document's number in the doc chunks, its score, and how many query terms it lacks. */
    public record Hit(int doc, int score, int missing) {
    }

    private BrowserQuery() {
    }

    /** The terms the index is searched for: Chinese by character bigrams, English stemmed. */
    public static List<String> terms(String query) {
        return SearchQuery.terms(query);
    }

    /** The shard, of {@code shards}, whose file holds the term. */
    public static int shard(String term, int shards) {
        return TermHash.shard(term, shards);
    }

    /** The file, in a segment of {@code shards} shards, whose postings hold the term: {@code shard-NN.json}. */
    public static String shardFile(String term, int shards) {
        return TermHash.shardFile(TermHash.shard(term, shards), shards);
    }

    /** A term's posting list as a shard file writes it (a string of base-64 digits), as (id delta, weight) pairs. */
    public static int[] postings(String written) {
        return Postings.decode(written);
    }

    /** A term's posting lists from the segments, oldest first, as one list. */
    public static int[] join(List<int[]> lists) {
        return Ranking.join(lists);
    }

    /** The query's Chinese runs that a story may hold as words typed together: each run's bigrams. */
    public static List<List<String>> runs(String query) {
        return SearchQuery.runs(query);
    }

    /** The documents that hold every term (or each run as its words), best first, from each term's postings. */
    public static List<Hit> rank(List<String> terms, List<List<String>> runs, Map<String, int[]> postings) {
        return Ranking.rank(terms, runs, postings).stream().map(h -> new Hit(h.doc(), h.score(), h.missing()))
                .toList();
    }
}
