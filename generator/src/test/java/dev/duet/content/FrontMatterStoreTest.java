package dev.duet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.io.SharedStrings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Front matter parked in a file comes back equal to what was read, from any thread, and leaves no file behind. */
class FrontMatterStoreTest {

    @TempDir
    Path dir;

    /** Front matter with parts present or absent by {@code i}, some of them long. */
    private static FrontMatter frontMatter(int i) {
        Optional<String> some = i % 2 == 0 ? Optional.of("有 " + i) : Optional.empty();
        List<String> reporters = new ArrayList<>();
        for (int r = 0; r < i % 4; r++) {
            reporters.add("记者" + r);
        }
        Optional<NewsTime> at = i % 3 == 0 ? Optional.of(new NewsTime(LocalDate.of(2024, 5, 21),
                Optional.of(LocalTime.of(18, 30)), NewsTime.CHINA)) : Optional.empty();
        Publication publication = new Publication(at, at.map(t -> NewsTime.of(LocalDate.of(2024, 5, 22))),
                i % 5 == 0 ? Optional.of("更正：" + "字".repeat(i % 300)) : Optional.empty(), i % 7 == 0,
                i % 6 == 0 ? List.of("/zh/old/" + i + "/") : List.of(), i % 6 == 0 ? 12 : 0);
        Optional<ImageField> image = i % 4 == 0 ? Optional.of(new ImageField("lead-" + i + ".jpg",
                Map.of("zh", "会场", "en", "The hall"), Map.of("zh", "图为会场"), Map.of("zh", "中新社"), 14))
                : Optional.empty();
        return new FrontMatter("标题 Title " + i, i % 2 == 0 ? "zh" : "en", some.map(s -> "Hant"),
                Optional.of(LocalDate.of(2020, 1, 1).plusDays(i % 2000)), Optional.of("slug-" + i),
                List.of("外交", "tag " + i % 17), some, i % 3 == 0 ? Optional.of("新华社") : Optional.empty(), reporters,
                some.map(s -> "A long headline " + s), Optional.of("https://example.org/" + i),
                some.map(s -> "中国新闻网"), i % 9 == 0 ? Optional.empty() : Optional.of(i * 37),
                some.map(s -> "articles/other-" + s + ".zh.md"), Optional.of("sources/" + i + ".txt"),
                i % 8 == 0 ? Optional.of("key-" + i) : Optional.empty(), i % 11 == 0, Optional.of("sha256:" + i),
                publication, some.map(s -> "国际"), image);
    }

    private static ContentFile file(int i, SharedStrings shared) {
        return new ContentFile("articles/" + i + ".md", frontMatter(i).forBuild(shared), Body.of("第" + i + "段。"),
                i % 30 + 1);
    }

    @Test
    void aParkedFileEqualsTheFileAsReadWithEveryPartPresentOrAbsent() throws IOException {
        SharedStrings shared = new SharedStrings();
        try (FrontMatterStore store = FrontMatterStore.in(dir, shared)) {
            for (int i = 0; i < 200; i++) {
                ContentFile asRead = file(i, shared);
                ContentFile parked = store.park(asRead);
                assertTrue(parked.isParked());
                assertFalse(asRead.isParked());
                assertEquals(asRead.frontMatter(), parked.frontMatter(), "front matter " + i);
                assertEquals(asRead, parked, "file " + i);
                assertEquals(asRead.hashCode(), parked.hashCode());
                assertEquals(asRead.translationKey(), parked.translationKey());
                assertEquals(asRead.path(), parked.path());
                assertEquals(asRead.bodyLine(), parked.bodyLine());
            }
        }
    }

    @Test
    void eachReadingIsANewValueWithTheRepeatedPartsShared() throws IOException {
        SharedStrings shared = new SharedStrings();
        try (FrontMatterStore store = FrontMatterStore.in(dir, shared)) {
            ContentFile one = store.park(file(4, shared));
            ContentFile two = store.park(file(6, shared));
            FrontMatter a = one.frontMatter();
            FrontMatter b = two.frontMatter();
            assertNotSame(a.title(), b.title());
            assertTrue(a.tags().get(0) == b.tags().get(0), "a tag both files have is one instance");
            assertTrue(a.agency().isEmpty() || a.agency() == shared.of(a.agency()));
            assertTrue(a.lang() == shared.of("zh"));
        }
    }

    @Test
    void filesParkedFromSeveralThreadsAcrossBlocksComeBackFromAnyThread() throws Exception {
        SharedStrings shared = new SharedStrings();
        int count = 20_000;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (FrontMatterStore store = FrontMatterStore.in(dir, shared)) {
            List<Future<List<ContentFile>>> parts = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int first = t;
                parts.add(pool.submit(() -> {
                    List<ContentFile> parked = new ArrayList<>();
                    for (int i = first; i < count; i += 4) {
                        parked.add(store.park(file(i, shared)));
                        // One parked a while ago, read while the others are still parking.
                        ContentFile earlier = parked.get(parked.size() / 2);
                        assertEquals(file((parked.size() / 2) * 4 + first, shared).frontMatter(),
                                earlier.frontMatter());
                    }
                    return parked;
                }));
            }
            List<List<ContentFile>> parked = new ArrayList<>();
            for (Future<List<ContentFile>> part : parts) {
                parked.add(part.get());
            }
            // Each thread reads another's files, in an order of its own.
            List<Future<Integer>> checks = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                List<ContentFile> theirs = parked.get((t + 1) % 4);
                int first = (t + 1) % 4;
                checks.add(pool.submit(() -> {
                    for (int k = theirs.size() - 1; k >= 0; k -= 3) {
                        assertEquals(file(k * 4 + first, shared), theirs.get(k));
                    }
                    return theirs.size();
                }));
            }
            for (Future<Integer> check : checks) {
                assertEquals(count / 4, check.get());
            }
            try (var left = Files.list(dir)) {
                assertEquals(List.of(), left.toList(), "the store's file is removed as soon as it is made");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBodyOnDiskIsParkedWithItsFrontMatterAndOneInMemoryIsKept() throws IOException {
        Path site = dir.resolve("site");
        Path article = site.resolve("articles/2024/story.zh.md");
        Files.createDirectories(article.getParent());
        Files.writeString(article, "---\ntitle: \"标题\"\nlang: \"zh\"\n---\n\n第一段。\n\n![图](a.jpg)\n");
        ContentFile read = new ContentReader(true).read(site, article).files().get(0);
        SharedStrings shared = new SharedStrings();
        try (FrontMatterStore store = FrontMatterStore.in(dir, site, shared)) {
            ContentFile parked = store.park(read);
            assertTrue(parked.isParked());
            assertEquals(read, parked);
            assertNotSame(parked.body(), parked.body(), "made again each time it is asked for");
            assertEquals(read.body().text(), parked.body().text());
            assertEquals(List.of("a.jpg"), parked.body().imageSources());
            assertEquals(read.bodyLine(), parked.bodyLine());
            ContentFile inMemory = file(3, shared);
            ContentFile kept = store.park(inMemory);
            assertTrue(kept.isParked());
            assertEquals(inMemory, kept);
            org.junit.jupiter.api.Assertions.assertSame(inMemory.body(), kept.body());
        }
    }
}
