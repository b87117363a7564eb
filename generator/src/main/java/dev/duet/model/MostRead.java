package dev.duet.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A language's most read stories: the {@code count} most viewed (front matter {@code views}) of its articles dated
 * within {@code days} days of the language's newest story, most views first, then newest, then by path. The window
 * is counted back from the newest story, not from the clock, so the list depends only on the articles.
 */
public final class MostRead {

    private static final Comparator<ArticlePage> ORDER = Comparator
            .comparing((ArticlePage a) -> a.views().orElse(0), Comparator.reverseOrder())
            .thenComparing((ArticlePage a) -> a.published().orElseThrow().instant(), Comparator.reverseOrder())
            .thenComparing(ArticlePage::path);

    private MostRead() {
    }

    /** The most read stories of a language of the site; none when {@code count} is 0. */
    public static List<ArticlePage> of(Site site, String lang, int count, int days) {
        List<ArticlePage> articles = site.find(lang).map(LanguageSite::articles).orElse(List.of());
        // The language's own newest story: a story in the other language alone, dated after the rest, leaves this
        // language's box as it was.
        Optional<LocalDate> newest = articles.stream().findFirst().flatMap(ArticlePage::date);
        if (newest.isEmpty() || count == 0) {
            return List.of();
        }
        LocalDate from = newest.get().minusDays(days - 1L);
        return articles.stream()
                .takeWhile(a -> a.date().isPresent() && !a.date().get().isBefore(from))
                .filter(a -> a.views().filter(v -> v > 0).isPresent())
                .sorted(ORDER).limit(count).toList();
    }
}
