package dev.duet.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A language's most read stories: the {@code count} most viewed (front matter {@code views}) of its articles dated
 * within {@code days} days of the language's newest story, most views first, then newest, then by path; when fewer
 * of them have views, the newest stories before the window that have views follow, newest first. The window is
 * counted back from the newest story, not from the clock, so the list depends only on the articles.
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
        int window = (int) articles.stream().takeWhile(a -> a.date().isPresent() && !a.date().get().isBefore(from))
                .count();
        List<ArticlePage> read = new ArrayList<>(articles.subList(0, window).stream().filter(MostRead::viewed)
                .sorted(ORDER).limit(count).toList());
        // A slow week: the newest stories before it that have views fill the other places, so that the box keeps
        // its size, and every article page that holds its places its bytes, from one week to the next.
        articles.subList(window, articles.size()).stream().filter(a -> a.date().isPresent() && viewed(a))
                .limit(count - read.size()).forEach(read::add);
        return List.copyOf(read);
    }

    private static boolean viewed(ArticlePage article) {
        return article.views().filter(v -> v > 0).isPresent();
    }
}
