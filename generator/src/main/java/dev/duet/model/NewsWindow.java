package dev.duet.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The articles a Google News sitemap lists at a moment: those published in the two days before it, newest first, at
 * most {@link #LIMIT}. An article's date is a China Standard Time day and counts as published at its start, so at
 * any moment the window holds the articles of that day and the day before. What the window holds changes with the
 * passing of time alone, so it also says when it next will ({@link #nextChange}), for the up-to-date check.
 *
 * @param articles the articles in the window, of every language, by (date desc, path)
 * @param nextChange the first moment after the build's at which the window holds other articles: when its oldest
 *     article ages out or a future-dated one comes in; empty when time alone never changes it
 */
public record NewsWindow(List<ArticlePage> articles, Optional<Instant> nextChange) {

    /** The most articles a news sitemap may list (Google's limit). */
    public static final int LIMIT = 1_000;
    /** How long an article stays in a news sitemap after it was published. */
    public static final Duration LENGTH = Duration.ofDays(2);
    /** The time zone of article dates: China Standard Time. */
    public static final ZoneOffset ZONE = ZoneOffset.ofHours(8);

    private static final Comparator<ArticlePage> ORDER = Comparator
            .comparing((ArticlePage a) -> a.date().orElseThrow(), Comparator.reverseOrder())
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
                if (article.date().isEmpty()) {
                    continue;
                }
                Instant published = publishedAt(article.date().get());
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

    /** When an article of this date counts as published: the start of the day in China Standard Time. */
    public static Instant publishedAt(LocalDate date) {
        return date.atStartOfDay(ZONE).toInstant();
    }
}
