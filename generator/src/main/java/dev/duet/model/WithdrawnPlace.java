package dev.duet.model;

import dev.duet.content.NewsTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The place a withdrawn article keeps in the lists it was on: its moment, key and address order it among the
 * published articles as {@link LanguageSite#ORDER} does, and its tags', section's and reporters' keys say which lists
 * those are. A numbered list page then shows one story fewer where it was, and every newer story keeps its page.
 *
 * @param published when it was published; empty for an undated article
 * @param key its story's key
 * @param path the address of its page, which says it was withdrawn
 * @param tags the keys of its tags
 * @param section the key of its section, if it has one
 * @param reporters the keys of its reporters
 */
public record WithdrawnPlace(Optional<NewsTime> published, String key, String path, List<String> tags,
        Optional<String> section, List<String> reporters) {

    public WithdrawnPlace {
        tags = List.copyOf(tags);
        reporters = List.copyOf(reporters);
    }

    /** The moment {@link LanguageSite#ORDER} sorts by: the earliest instant for an undated article. */
    public Instant moment() {
        return published.map(NewsTime::instant).orElse(Instant.MIN);
    }

    public Optional<LocalDate> date() {
        return published.map(NewsTime::date);
    }

    /**
     * Whether this place comes before (is newer than) the article in {@link LanguageSite#ORDER}: negative when it
     * does, positive when the article comes first.
     */
    public int compareTo(ArticlePage article) {
        int byMoment = article.published().map(NewsTime::instant).orElse(Instant.MIN).compareTo(moment());
        if (byMoment != 0) {
            return byMoment;
        }
        int byKey = key.compareTo(article.key());
        return byKey != 0 ? byKey : path.compareTo(article.path());
    }

    /** The texts of a withdrawn article's place in the search index: nothing to find and nothing to show. */
    private static final ArticleTexts NOTHING = ArticleTexts.titled("");

    /**
     * The articles oldest first, with the places of the withdrawn ones among them as articles without title, text,
     * tags or anything else to find, so that the search index numbers every other article as before.
     */
    public static List<ArticlePage> oldestFirst(List<ArticlePage> newestFirst, List<WithdrawnPlace> places,
            String lang, String languageTag) {
        List<ArticlePage> all = new java.util.ArrayList<>(newestFirst.size() + places.size());
        int p = 0;
        for (ArticlePage article : newestFirst) {
            while (p < places.size() && places.get(p).compareTo(article) < 0) {
                all.add(places.get(p++).placeholder(lang, languageTag));
            }
            all.add(article);
        }
        while (p < places.size()) {
            all.add(places.get(p++).placeholder(lang, languageTag));
        }
        java.util.Collections.reverse(all);
        return all;
    }

    private ArticlePage placeholder(String lang, String languageTag) {
        return new ArticlePage(key, lang, languageTag, NOTHING, published, path, dev.duet.content.Body.of(""), "",
                0, List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), List.of());
    }

    /** Whether the article is a withdrawn article's place (see {@link #oldestFirst}). */
    public static boolean isPlace(ArticlePage article) {
        return article.texts() == NOTHING;
    }

    /** {@link LanguageSite#ORDER} among withdrawn places: newest first, undated last, ties by key and address. */
    public static final java.util.Comparator<WithdrawnPlace> ORDER = java.util.Comparator
            .comparing(WithdrawnPlace::moment, java.util.Comparator.reverseOrder())
            .thenComparing(WithdrawnPlace::key).thenComparing(WithdrawnPlace::path);
}
