package dev.duet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.io.TraditionalFold;
import dev.duet.testing.TestSite;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Traditional and Simplified forms are one search term, in the index and in queries. */
class TraditionalFoldTest {

    @Test
    void traditionalAndSimplifiedQueriesHaveTheSameTerms() {
        assertEquals(SearchQuery.terms("台北"), SearchQuery.terms("臺北"));
        assertEquals(List.of("台北"), SearchQuery.terms("臺北"));
        assertEquals(SearchQuery.terms("港珠澳大桥通车"), SearchQuery.terms("港珠澳大橋通車"));
    }

    @Test
    void foldingTwiceIsFoldingOnce() {
        TraditionalFold.table().forEach((from, to) -> assertEquals(to, TraditionalFold.fold(to),
                Character.toString(from) + " → " + Character.toString(to)));
        assertEquals('苎', TraditionalFold.fold('薴'));
    }

    @Test
    void simplifiedAndLatinTextIsLeftAlone() {
        for (int cp : "台北国务院abc123".codePoints().toArray()) {
            assertEquals(cp, TraditionalFold.fold(cp));
        }
    }

    @Test
    void aSearchFindsEitherFormOfAPlace() {
        TestSite site = TestSite.inMemory()
                .modelArticle("zh", "taipei", "2024-05-20", "臺北舉行書展", "書展在臺北開幕。", "x")
                .modelArticle("zh", "taibei", "2024-05-19", "台北国际书展", "书展在台北开幕。", "x")
                .modelArticle("zh", "other", "2024-05-18", "上海书展", "书展在上海开幕。", "x");
        Map<String, String> files = IndexFiles.of(site);
        assertEquals(2, IndexFiles.search(files, "zh", "臺北").size());
        assertEquals(2, IndexFiles.search(files, "zh", "台北").size());
        assertEquals(3, IndexFiles.search(files, "zh", "書展").size());
    }

    @Test
    void theBrowsersTableIsTheIndexsAndSmall() {
        String json = IndexFiles.of(TestSite.inMemory().modelArticle("zh", "a", "2024-05-20", "标题", "正文。", "x"))
                .get(SearchIndex.FOLD_TABLE);
        assertTrue(json.contains("臺台"), json.substring(0, 80));
        int bytes = json.getBytes(StandardCharsets.UTF_8).length;
        // About 3,200 pairs of characters, 3 or 4 bytes each in UTF-8.
        assertTrue(bytes < 24 * 1024, bytes + " bytes");
    }
}
