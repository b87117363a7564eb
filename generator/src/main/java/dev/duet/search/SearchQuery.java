package dev.duet.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a query is searched for: its distinct terms ({@link SearchTokens}' analysis, the first {@value #MOST_TERMS}),
 * and its Chinese runs that a story may hold as words typed together. The search script does the same.
 */
final class SearchQuery {

    /**
     * The most terms a query is searched for, the first ones: each costs a file per segment, and a paragraph pasted
     * into the box (232 characters, 300 files and 3 MB on a 10,000-story site) would keep a phone waiting for
     * seconds, to find no more than its first words find.
     */
    static final int MOST_TERMS = 24;

    private SearchQuery() {
    }

    /** The distinct terms of a query, in the order they first appear. */
    static List<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        for (SearchTokens.Token token : SearchTokens.forQuery(text)) {
            if (terms.size() == MOST_TERMS && !terms.contains(token.term())) {
                break;
            }
            terms.add(token.term());
        }
        return List.copyOf(terms);
    }

    /**
     * The query's Chinese runs of four characters or more, each as its bigrams in order: such a run may be words
     * typed together ({@code 泸定地震}), whose bigram across the words' meeting ({@code 定地}) a story need not hold.
     * See {@link Ranking#covers}.
     */
    static List<List<String>> runs(String text) {
        List<List<String>> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        Set<String> searched = new HashSet<>(terms(text));
        int lastEnd = -1;
        for (SearchTokens.Token token : SearchTokens.forQuery(text)) {
            boolean pair = token.term().codePointCount(0, token.term().length()) == 2
                    && SearchTokens.isCjk(token.term().codePointAt(0)) && searched.contains(token.term());
            if (!pair || token.start() >= lastEnd) {
                closeRun(runs, run);
            }
            if (pair) {
                run.add(token.term());
            }
            lastEnd = pair ? token.end() : -1;
        }
        closeRun(runs, run);
        return runs;
    }

    private static void closeRun(List<List<String>> runs, List<String> run) {
        if (run.size() >= 3) {
            runs.add(List.copyOf(run));
        }
        run.clear();
    }
}
