package dev.duet.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The index-size runner on a small site, so that it keeps working between runs; nothing here is timed. */
class SearchIndexSizeSmokeTest {

    @Test
    void measuresAnIndexForEachLanguageAndFindsTheCommonestWord() {
        SearchIndexSize.Measured measured = SearchIndexSize.measure(200);
        assertEquals(List.of("zh", "en"), measured.languages().stream().map(SearchIndexSize.Language::code).toList());
        for (SearchIndexSize.Language language : measured.languages()) {
            assertTrue(language.shards() > 0 && language.chunks() > 0, language.toString());
            assertEquals(language.shards() + language.chunks() + 1, language.files(), "meta, shards and doc chunks");
            SearchIndexSize.Query commonest = language.queries().get(0);
            assertTrue(commonest.hits() > 0 && commonest.hits() <= 200, commonest.toString());
            assertTrue(commonest.files() >= 3, "meta, a shard and a doc chunk: " + commonest);
        }
    }
}
