package dev.duet.model;

import java.util.List;
import java.util.Optional;

/**
 * The texts of an article that its lists and its translation show besides its path: title, headline, attribution
 * and correction. A build keeps them in memory ({@link Kept}); a shard's build, which renders a share of the pages
 * but lists every article, keeps them in a {@link TextStore} file and reads them again when a page shows them.
 */
public sealed interface ArticleTexts permits ArticleTexts.Kept, TextStore.Stored {

    String title();

    Optional<String> headline();

    Attribution attribution();

    Optional<String> correction();

    /** The texts of an article kept in memory. */
    static ArticleTexts of(String title, Optional<String> headline, Attribution attribution,
            Optional<String> correction) {
        return new Kept(title, headline, attribution, correction);
    }

    /** A title alone, for a link to a page that is not an article's. */
    static ArticleTexts titled(String title) {
        return new Kept(title, Optional.empty(), Kept.NO_ATTRIBUTION, Optional.empty());
    }

    /** Texts held in memory. */
    record Kept(String title, Optional<String> headline, Attribution attribution, Optional<String> correction)
            implements ArticleTexts {

        static final Attribution NO_ATTRIBUTION = new Attribution(Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty());
    }
}
