package dev.duet.model;

import dev.duet.content.Body;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an article is: its page's path, the file it was read from with the line its body starts on, its body, and
 * the link to its translation. Lists show every article by these, but only the article's own page needs most of
 * them. A build keeps them in memory ({@link Kept}); a shard's build, which renders a share of the pages but lists
 * every article of the site, keeps them in a {@link TextStore} file and reads them again when a page asks.
 */
public sealed interface ArticlePlace permits ArticlePlace.Kept, TextStore.StoredPlace {

    /** The site-relative path of the page, ending in {@code /}; its last segment is the slug. */
    String path();

    /** The Markdown body. */
    Body body();

    /** The article file, relative to the site, for messages. */
    String file();

    /** The line where the body starts in that file. */
    int bodyLine();

    /** The same story in the other language. */
    Optional<Translation> translation();

    /** A place held in memory. */
    record Kept(String path, Body body, String file, int bodyLine, Optional<Translation> translation)
            implements ArticlePlace {

        public Kept {
            Objects.requireNonNull(path, "path");
        }
    }
}
