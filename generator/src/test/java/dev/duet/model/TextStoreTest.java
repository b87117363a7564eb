package dev.duet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.duet.content.ContentFile;
import dev.duet.content.ContentReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextStoreTest {

    @TempDir
    Path dir;

    private static ArticleTexts.Kept texts(int i) {
        Optional<String> some = i % 2 == 0 ? Optional.of("有 " + i) : Optional.empty();
        List<String> reporters = new ArrayList<>();
        for (int r = 0; r < i % 4; r++) {
            reporters.add("记者" + r);
        }
        return new ArticleTexts.Kept("标题 Title " + i, some, new Attribution(some, i % 3 == 0 ? Optional.of("新华社")
                : Optional.empty(), reporters, Optional.of("https://example.org/" + i), some.map(s -> s + "!")),
                i % 5 == 0 ? Optional.of("更正：" + "字".repeat(i % 300)) : Optional.empty());
    }

    private static ArticleTexts put(TextStore store, ArticleTexts texts) {
        return store.put(texts.title(), texts.headline(), texts.attribution(), texts.correction());
    }

    private static void assertSame(ArticleTexts expected, ArticleTexts actual) {
        assertEquals(expected.title(), actual.title());
        assertEquals(expected.headline(), actual.headline());
        assertEquals(expected.attribution(), actual.attribution());
        assertEquals(expected.correction(), actual.correction());
    }

    @Test
    void textsReadBackAsTheyWerePutWithEveryPartPresentOrAbsent() throws IOException {
        try (TextStore store = TextStore.in(dir)) {
            ArticleTexts empty = new ArticleTexts.Kept("", Optional.of(""), new Attribution(Optional.empty(),
                    Optional.empty(), List.of(""), Optional.empty(), Optional.empty()), Optional.empty());
            ArticleTexts stored = put(store, empty);
            assertInstanceOf(TextStore.Stored.class, stored);
            assertSame(empty, stored);
            for (int i = 0; i < 64; i++) {
                assertSame(texts(i), put(store, texts(i)));
            }
        }
    }

    @Test
    void manyTextsFromEveryCoreCrossBlocksAndReadBackEachItsOwn() throws Exception {
        int count = 40_000;
        try (TextStore store = TextStore.in(dir)) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<ArticleTexts>> stored = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                stored.add(pool.submit(() -> put(store, texts(n))));
            }
            // Read some back while others are still being put: from the block as well as from the file.
            for (int i = 0; i < count; i++) {
                assertSame(texts(i), stored.get(i).get());
            }
            pool.shutdown();
            ArticleTexts first = stored.get(0).get();
            assertEquals(first, stored.get(0).get());
            assertNotEquals(first, stored.get(1).get());
        }
    }

    @Test
    void aTextLongerThanABlockIsStoredAndOneTooLongForTheStoreStaysInMemory() throws IOException {
        try (TextStore store = TextStore.in(dir)) {
            ArticleTexts before = put(store, texts(1));
            ArticleTexts longer = new ArticleTexts.Kept("长".repeat(700_000), Optional.empty(), texts(2).attribution(),
                    Optional.empty());
            ArticleTexts stored = put(store, longer);
            assertInstanceOf(TextStore.Stored.class, stored);
            assertSame(longer, stored);
            ArticleTexts tooLong = new ArticleTexts.Kept("x".repeat(17 << 20), Optional.empty(),
                    texts(2).attribution(), Optional.empty());
            assertInstanceOf(ArticleTexts.Kept.class, put(store, tooLong));
            assertSame(texts(1), before);
            assertSame(texts(3), put(store, texts(3)));
        }
    }

    @Test
    void theStoreLeavesNoFileBehind() throws IOException {
        try (TextStore store = TextStore.in(dir)) {
            assertSame(texts(4), put(store, texts(4)));
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(List.of(), files.toList(), "removed while open, where the system allows it");
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }

    /** An article file below {@code site}, read with its body left on disk as a shard's build reads it. */
    private static ArticlePlace.Kept placeOf(Path site, String file, String body, Optional<Translation> translation)
            throws IOException {
        Path path = site.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, "---\ntitle: \"T\"\nlang: \"zh\"\n---\n\n" + body);
        ContentFile read = new ContentReader(true).read(site, path).files().get(0);
        return new ArticlePlace.Kept("zh/2024/05/" + file.replace('/', '-') + "/", read.body(), read.path(),
                read.bodyLine(), translation);
    }

    private static void assertSamePlace(ArticlePlace expected, ArticlePlace actual) {
        assertEquals(expected.path(), actual.path());
        assertEquals(expected.file(), actual.file());
        assertEquals(expected.bodyLine(), actual.bodyLine());
        assertEquals(expected.body(), actual.body());
        assertEquals(expected.body().text(), actual.body().text());
        assertEquals(expected.body().imageSources(), actual.body().imageSources());
        assertEquals(expected.translation().map(Translation::path), actual.translation().map(Translation::path));
        assertEquals(expected.translation().map(Translation::lang), actual.translation().map(Translation::lang));
        assertEquals(expected.translation().map(Translation::languageTag),
                actual.translation().map(Translation::languageTag));
        assertEquals(expected.translation().map(Translation::texts), actual.translation().map(Translation::texts));
    }

    @Test
    void placesReadBackAsTheyWerePutWithTheirBodiesOnDiskAndTheirTranslations() throws IOException {
        Path site = dir.resolve("site");
        try (TextStore store = TextStore.in(dir, site)) {
            ArticleTexts other = put(store, texts(7));
            for (int i = 0; i < 40; i++) {
                Optional<Translation> translation = i % 2 == 0 ? Optional.empty()
                        : Optional.of(new Translation("en", "en", "en/2024/05/story-" + i + "/", other));
                ArticlePlace.Kept kept = placeOf(site, "articles/2024/story-" + i + ".zh.md",
                        "第" + i + "段。\n\n![图](pictures/" + i + ".jpg)\n", translation);
                ArticlePlace stored = store.put(kept);
                assertInstanceOf(TextStore.StoredPlace.class, stored);
                assertSamePlace(kept, stored);
                assertEquals(stored, stored);
                assertNotEquals(kept, stored);
            }
        }
    }

    @Test
    void aPlaceTheStoreCannotMakeAgainStaysInMemory() throws IOException {
        Path site = dir.resolve("site");
        try (TextStore store = TextStore.in(dir, site); TextStore elsewhere = TextStore.in(dir, site)) {
            ArticlePlace.Kept inMemory = new ArticlePlace.Kept("zh/2024/05/a/", dev.duet.content.Body.of("正文。"),
                    "articles/a.zh.md", 5, Optional.empty());
            org.junit.jupiter.api.Assertions.assertSame(inMemory, store.put(inMemory));
            ArticlePlace.Kept translatedElsewhere = placeOf(site, "articles/b.zh.md", "正文。", Optional.of(
                    new Translation("en", "en", "en/2024/05/b/", put(elsewhere, texts(1)))));
            org.junit.jupiter.api.Assertions.assertSame(translatedElsewhere, store.put(translatedElsewhere));
            ArticlePlace.Kept translatedInMemory = placeOf(site, "articles/c.zh.md", "正文。", Optional.of(
                    new Translation("en", "en", "en/2024/05/c/", texts(2))));
            org.junit.jupiter.api.Assertions.assertSame(translatedInMemory, store.put(translatedInMemory));
            ArticlePlace.Kept outside = placeOf(site, "articles/d.zh.md", "正文。", Optional.empty());
            try (TextStore otherSite = TextStore.in(dir, dir.resolve("another"))) {
                org.junit.jupiter.api.Assertions.assertSame(outside, otherSite.put(outside));
            }
            try (TextStore textsOnly = TextStore.in(dir)) {
                org.junit.jupiter.api.Assertions.assertSame(outside, textsOnly.put(outside));
            }
        }
    }
}
