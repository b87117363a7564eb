package dev.duet.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The articles a Google News sitemap lists at a moment: those published in the two days before it, newest first, at
 * most {@link #LIMIT}. An article counts as published at the time its front matter gives, or, given a day alone, at
 * the start of that day in China Standard Time. What the window holds changes with the
 * passing of time alone, so it also says when it next will ({@link #nextChange}), for the up-to-date check.
 *
 * @param articles the articles in the window, of every language, by (moment of publication desc, path)
 * @param nextChange the first moment after the build's at which the window holds other articles: when its oldest
 *     article ages out or a future-dated one comes in; empty when time alone never changes it
 */
public record NewsWindow(List<ArticlePage> articles, Optional<Instant> nextChange) {

    /** The most articles a news sitemap may list (Google's limit). */
    public static final int LIMIT = 1_000;
    /** How long an article stays in a news sitemap after it was published. */
    public static final Duration LENGTH = Duration.ofDays(2);

    private static final Comparator<ArticlePage> ORDER = Comparator
            .comparing((ArticlePage a) -> a.published().orElseThrow().instant(), Comparator.reverseOrder())
            .thenComparing(ArticlePage::path);

    public NewsWindow {
        articles = List.copyOf(articles);
    }

    /** The window of {@code site} at {@code now} (the build time). */
    public static NewsWindow of(Site site, Instant now) {
        List<ArticlePage> inside = new ArrayList<>();
        Optional<Instant> next = Optional.empty();
        for (LanguageSite language : site.languages()) {
            for (ArticlePage article : language.articles()) {
                if (article.published().isEmpty()) {
                    continue;
                }
                Instant published = article.published().get().instant();
                Instant change;
                if (published.isAfter(now)) {
                    change = published;
                } else {
                    change = published.plus(LENGTH);
                    if (!change.isAfter(now)) {
                        continue; // aged out for good: its leaving changes nothing any more
                    }
                    inside.add(article);
                }
                next = next.isEmpty() || change.isBefore(next.get()) ? Optional.of(change) : next;
            }
        }
        inside.sort(ORDER);
        return new NewsWindow(inside.subList(0, Math.min(LIMIT, inside.size())), next);
    }
}
