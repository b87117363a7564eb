package dev.duet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.testing.TestSite;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SegmentTest {

    private static List<String> ranges(int docs) {
        return Segment.of(docs, (from, to) -> 1).stream().map(s -> s.from() + "-" + s.to()).toList();
    }

    @Test
    void idsAreCutLikeDigitsOfBase32() {
        assertEquals(List.of(), ranges(0));
        assertEquals(List.of("0-5"), ranges(5));
        assertEquals(List.of("0-32"), ranges(32));
        assertEquals(List.of("0-32", "32-33"), ranges(33));
        assertEquals(List.of("0-1024", "1024-1056", "1056-1060"), ranges(1060));
        assertEquals(List.of("0-9216", "9216-9984", "9984-10000"), ranges(10_000));
        assertEquals(List.of("0-98304", "98304-99328", "99328-100000"), ranges(100_000));
        assertEquals(List.of("0-98304", "98304-99328", "99328-100000", "100000-100001"), ranges(100_001));
    }

    @Test
    void everyIdIsInOneSegmentAndSegmentsStartAtAChunk() {
        for (int docs = 0; docs < 3000; docs += 7) {
            int next = 0;
            for (Segment segment : Segment.of(docs, (from, to) -> 1)) {
                assertEquals(next, segment.from());
                assertTrue(segment.to() > segment.from());
                assertEquals(0, segment.from() % LanguageIndex.DOCS_PER_CHUNK);
                next = segment.to();
            }
            assertEquals(docs, next);
        }
    }

    @Test
    void aNewArticleChangesOnlyTheNewestSegmentTheLastDocChunkAndMeta() {
        TestSite before = site(70);
        TestSite after = site(70).modelArticle("en", "newest", "2024-12-31", "The newest story",
                "Growth and exports of the council, something new.", "news");
        Map<String, String> old = IndexFiles.of(before);
        Map<String, String> now = IndexFiles.of(after);
        Set<String> changed = new TreeSet<>();
        now.forEach((path, text) -> {
            if (!text.equals(old.get(path))) {
                changed.add(path);
            }
        });
        old.keySet().stream().filter(p -> !now.containsKey(p)).forEach(changed::add);
        // 70 documents are segments 0-64 and 64-70; the new one joins the second.
        assertTrue(changed.stream().filter(p -> p.startsWith("search/en/seg-")).allMatch(
                p -> p.startsWith("search/en/seg-64/")), changed.toString());
        assertTrue(changed.containsAll(List.of("search/en/meta.json", "search/en/docs-8.json")), changed.toString());
        assertTrue(changed.stream().noneMatch(p -> p.startsWith("search/en/docs-") && !p.equals("search/en/docs-8.json")),
                changed.toString());
        // Every query still finds what a one-segment index finds.
        List<String> titles = IndexFiles.titles(now, "en");
        assertEquals("The newest story", titles.get(IndexFiles.search(now, "en", "newest").get(0).doc()));
        assertEquals(71, IndexFiles.search(now, "en", "council").size());
        // Stories 0, 4, … 68 (18 of them, in both segments) and the new one.
        assertEquals(19, IndexFiles.search(now, "en", "growth").size());
    }

    private static TestSite site(int articles) {
        TestSite site = TestSite.inMemory();
        for (int i = 0; i < articles; i++) {
            site.modelArticle("en", "story-" + i, "2024-%02d-%02d".formatted(i / 28 + 1, i % 28 + 1), "Story " + i,
                    "The council met on story " + i + (i % 4 == 0 ? " about growth." : "."), "news");
        }
        return site;
    }
}
