package dev.duet.search;

import dev.duet.model.ArticlePage;
import dev.duet.model.LanguageSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/** A language's articles analysed once, a batch at a time on every core, for the postings to be gathered from. */
final class Batches {

    /** Articles analysed at a time: on every core, without holding a whole large site's analyses at once. */
    private static final int BATCH = 256;

    private Batches() {
    }

    /** Receives each batch of analysed articles in order; the batch's first article has id {@code first}. */
    interface Sink {
        void accept(int first, List<Hashed> batch) throws IOException;
    }

    /** An analysis with each term's hash, computed on the core that analysed it. */
    record Hashed(Analyzed analyzed, int[] cjkHashes, int[] wordHashes) {
        static Hashed of(Analyzed analyzed) {
            int[] cjkHashes = new int[analyzed.cjk().length];
            for (int t = 0; t < cjkHashes.length; t++) {
                cjkHashes[t] = (int) TermHash.fnv1a(analyzed.cjk()[t]);
            }
            int[] wordHashes = new int[analyzed.words().length];
            for (int t = 0; t < wordHashes.length; t++) {
                wordHashes[t] = (int) TermHash.fnv1a(analyzed.words()[t]);
            }
            return new Hashed(analyzed, cjkHashes, wordHashes);
        }

        /** Gives each term of the article, with its weight, to the sink {@code sinks} gives for the term's hash. */
        void routeTerms(int id, IntFunction<TermSink> sinks) {
            for (int t = 0; t < cjkHashes.length; t++) {
                sinks.apply(cjkHashes[t]).cjk(analyzed.cjk()[t], id, analyzed.cjkWeights()[t]);
            }
            for (int t = 0; t < wordHashes.length; t++) {
                sinks.apply(wordHashes[t]).word(analyzed.words()[t], id, analyzed.wordWeights()[t]);
            }
            for (String tagTerm : analyzed.tagTerms()) {
                sinks.apply((int) TermHash.fnv1a(tagTerm)).word(tagTerm, id, 0);
            }
        }

        /** Gives the sink each term of the article whose hash {@code wanted} accepts, with its weight. */
        void forEachTerm(int id, IntPredicate wanted, TermSink sink) {
            for (int t = 0; t < cjkHashes.length; t++) {
                if (wanted.test(cjkHashes[t])) {
                    sink.cjk(analyzed.cjk()[t], id, analyzed.cjkWeights()[t]);
                }
            }
            for (int t = 0; t < wordHashes.length; t++) {
                if (wanted.test(wordHashes[t])) {
                    sink.word(analyzed.words()[t], id, analyzed.wordWeights()[t]);
                }
            }
            for (String tagTerm : analyzed.tagTerms()) {
                // Weight 0: a filter term narrows the results without changing their order.
                if (wanted.test((int) TermHash.fnv1a(tagTerm))) {
                    sink.word(tagTerm, id, 0);
                }
            }
        }
    }

    /**
     * Analyses every article of the language once, a batch at a time on every core, giving {@code docs} each
     * article's doc-table entry in order. The first article has id {@code firstId}.
     */
    static void analyseAll(LanguageSite language, int firstId, Function<ArticlePage, Analyzed> analysis,
            Consumer<Doc> docs, Sink sink) {
        List<ArticlePage> articles = language.articles();
        try {
            for (int from = 0; from < articles.size(); from += BATCH) {
                List<Hashed> batch = articles.subList(from, Math.min(articles.size(), from + BATCH)).parallelStream()
                        .map(analysis).map(Hashed::of).toList();
                batch.forEach(h -> docs.accept(h.analyzed().doc()));
                sink.accept(firstId + from, batch);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
