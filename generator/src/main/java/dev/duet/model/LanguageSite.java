package dev.duet.model;

import dev.duet.config.LanguageConfig;
import dev.duet.content.NewsTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The site in one language: its articles newest first (undated last, ties by key), its tags, sections and
 * reporters, each sorted by slug, the places its withdrawn articles keep in the lists, in the articles' order, and
 * the articles of the stories an editor chose to lead the front page ({@code lead: true}), in the articles' order.
 */
public record LanguageSite(LanguageConfig language, List<ArticlePage> articles, List<TagPage> tags,
        List<TagPage> sections, List<TagPage> reporters, List<WithdrawnPlace> withdrawn, List<ArticlePage> leads) {

    /**
     * Newest first, by the moment of publication (a day without a time at its start, China Standard Time); undated
     * last; ties broken by key so that order never depends on the file system.
     */
    public static final Comparator<ArticlePage> ORDER = Comparator
            .comparing((ArticlePage p) -> p.published().map(NewsTime::instant).orElse(Instant.MIN),
                    Comparator.reverseOrder())
            .thenComparing(ArticlePage::key)
            .thenComparing(ArticlePage::path);

    /**
     * Sorts articles in {@link #ORDER}, each article's moment computed once rather than at each of the comparisons a
     * site of ten thousand articles makes a few hundred thousand of.
     */
    public static void sort(List<ArticlePage> articles) {
        List<Keyed> keyed = new ArrayList<>(articles.size());
        for (ArticlePage article : articles) {
            keyed.add(new Keyed(article.published().map(NewsTime::instant).orElse(Instant.MIN), article));
        }
        keyed.sort(Keyed.ORDER);
        for (int i = 0; i < keyed.size(); i++) {
            articles.set(i, keyed.get(i).article());
        }
    }

    /** An article with its moment, as {@link #ORDER} compares it. */
    private record Keyed(Instant moment, ArticlePage article) {
        static final Comparator<Keyed> ORDER = (x, y) -> {
            int byMoment = y.moment.compareTo(x.moment);
            if (byMoment != 0) {
                return byMoment;
            }
            int byKey = x.article.key().compareTo(y.article.key());
            return byKey != 0 ? byKey : x.article.path().compareTo(y.article.path());
        };
    }

    public LanguageSite {
        articles = List.copyOf(articles);
        tags = List.copyOf(tags);
        sections = List.copyOf(sections);
        reporters = List.copyOf(reporters);
        withdrawn = List.copyOf(withdrawn);
        leads = List.copyOf(leads);
    }

    /** A language whose front page leads with its newest story. */
    public LanguageSite(LanguageConfig language, List<ArticlePage> articles, List<TagPage> tags,
            List<TagPage> sections, List<TagPage> reporters, List<WithdrawnPlace> withdrawn) {
        this(language, articles, tags, sections, reporters, withdrawn, List.of());
    }

    /** A language with nothing withdrawn. */
    public LanguageSite(LanguageConfig language, List<ArticlePage> articles, List<TagPage> tags,
            List<TagPage> sections, List<TagPage> reporters) {
        this(language, articles, tags, sections, reporters, List.of());
    }

    /** A language without sections or reporter pages. */
    public LanguageSite(LanguageConfig language, List<ArticlePage> articles, List<TagPage> tags) {
        this(language, articles, tags, List.of(), List.of());
    }

    /**
     * The story that leads the front page, of the newest {@code shown} articles the front page lists: the newest an
     * editor chose, else the newest. A chosen story leads until that many newer ones push it off the front page's
     * list, so that a lead no one took back does not stay on top for days.
     */
    public Optional<ArticlePage> lead(int shown) {
        List<ArticlePage> front = articles.subList(0, Math.min(Math.max(shown, 1), articles.size()));
        Set<ArticlePage> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        chosen.addAll(leads);
        return front.stream().filter(chosen::contains).findFirst().or(() -> front.stream().findFirst());
    }

    public String code() {
        return language.code();
    }
}
