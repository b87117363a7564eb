package dev.duet.render;

import dev.duet.model.Archive;
import dev.duet.model.ArticlePage;
import dev.duet.model.Permalinks;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the archive page lists: each year with its months and their counts; the {@link #RECENT_MONTHS} newest months
 * with the headlines of their newest stories (at most {@link #PER_MONTH}; the month's own pages have them all); and
 * the undated stories, which no month holds. Older months link to their pages: the archive stays a page of about the
 * same size however many years it covers, and a new story rewrites a page of the last year's headlines, not of
 * every year's.
 */
final class ArchiveHeadlines {

    /**
     * Headlines listed under a month. A busy newsroom publishes thousands a month; the archive stays a page a reader
     * can load, and the month's heading links to the month's pages.
     */
    static final int PER_MONTH = 50;
    /** The months, newest first, whose headlines the archive lists: a year of a daily newsroom. */
    static final int RECENT_MONTHS = 12;

    private ArchiveHeadlines() {
    }

    static List<Views.Period> years(String lang, Archive archive, Permalinks links,
            Function<ArticlePage, Views.Link> link) {
        List<Views.Period> years = new ArrayList<>();
        // Years and months come newest first: a month's place in that order says whether it is recent.
        int monthsSeen = 0;
        for (Archive.Year year : archive.years()) {
            List<Views.Period> months = new ArrayList<>();
            for (Archive.Month month : year.months()) {
                int headlines = monthsSeen++ < RECENT_MONTHS ? PER_MONTH : 0;
                months.add(new Views.Period(Dates.month(lang, month.year(), month.month()),
                        links.href(Permalinks.month(lang, month.year(), month.month())), month.articles().size(),
                        List.of(), month.articles().stream().limit(headlines).map(link).toList()));
            }
            years.add(new Views.Period(Dates.year(lang, year.year()), links.href(Permalinks.year(lang, year.year())),
                    year.articles().size(), months, List.of()));
        }
        return years;
    }

    /** The undated articles of a language's articles in site order (where they come last), as links. */
    static List<Views.Link> undated(List<ArticlePage> articles, Function<ArticlePage, Views.Link> link) {
        return articles.stream().filter(a -> a.date().isEmpty()).map(link).toList();
    }
}
