package dev.duet.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How a query's postings become an ordered list of documents: a document must hold every term (AND), but that a
 * Chinese run of the query may be held as its words ({@link #covers}); documents that hold every term come first, and
 * among those alike the score adds, for each term, the term frequency plus a large boost when the term is in the
 * title, so title matches come first and, among them, more frequent matches; ties go to the higher id, which is the
 * newer article. The same function,
 * line for line, is {@code rank} in {@code search.js}; this one is the reference the tests check.
 */
final class Ranking {

    /** Outweighs any body frequency: a title match always ranks above body matches. */
    static final int TITLE_BOOST = 1000;

    /** One matching document, its score, and how many of the query's terms it lacks (bigrams where words meet). */
    record Hit(int doc, int score, int missing) {
    }

    private Ranking() {
    }

    /**
     * Ranks documents for the given terms.
     *
     * @param terms the distinct query terms (and {@code #tag:slug} filter terms)
     * @param runs the query's Chinese runs that may be held as words ({@link SearchQuery#runs})
     * @param postings each term's posting list as the shard files hold it: pairs of (id delta, weight), weight being
     *     term frequency × 2 + 1 when the term is in the title; a term without a list matches nothing
     */
    static List<Hit> rank(List<String> terms, List<List<String>> runs, Map<String, int[]> postings) {
        if (terms.isEmpty()) {
            return List.of();
        }
        Map<String, Map<Integer, Integer>> scores = new HashMap<>();
        terms.forEach(term -> scores.put(term, scores(postings.getOrDefault(term, new int[0]))));
        Set<String> loose = new HashSet<>();
        runs.forEach(loose::addAll);
        List<String> required = terms.stream().filter(term -> !loose.contains(term)).toList();
        Set<Integer> candidates = new HashSet<>();
        if (required.isEmpty()) {
            loose.forEach(term -> candidates.addAll(scores.get(term).keySet()));
        } else {
            candidates.addAll(scores.get(required.get(0)).keySet());
            required.forEach(term -> candidates.retainAll(scores.get(term).keySet()));
        }
        List<Hit> hits = new ArrayList<>();
        for (int doc : candidates) {
            if (runs.stream().allMatch(run -> covers(run, term -> scores.get(term).containsKey(doc)))) {
                int score = 0;
                int missing = 0;
                for (String term : terms) {
                    Integer one = scores.get(term).get(doc);
                    score += one == null ? 0 : one;
                    missing += one == null ? 1 : 0;
                }
                hits.add(new Hit(doc, score, missing));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::missing)
                .thenComparing(Comparator.comparingInt(Hit::score).reversed())
                .thenComparing(Comparator.comparingInt(Hit::doc).reversed()));
        return hits;
    }

    /**
     * Whether a document holds a Chinese run of the query as words of two characters or more: whether the run can be
     * cut into pieces of at least two characters each of whose bigrams {@code held}. {@code 泸定地震} is held by a story
     * of {@code 泸定} and {@code 地震} without {@code 定地}, not by one of {@code 泸定} alone.
     *
     * @param run the run's bigrams in order: character k and k + 1 make bigram k
     */
    static boolean covers(List<String> run, Predicate<String> held) {
        int chars = run.size() + 1;
        boolean[] cut = new boolean[chars + 1]; // cut[i]: the first i characters are cut into held pieces
        cut[0] = true;
        for (int i = 2; i <= chars; i++) {
            for (int from = i - 2; from >= 0 && held.test(run.get(from)); from--) {
                if (cut[from]) {
                    cut[i] = true;
                    break;
                }
            }
        }
        return cut[chars];
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
