package dev.duet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.duet.config.SiteConfig;
import dev.duet.content.Body;
import dev.duet.model.ArticlePage;
import dev.duet.model.Attribution;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** What an article's NewsArticle metadata says when the article lacks reporters, an agency, tags or a date. */
class JsonLdFallbacksTest {

    private static final SiteConfig CONFIG =
            SiteConfig.builder(Path.of("site")).baseUrl("https://news.example.org/").build();
    private static final String URL = "https://news.example.org/en/2024/05/x/";

    private static ArticlePage article(Optional<LocalDate> date, Optional<String> agency, List<String> reporters) {
        return new ArticlePage("x", "en", "en", "X", Optional.empty(), date, "en/2024/05/x/", Body.of("text"),
                "articles/x.en.md", 1, List.of(), new Attribution(Optional.empty(), agency, reporters,
                Optional.empty(), Optional.empty()), Optional.empty(), Optional.empty());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(ArticlePage article) {
        return (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(JsonLd.newsArticle(article, URL, CONFIG, "Duet News"));
    }

    @Test
    void withoutReportersTheAgencyIsTheAuthorAndTheSourceAndTheSitePublishes() {
        Map<String, Object> json = json(article(Optional.of(LocalDate.of(2024, 5, 21)), Optional.of("Xinhua"),
                List.of()));
        assertEquals(List.of(Map.of("@type", "Organization", "name", "Xinhua")), json.get("author"));
        assertEquals(Map.of("@type", "Organization", "name", "Xinhua"), json.get("sourceOrganization"));
        assertEquals("Duet News", ((Map<?, ?>) json.get("publisher")).get("name"));
    }

    @Test
    void withoutReportersOrAgencyThereIsNoAuthorAndTheSitePublishes() {
        Map<String, Object> json = json(article(Optional.of(LocalDate.of(2024, 5, 21)), Optional.empty(),
                List.of()));
        assertFalse(json.containsKey("author"));
        assertFalse(json.containsKey("sourceOrganization"));
        assertEquals("Duet News", ((Map<?, ?>) json.get("publisher")).get("name"));
    }

    @Test
    void anUndatedArticleWithoutTagsOrTranslationNamesNoneOfThem() {
        Map<String, Object> json = json(article(Optional.empty(), Optional.empty(), List.of("Li Si")));
        for (String key : List.of("datePublished", "dateModified", "keywords", "isBasedOn", "workTranslation",
                "translationOfWork", "alternativeHeadline")) {
            assertFalse(json.containsKey(key), key);
        }
        assertEquals(Map.of("@type", "WebPage", "@id", URL), json.get("mainEntityOfPage"));
        assertEquals(List.of(Map.of("@type", "Person", "name", "Li Si")), json.get("author"));
    }
}
