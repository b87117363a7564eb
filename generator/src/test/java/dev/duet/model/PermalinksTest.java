package dev.duet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where each kind of page lives, and how its path becomes a link under the site's base path. */
class PermalinksTest {

    @Test
    void anArticleLivesUnderItsLanguageYearAndMonth() {
        assertEquals("zh/2024/05/wang-yi/", Permalinks.article("zh", Optional.of(LocalDate.of(2024, 5, 21)),
                "wang-yi"));
        assertEquals("en/0999/01/old/", Permalinks.article("en", Optional.of(LocalDate.of(999, 1, 1)), "old"));
    }

    @Test
    void anUndatedArticleLivesUnderUndated() {
        assertEquals("en/undated/museum/", Permalinks.article("en", Optional.empty(), "museum"));
    }

    @Test
    void theFrontPageOfAListIsTheListItselfAndNumberedPagesAreBelowIt() {
        assertEquals("zh/tags/x/", Permalinks.page("zh/tags/x/", 0));
        assertEquals("zh/tags/x/page/1/", Permalinks.page("zh/tags/x/", 1));
        assertEquals("zh/tags/x/page/3/", Permalinks.page("zh/tags/x/", 3));
    }

    @Test
    void listsArchivesAndFeedsHaveFixedPlaces() {
        assertEquals("en/", Permalinks.home("en"));
        assertEquals("en/tags/", Permalinks.tags("en"));
        assertEquals("en/tags/trade/", Permalinks.tag("en", "trade"));
        assertEquals("en/archive/", Permalinks.archive("en"));
        assertEquals("en/2024/", Permalinks.year("en", 2024));
        assertEquals("en/2024/03/", Permalinks.month("en", 2024, 3));
        assertEquals("en/search/", Permalinks.search("en"));
        assertEquals("search/en/", Permalinks.searchIndex("en"));
        assertEquals("en/tags/trade/feed.xml", Permalinks.feed(Permalinks.tag("en", "trade")));
        assertEquals("zh/2024/05/x/parallel/", Permalinks.parallel("zh/2024/05/x/"));
    }

    @Test
    void linksArePercentEncodedUtf8UnderTheBasePath() {
        assertEquals("/repo/zh/tags/%E6%96%B0%E8%83%BD%E6%BA%90/", new Permalinks("/repo").href("zh/tags/新能源/"));
        assertEquals("/zh/2024/05/x/", new Permalinks("/").href("zh/2024/05/x/"));
    }

    @Test
    void encodingKeepsSlashesAndPlainCharactersAndEncodesTheRest() {
        assertEquals("en/a-b.c_d~e/", Permalinks.encode("en/a-b.c_d~e/"));
        assertEquals("en/a%20b/", Permalinks.encode("en/a b/"));
        assertEquals("zh/%E4%B8%AD/", Permalinks.encode("zh/中/"));
    }
}
