package dev.duet.render;

import dev.duet.model.Archive;
import dev.duet.model.ArticlePage;
import dev.duet.model.Permalinks;
import java.util.List;
import java.util.function.Function;

/**
 * What the archive page lists: each year with its months, each month with the headlines of its newest stories (at
 * most {@link #PER_MONTH}; the month's own page has them all), and the undated stories, which no month holds.
 */
final class ArchiveHeadlines {

    /**
     * Headlines listed under a month. A busy newsroom publishes thousands a month; the archive stays a page a reader
     * can load, and the month's heading links to the month's pages.
     */
    static final int PER_MONTH = 50;

    private ArchiveHeadlines() {
    }

    static List<Views.Period> years(String lang, Archive archive, Permalinks links,
            Function<ArticlePage, Views.Link> link) {
        return archive.years().stream().map(year -> new Views.Period(Dates.year(lang, year.year()),
                links.href(Permalinks.year(lang, year.year())), year.articles().size(),
                year.months().stream().map(month -> new Views.Period(Dates.month(lang, month.year(), month.month()),
                        links.href(Permalinks.month(lang, month.year(), month.month())), month.articles().size(),
                        List.of(), month.articles().stream().limit(PER_MONTH).map(link).toList())).toList(),
                List.of())).toList();
    }

    /** The undated articles of a language's articles in site order (where they come last), as links. */
    static List<Views.Link> undated(List<ArticlePage> articles, Function<ArticlePage, Views.Link> link) {
        return articles.stream().filter(a -> a.date().isEmpty()).map(link).toList();
    }
}
