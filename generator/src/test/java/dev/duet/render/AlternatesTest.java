package dev.duet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.duet.config.SiteConfig;
import dev.duet.content.Body;
import dev.duet.model.ArticlePage;
import dev.duet.model.Attribution;
import dev.duet.model.Translation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The hreflang alternates every page and the sitemap share: absolute, percent-encoded, sorted by hreflang. */
class AlternatesTest {

    private static final String BASE = "https://news.example.org/repo/";
    private static final Alternates ALTERNATES =
            new Alternates(SiteConfig.builder(Path.of("site")).baseUrl(BASE).build());
    private static final Translation ZH = new Translation("zh", "zh-Hans", "zh/2024/05/meeting/", "外长会议");
    private static final Translation EN = new Translation("en", "en", "en/2024/05/meeting/", "Ministers meet");

    private static ArticlePage article(Translation self, Optional<Translation> other) {
        return new ArticlePage("meeting", self.lang(), self.languageTag(), self.title(), Optional.empty(),
                Optional.of(LocalDate.of(2024, 5, 21)), self.path(), Body.of("text"),
                "articles/meeting." + self.lang() + ".md", 1, List.of(), new Attribution(Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty()), Optional.empty(), other);
    }

    private static List<String> hreflangs(List<Views.Link> links) {
        return links.stream().map(Views.Link::hreflang).toList();
    }

    private static List<String> urls(List<Views.Link> links) {
        return links.stream().map(Views.Link::url).toList();
    }

    @Test
    void aPageAndItsTranslationAreAbsoluteUrlsSortedByHreflang() {
        List<Views.Link> links = ALTERNATES.of(ZH, Optional.of(EN));
        assertEquals(List.of("en", "zh-Hans"), hreflangs(links));
        assertEquals(List.of(BASE + "en/2024/05/meeting/", BASE + "zh/2024/05/meeting/"), urls(links));
        assertEquals(List.of("Ministers meet", "外长会议"), links.stream().map(Views.Link::label).toList());
        assertEquals(links, ALTERNATES.of(EN, Optional.of(ZH)), "both pages of a pair list the same alternates");
    }

    @Test
    void aPageWithoutATranslationIsItsOwnOnlyAlternate() {
        assertEquals(List.of(BASE + "zh/2024/05/meeting/"), urls(ALTERNATES.of(ZH, Optional.empty())));
    }

    @Test
    void pathsArePercentEncodedAsUtf8() {
        Translation tag = new Translation("zh", "zh-Hans", "zh/tags/新能源/", "新能源");
        assertEquals(List.of(BASE + "zh/tags/%E6%96%B0%E8%83%BD%E6%BA%90/"),
                urls(ALTERNATES.of(tag, Optional.empty())));
    }

    @Test
    void homesShareOneSetWithTheLandingPageAsXDefault() {
        List<Views.Link> homes = ALTERNATES.homes();
        assertEquals(List.of("en", "x-default", "zh-Hans"), hreflangs(homes));
        assertEquals(List.of(BASE + "en/", BASE, BASE + "zh/"), urls(homes));
    }

    @Test
    void theLandingPageListsEachHomeInConfiguredOrderThenItself() {
        List<Views.Link> landing = ALTERNATES.landing();
        assertEquals(List.of("zh-Hans", "en", "x-default"), hreflangs(landing));
        assertEquals(List.of(BASE + "zh/", BASE + "en/", BASE), urls(landing));
    }

    @Test
    void aSitemapEntryNamesTheChineseOriginalAsXDefaultFromEitherLanguage() {
        List<Views.Link> fromEnglish = ALTERNATES.ofSitemapEntry(article(EN, Optional.of(ZH)));
        assertEquals(List.of("en", "x-default", "zh-Hans"), hreflangs(fromEnglish));
        assertEquals(BASE + "zh/2024/05/meeting/", fromEnglish.get(1).url());
        assertEquals(fromEnglish, ALTERNATES.ofSitemapEntry(article(ZH, Optional.of(EN))));
    }

    @Test
    void anUntranslatedArticleHasNoSitemapAlternates() {
        assertEquals(List.of(), ALTERNATES.ofSitemapEntry(article(ZH, Optional.empty())));
    }
}
