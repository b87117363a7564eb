package dev.duet.search;

import dev.duet.model.ArticleMemo;
import dev.duet.model.ArticlePage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What the index remembers of each article between the builds of a preview: its analysis, with every term
 * string shared. An ordinary build keeps nothing, so a large site's analyses never sit in memory at once.
 */
public abstract sealed class SearchMemory permits SearchMemory.None, SearchMemory.Keeping {

    /** Remembers nothing: for one build. */
    public static SearchMemory none() {
        return new None();
    }

    /** Remembers every article's analysis: for the rebuilds of a preview. */
    public static SearchMemory keeping() {
        return new Keeping();
    }

    /** The article's analysis: made by {@code analyze}, given what makes each term string canonical. */
    abstract Analyzed analysis(ArticlePage article, Function<UnaryOperator<String>, Analyzed> analyze);

    /**
     * Whether a segment with few changed articles is patched from the shards the last build wrote
     * ({@link PatchedSegment}): for a memory that keeps no analyses, which would analyse every article again.
     */
    abstract boolean patchesShards();

    /** Forgets the articles the last build did not index. Call between builds. */
    public abstract void retainUsed();

    /** Analyses each article anew, its terms as they come. */
    static final class None extends SearchMemory {

        @Override
        Analyzed analysis(ArticlePage article, Function<UnaryOperator<String>, Analyzed> analyze) {
            return analyze.apply(term -> term);
        }

        @Override
        boolean patchesShards() {
            return true;
        }

        @Override
        public void retainUsed() {
        }
    }

    /** Keeps each article's analysis, and one string for each term across all of them. */
    static final class Keeping extends SearchMemory {
        private final ArticleMemo<Analyzed> analyses = new ArticleMemo<>();
        private final Map<String, String> terms = new ConcurrentHashMap<>();

        @Override
        Analyzed analysis(ArticlePage article, Function<UnaryOperator<String>, Analyzed> analyze) {
            return analyses.get(article, a -> analyze.apply(term -> terms.computeIfAbsent(term, t -> t)));
        }

        @Override
        boolean patchesShards() {
            return false;
        }

        @Override
        public void retainUsed() {
            analyses.retainUsed();
        }
    }
}
