package dev.duet.serve;

import dev.duet.diagnostic.Problem;
import java.util.List;

/**
 * What the preview says about one page besides the build's problems: the translation desk's findings on the article
 * it shows. Called on the server's threads, so it must be thread-safe and quick.
 */
@FunctionalInterface
public interface PageNotes {

    /** No notes on any page. */
    PageNotes NONE = page -> List.of();

    /** The notes on the page at {@code sitePath} (relative to the site's root, such as {@code zh/2024/05/slug/}). */
    List<Problem> of(String sitePath);
}
