package dev.duet.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a query's postings become an ordered list of documents: a document must hold every term (AND); its score adds,
 * for each term, the term frequency plus a large boost when the term is in the title, so title matches come first
 * and, among them, more frequent matches; ties go to the higher id, which is the newer article. The same function,
 * line for line, is {@code rank} in {@code search.js}; this one is the reference the tests check.
 */
final class Ranking {

    /** Outweighs any body frequency: a title match always ranks above body matches. */
    static final int TITLE_BOOST = 1000;

    /** One matching document and its score. */
    record Hit(int doc, int score) {
    }

    private Ranking() {
    }

    /**
     * Ranks documents for the given terms.
     *
     * @param terms the distinct query terms (and {@code #tag:slug} filter terms)
     * @param postings each term's posting list as the shard files hold it: pairs of (id delta, weight), weight being
     *     term frequency × 2 + 1 when the term is in the title; a term without a list matches nothing
     */
    static List<Hit> rank(List<String> terms, Map<String, int[]> postings) {
        if (terms.isEmpty()) {
            return List.of();
        }
        Map<Integer, Integer> scores = scores(postings.getOrDefault(terms.get(0), new int[0]));
        for (String term : terms.subList(1, terms.size())) {
            Map<Integer, Integer> before = scores;
            Map<Integer, Integer> next = new HashMap<>();
            scores(postings.getOrDefault(term, new int[0])).forEach((doc, score) -> {
                if (before.containsKey(doc)) {
                    next.put(doc, before.get(doc) + score);
                }
            });
            scores = next;
        }
        List<Hit> hits = new ArrayList<>();
        scores.forEach((doc, score) -> hits.add(new Hit(doc, score)));
        hits.sort(Comparator.comparingInt(Hit::score).reversed()
                .thenComparing(Comparator.comparingInt(Hit::doc).reversed()));
        return hits;
    }

    /**
     * One posting list from a term's lists in the segments, oldest segment first: each list's first id is absolute,
     * so the joined list re-counts each list's first delta from the last id before it.
     */
    static int[] join(List<int[]> lists) {
        int[] out = new int[lists.stream().mapToInt(l -> l.length / 2 * 2).sum()];
        int n = 0;
        int last = 0;
        for (int[] list : lists) {
            int doc = 0;
            for (int i = 0; i + 1 < list.length; i += 2) {
                doc += list[i];
                out[n++] = doc - last;
                out[n++] = list[i + 1];
                last = doc;
            }
        }
        return out;
    }

    /** Each document's score for one term, from the term's posting list. */
    private static Map<Integer, Integer> scores(int[] list) {
        Map<Integer, Integer> scores = new HashMap<>();
        int doc = 0;
        for (int i = 0; i + 1 < list.length; i += 2) {
            doc += list[i];
            int weight = list[i + 1];
            scores.put(doc, (weight >> 1) + ((weight & 1) == 1 ? TITLE_BOOST : 0));
        }
        return scores;
    }
}
