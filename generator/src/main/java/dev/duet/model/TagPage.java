package dev.duet.model;

import java.util.List;
import java.util.Optional;

/**
 * A tag in one language with the articles that carry it, newest first.
 *
 * @param tag the tag
 * @param path the site-relative path of its page
 * @param articles the articles, in site order
 * @param translation the same tag's page in the other language, when it has articles there
 */
public record TagPage(Tag tag, String path, List<ArticlePage> articles, Optional<Translation> translation) {

    public TagPage {
        articles = List.copyOf(articles);
    }
}
