package dev.duet.model;

import dev.duet.config.LanguageConfig;
import dev.duet.content.NewsTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The site in one language: its articles newest first (undated last, ties by key), and its tags, sections and
 * reporters, each sorted by slug.
 */
public record LanguageSite(LanguageConfig language, List<ArticlePage> articles, List<TagPage> tags,
        List<TagPage> sections, List<TagPage> reporters) {

    /**
     * Newest first, by the moment of publication (a day without a time at its start, China Standard Time); undated
     * last; ties broken by key so that order never depends on the file system.
     */
    public static final Comparator<ArticlePage> ORDER = Comparator
            .comparing((ArticlePage p) -> p.published().map(NewsTime::instant).orElse(Instant.MIN),
                    Comparator.reverseOrder())
            .thenComparing(ArticlePage::key)
            .thenComparing(ArticlePage::path);

    public LanguageSite {
        articles = List.copyOf(articles);
        tags = List.copyOf(tags);
        sections = List.copyOf(sections);
        reporters = List.copyOf(reporters);
    }

    /** A language without sections or reporter pages. */
    public LanguageSite(LanguageConfig language, List<ArticlePage> articles, List<TagPage> tags) {
        this(language, articles, tags, List.of(), List.of());
    }

    public String code() {
        return language.code();
    }
}
