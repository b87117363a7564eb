package dev.duet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.duet.config.LanguageConfig;
import dev.duet.content.Body;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The archive's periods and related articles, facts about a language's articles in site order. */
class NewsRulesTest {

    private static final LanguageConfig ENGLISH = new LanguageConfig("en", "en", "en_US", "t", "d");

    private static ArticlePage article(String slug, Optional<LocalDate> date, Tag... tags) {
        return new ArticlePage(slug, "en", "en", slug, Optional.empty(), date,
                "en/" + slug + "/", Body.of("text"), "articles/" + slug + ".en.md", 1, List.of(tags),
                new Attribution(Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty()),
                Optional.empty(), Optional.empty());
    }

    private static ArticlePage dated(String slug, String date, Tag... tags) {
        return article(slug, Optional.of(LocalDate.parse(date)), tags);
    }

    private static List<String> slugs(List<ArticlePage> articles) {
        return articles.stream().map(ArticlePage::slug).toList();
    }

    @Test
    void archiveGroupsDatedArticlesByYearAndMonthNewestFirstAndLeavesOutTheUndated() {
        List<ArticlePage> articles = List.of(dated("c", "2025-02-03"), dated("b", "2025-01-20"),
                dated("a", "2025-01-02"), dated("z", "2024-12-31"), article("u", Optional.empty()));
        Archive archive = Archive.of(articles);
        assertEquals(List.of(2025, 2024), archive.years().stream().map(Archive.Year::year).toList());
        assertEquals(List.of("c", "b", "a"), slugs(archive.years().get(0).articles()));
        assertEquals(List.of(2, 1), archive.years().get(0).months().stream().map(Archive.Month::month).toList());
        assertEquals(List.of("b", "a"), slugs(archive.years().get(0).months().get(1).articles()));
        assertEquals(Optional.of(new Archive.Place(2, 1)), Archive.placeOf(articles, 2));
        assertEquals(Optional.empty(), Archive.placeOf(articles, 4));
    }

    @Test
    void relatedArticlesAreEarlierOnesSharingTheMostTagsAndTiesGoToTheNewer() {
        Tag trade = new Tag("trade", "trade", "Trade");
        Tag rates = new Tag("rates", "rates", "Rates");
        ArticlePage self = dated("self", "2025-01-05", trade, rates);
        ArticlePage both = dated("both", "2025-01-01", trade, rates);
        ArticlePage newer = dated("newer", "2025-01-09", trade);
        ArticlePage older = dated("older", "2025-01-02", rates);
        ArticlePage oldest = dated("oldest", "2024-12-30", trade);
        ArticlePage none = dated("none", "2025-01-03");
        List<ArticlePage> articles = List.of(newer, self, none, older, both, oldest);
        LanguageSite language = new LanguageSite(ENGLISH, articles, List.of(
                new TagPage(rates, "en/tags/rates/", List.of(self, older, both), Optional.empty()),
                new TagPage(trade, "en/tags/trade/", List.of(newer, self, both, oldest), Optional.empty())));
        RelatedArticles related = new RelatedArticles(language);
        // Two shared tags first, then one, the newer first; a story published later is never a candidate.
        assertEquals(List.of("both", "older", "oldest"), slugs(related.of(self)));
        assertEquals(List.of("self", "both", "oldest"), slugs(related.of(newer)));
        // Those that may list self are itself and the newer ones within the window.
        assertEquals(List.of("newer", "self"), slugs(related.mayList(trade, 1)));
        assertEquals(List.of(), related.of(none));
        assertEquals(1, related.indexInTag(trade, related.position(self).getAsInt()));
    }
}
