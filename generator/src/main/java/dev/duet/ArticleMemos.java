package dev.duet;

import dev.duet.model.ArticleMemo;
import dev.duet.search.SearchIndex;

/**
 * Values computed from each article (its digest, its search analyses): a preview keeps them between rebuilds, so
 * that a rebuild computes them only for the articles that changed; a publishing build makes new ones.
 */
record ArticleMemos(ArticleMemo<String> digests, SearchIndex.Memory analyses) {

    /** Memos for one publishing build: digests for this build only, no search analyses kept. */
    static ArticleMemos fresh() {
        return new ArticleMemos(new ArticleMemo<>(), SearchIndex.Memory.none());
    }

    /** Memos a preview keeps across its builds. */
    static ArticleMemos keeping() {
        return new ArticleMemos(new ArticleMemo<>(), SearchIndex.Memory.keeping());
    }

    /** Forgets the values of articles the build just ended did not use: edited or deleted ones. */
    void retainUsed() {
        digests.retainUsed();
        analyses.retainUsed();
    }
}
