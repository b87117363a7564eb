package dev.duet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read cache gives back exactly what reading the file gives, for every field; it is used only for a file with
 * the stamp it had when it was read, long enough after its last change; and a damaged cache or one of another site
 * is ignored.
 */
class ReadCacheTest {

    private static final String FULL = """
            ---
            title: "王毅出席上合组织外长会"
            lang: "zh"
            script: "Hant"
            date: "2024-05-21T18:30:00-05:00"
            slug: "wang-yi-sco"
            tags: ["上合组织", "外交"]
            dateline: "中新社阿斯塔纳5月21日电"
            agency: "中新社"
            reporters: ["单璐", "张硕"]
            headline: "A long headline"
            source:
              url: "https://www.chinanews.com/gj/2024/05-21/1.shtml"
              name: "中国新闻网"
            views: 1234
            duplicateOf: "articles/2024/other.zh.md"
            sourceFile: "sources/000.txt"
            translationKey: "sco-2024"
            draft: true
            importDigest: "abc123"
            updated: "2024-05-22 09:30"
            correction: "更正：地点有误。"
            unpublished: true
            aliases: ["/zh/old/", "https://news.example.org/1.html"]
            section: "国际"
            image:
              src: "lead.jpg"
              alt:
                zh: "会场"
                en: "The hall"
              caption:
                zh: "图为会场"
              credit: "中新社"
            ---
            第一段。![图](inline.png)

            第二段。![again](inline.png) ![other](https://example.org/x.jpg)
            """;

    @TempDir
    Path site;

    private Path write(String name, String text) throws IOException {
        Path file = site.resolve("articles").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        age(file);
        return file;
    }

    private static void age(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
    }

    private static List<ContentReader.Result> readAll(ReadCache cache, ContentReader reader, Path site,
            List<Path> files) throws IOException {
        List<ContentReader.Result> results = new ArrayList<>();
        for (Path file : files) {
            results.add(cache.read(reader, site, file));
        }
        return results;
    }

    @Test
    void aBuildKeepsNothingOnlyImportReadsAndOneInstanceOfEachRepeatedValue() throws IOException {
        Path one = write("2024/full.zh.md", FULL);
        Path two = write("2024/again.zh.md", FULL.replace("wang-yi-sco", "again").replace("sco-2024", "again"));
        Path cacheDir = site.resolve("target/duet");
        ContentReader reader = new ContentReader(true);
        ReadCache none = ReadCache.empty();
        List<ContentReader.Result> parsed = readAll(none, reader, site, List.of(one, two));
        none.save(cacheDir, site);
        List<ContentReader.Result> cached = readAll(ReadCache.load(cacheDir, site), reader, site, List.of(one, two));
        FrontMatter asWritten = new ContentReader().read(site, one).files().get(0).frontMatter();
        assertEquals(Optional.of("abc123"), asWritten.importDigest(), "the file says it");
        for (List<ContentReader.Result> results : List.of(parsed, cached)) {
            FrontMatter a = results.get(0).files().get(0).frontMatter();
            FrontMatter b = results.get(1).files().get(0).frontMatter();
            assertEquals(Optional.empty(), a.importDigest(), "only import reads it");
            assertEquals(Optional.empty(), a.sourceFile(), "only import reads it");
            assertEquals(asWritten.tags(), a.tags());
            assertEquals(asWritten.title(), a.title());
            assertEquals(asWritten.publication(), a.publication());
            assertEquals(asWritten.image(), a.image());
            assertEquals(new FrontMatter(asWritten.title(), asWritten.lang(), asWritten.script(), asWritten.date(),
                    asWritten.slug(), asWritten.tags(), asWritten.dateline(), asWritten.agency(),
                    asWritten.reporters(), asWritten.headline(), asWritten.sourceUrl(), asWritten.sourceName(),
                    asWritten.views(), asWritten.duplicateOf(), Optional.empty(), asWritten.translationKey(),
                    asWritten.draft(), Optional.empty(), asWritten.publication(), asWritten.section(),
                    asWritten.image()), a, "everything else as written");
            assertSame(a.lang(), b.lang());
            assertSame(a.tags().get(0), b.tags().get(0));
            assertSame(a.reporters().get(1), b.reporters().get(1));
            assertSame(a.agency(), b.agency());
            assertSame(a.sourceName(), b.sourceName());
            assertSame(a.section(), b.section());
        }
    }

    @Test
    void aShardsBuildParksEachFileAsReadFromTheFileOrTheCache() throws IOException {
        Path one = write("2024/full.zh.md", FULL);
        Path two = write("2024/again.zh.md", FULL.replace("wang-yi-sco", "again").replace("sco-2024", "again"));
        Path plain = write("2024/plain.en.md", "---\ntitle: \"Plain\"\nlang: \"en\"\nupdated: \"soon\"\n---\nText.\n");
        List<Path> files = List.of(one, two, plain);
        Path cacheDir = site.resolve("target/duet");
        Path parkDir = site.resolve("target/park");
        ContentReader reader = new ContentReader(true);
        List<ContentReader.Result> asRead = readAll(ReadCache.empty(), reader, site, files);
        try (FrontMatterStore first = FrontMatterStore.in(parkDir, new dev.duet.io.SharedStrings());
                FrontMatterStore second = FrontMatterStore.in(parkDir, new dev.duet.io.SharedStrings())) {
            ReadCache none = ReadCache.empty(first);
            List<ContentReader.Result> parsed = readAll(none, reader, site, files);
            none.save(cacheDir, site);
            ReadCache cache = ReadCache.load(cacheDir, site, second);
            List<ContentReader.Result> cached = readAll(cache, reader, site, files);
            assertEquals(3, cache.reused());
            for (List<ContentReader.Result> results : List.of(parsed, cached)) {
                assertEquals(asRead, results, "front matter, body and problems as read");
                for (ContentReader.Result result : results) {
                    assertTrue(result.files().get(0).isParked());
                }
                FrontMatter a = results.get(0).files().get(0).frontMatter();
                FrontMatter b = results.get(1).files().get(0).frontMatter();
                assertSame(a.tags().get(0), b.tags().get(0), "repeated values shared, as read");
                assertSame(a.agency(), b.agency());
            }
            assertEquals(asRead, readAll(ReadCache.load(cacheDir, site), reader, site, files),
                    "the cache a shard saved, read by a build that keeps its front matter");
            try (var left = Files.list(parkDir)) {
                assertEquals(List.of(), left.toList(), "the stores' files are gone while they are open");
            }
        }
    }

    @Test
    void everyFieldBodyAndProblemComesBackAsRead() throws IOException {
        Path full = write("2024/full.zh.md", FULL);
        Path plain = write("2024/plain.en.md", "---\ntitle: \"Plain\"\nlang: \"en\"\nupdated: \"soon\"\n---\nText.\n");
        Path cacheDir = site.resolve("target/duet");
        for (boolean onDisk : List.of(false, true)) {
            ContentReader reader = new ContentReader(onDisk);
            ReadCache none = ReadCache.empty();
            List<ContentReader.Result> first = readAll(none, reader, site, List.of(full, plain));
            none.save(cacheDir, site);

            ReadCache cache = ReadCache.load(cacheDir, site);
            List<ContentReader.Result> again = readAll(cache, reader, site, List.of(full, plain));

            assertEquals(2, cache.reused(), "both files from the cache");
            assertEquals(first, again, "front matter, body and problems as read");
            ContentFile file = again.get(0).files().get(0);
            assertEquals(first.get(0).files().get(0).frontMatter(), file.frontMatter());
            assertEquals(first.get(0).files().get(0).bodyLine(), file.bodyLine());
            assertEquals(List.of("content.updated"), again.get(1).problems().stream().map(p -> p.code()).toList(),
                    "the warning is kept");
            assertEquals(List.of("inline.png", "https://example.org/x.jpg"), file.body().imageSources());
            assertEquals(first.get(0).files().get(0).body().text(), file.body().text(), "the body, read again");
            assertEquals(first.get(0).files().get(0).body().digest(), file.body().digest());
            assertEquals(first.get(0).files().get(0).body().utf8Length(), file.body().utf8Length(),
                    "the UTF-8 length, with which the body is cut from its file again");
        }
    }

    @Test
    void aChangedFileIsReadAgainAndAFileChangedTooLatelyIsNotKept() throws IOException {
        Path one = write("2024/one.en.md", "---\ntitle: \"One\"\nlang: \"en\"\n---\nOne.\n");
        Path two = write("2024/two.en.md", "---\ntitle: \"Two\"\nlang: \"en\"\n---\nTwo.\n");
        Path cacheDir = site.resolve("target/duet");
        ContentReader reader = new ContentReader(true);
        save(cacheDir, reader, List.of(one, two));

        Files.writeString(two, "---\ntitle: \"Two, edited\"\nlang: \"en\"\n---\nTwo.\n");
        ReadCache cache = ReadCache.load(cacheDir, site);
        List<ContentReader.Result> results = readAll(cache, reader, site, List.of(one, two));

        assertEquals(1, cache.reused());
        assertEquals("Two, edited", results.get(1).files().get(0).frontMatter().title());
        cache.save(cacheDir, site);
        ReadCache next = ReadCache.load(cacheDir, site);
        readAll(next, reader, site, List.of(one, two));
        assertEquals(1, next.reused(), "a file read within seconds of its change is read again next time");
        assertEquals(0, next.parsed(), "but not parsed: its bytes are those of the cache");
    }

    @Test
    void aFileChangedAfterItWasTakenFromTheCacheIsAnErrorWhenItsBodyIsNeeded() throws IOException {
        Path one = write("2024/one.en.md", "---\ntitle: \"One\"\nlang: \"en\"\n---\nOne.\n");
        Path cacheDir = site.resolve("target/duet");
        ContentReader reader = new ContentReader(false);
        save(cacheDir, reader, List.of(one));
        ReadCache cache = ReadCache.load(cacheDir, site);
        Body body = readAll(cache, reader, site, List.of(one)).get(0).files().get(0).body();

        Files.writeString(one, "---\ntitle: \"One\"\nlang: \"en\"\n---\nAnother text.\n");

        UncheckedIOException e = assertThrows(UncheckedIOException.class, body::text);
        assertTrue(e.getMessage().contains("changed while the site was built"), e.getMessage());
    }

    @Test
    void aSiteMovedToAnotherFolderKeepsItsCache() throws IOException {
        Path one = write("2024/one.en.md", "---\ntitle: \"One\"\nlang: \"en\"\n---\nOne.\n");
        Path cacheDir = site.resolve("target/duet");
        ContentReader reader = new ContentReader(false);
        save(cacheDir, reader, List.of(one));

        // As mv, cp -a or rsync -a move it, or as CI restores target/ into a workspace at another path: the files
        // keep their bytes and their times.
        Path moved = site.resolve("moved");
        Path file = moved.resolve("articles/2024/one.en.md");
        Files.createDirectories(file.getParent());
        Files.copy(one, file);
        Files.setLastModifiedTime(file, Files.getLastModifiedTime(one));
        ReadCache cache = ReadCache.load(cacheDir, moved);
        ContentReader.Result result = readAll(cache, reader, moved, List.of(file)).get(0);
        assertEquals(1, cache.reused(), "the moved site's file, read before at the same stamp");
        assertEquals("One", result.files().get(0).frontMatter().title());
        assertEquals("One.\n", result.files().get(0).body().text(), "its body, from the moved file");

        Files.writeString(file, "---\ntitle: \"One, edited\"\nlang: \"en\"\n---\nOne.\n");
        age(file);
        ReadCache again = ReadCache.load(cacheDir, moved);
        assertEquals("One, edited", readAll(again, reader, moved, List.of(file)).get(0).files().get(0)
                .frontMatter().title());
        assertEquals(0, again.reused(), "a file whose stamp changed is read again");
    }

    @Test
    void aDamagedCacheOrOneOfAnotherSiteIsIgnored() throws IOException {
        Path one = write("2024/one.en.md", "---\ntitle: \"One\"\nlang: \"en\"\n---\nOne.\n");
        Path cacheDir = site.resolve("target/duet");
        ContentReader reader = new ContentReader(true);
        save(cacheDir, reader, List.of(one));
        Path file = cacheDir.resolve(ReadCache.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);

        Path elsewhere = site.resolve("copy");
        Files.createDirectories(elsewhere.resolve("articles/2024"));
        Files.copy(one, elsewhere.resolve("articles/2024/one.en.md"));
        ReadCache other = ReadCache.load(cacheDir, elsewhere);
        readAll(other, reader, elsewhere, List.of(elsewhere.resolve("articles/2024/one.en.md")));
        assertEquals(0, other.reused(), "the cache of another site folder");

        for (int at : new int[] {0, bytes.length / 2, bytes.length - 1}) {
            byte[] damaged = bytes.clone();
            damaged[at] ^= 0x40;
            Files.write(file, damaged);
            ReadCache cache = ReadCache.load(cacheDir, site);
            List<ContentReader.Result> results = readAll(cache, reader, site, List.of(one));
            assertEquals(0, cache.reused(), "byte " + at + " damaged");
            assertEquals("One", results.get(0).files().get(0).frontMatter().title());
        }
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 9));
        assertEquals(0, readCount(ReadCache.load(cacheDir, site), reader, one), "cut short");
    }

    @Test
    void aFileWithANewTimeButTheSameBytesIsNotParsedAgain() throws IOException {
        Path one = write("2024/one.en.md", "---\ntitle: \"One\"\nlang: \"en\"\n---\nOne.\n");
        Path two = write("2024/two.en.md", "---\ntitle: \"Two\"\nlang: \"en\"\n---\nTwo.\n");
        Path cacheDir = site.resolve("target/duet");
        ContentReader reader = new ContentReader(true);
        List<ContentReader.Result> first = save(cacheDir, reader, List.of(one, two));

        // A checkout: every file written again with the same bytes.
        Files.setLastModifiedTime(one, FileTime.from(Instant.now().minus(Duration.ofMinutes(5))));
        Files.writeString(two, "---\ntitle: \"Two\"\nlang: \"en\"\n---\nTwo, edited.\n");
        age(two);
        ReadCache cache = ReadCache.load(cacheDir, site);
        List<ContentReader.Result> results = readAll(cache, reader, site, List.of(one, two));

        assertEquals(0, cache.reused());
        assertEquals(1, cache.parsed(), "only the file whose bytes changed");
        assertEquals(first.get(0), results.get(0));
        assertEquals("One.\n", results.get(0).files().get(0).body().text());
        assertEquals("Two, edited.\n", results.get(1).files().get(0).body().text());
        cache.save(cacheDir, site);
        ReadCache next = ReadCache.load(cacheDir, site);
        readAll(next, reader, site, List.of(one, two));
        assertEquals(2, next.reused(), "the new times are kept");
    }

    @Test
    void theCacheIsStreamedThroughBuffersOfAnySizeAndNothingMayFollowIt() throws IOException {
        Path full = write("2024/full.zh.md", FULL);
        Path plain = write("2024/plain.en.md", "---\ntitle: \"Plain\"\nlang: \"en\"\nupdated: \"soon\"\n---\nText.\n");
        Path cacheDir = site.resolve("target/duet");
        save(cacheDir, new ContentReader(true), List.of(full, plain));
        Path file = cacheDir.resolve(ReadCache.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        // The key the cache was saved with (the site and the code), as its header holds it: after the mark and the
        // format, each string its length first.
        int keyAt = 4 + "duet-read-cache".length() + 4;
        int keyLength = java.nio.ByteBuffer.wrap(bytes, keyAt, 4).getInt();
        String key = new String(bytes, keyAt + 4, keyLength, StandardCharsets.UTF_8);

        java.util.Map<String, ReadCache.Entry> entries = ReadRecords.decode(new java.io.ByteArrayInputStream(bytes),
                bytes.length, key, site, new dev.duet.io.SharedStrings(), UnaryOperator.identity());
        assertEquals(2, entries.size());
        for (int size : new int[] {8, 9, 13, 61, 1 << 16}) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            ReadRecords.encode(new java.util.TreeMap<>(entries).values(), key, site, out, size);
            assertTrue(java.util.Arrays.equals(bytes, out.toByteArray()), "written through " + size + " bytes");
            java.util.Map<String, ReadCache.Entry> again = ReadRecords.decode(
                    new java.io.ByteArrayInputStream(bytes), bytes.length, key, site, new dev.duet.io.SharedStrings(),
                    UnaryOperator.identity(), size);
            assertEquals(entries.keySet(), again.keySet(), "read through " + size + " bytes");
            for (String path : entries.keySet()) {
                assertEquals(entries.get(path).result(), again.get(path).result(), path);
            }
        }
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        assertThrows(IOException.class, () -> ReadRecords.decode(new java.io.ByteArrayInputStream(longer),
                bytes.length, key, site, new dev.duet.io.SharedStrings(), UnaryOperator.identity()),
                "a byte after the CRC");
        assertThrows(IOException.class, () -> ReadRecords.decode(new java.io.ByteArrayInputStream(bytes),
                bytes.length + 1L, key, site, new dev.duet.io.SharedStrings(), UnaryOperator.identity()),
                "fewer bytes than the file's length");
    }

    private List<ContentReader.Result> save(Path cacheDir, ContentReader reader, List<Path> files)
            throws IOException {
        ReadCache none = ReadCache.empty();
        List<ContentReader.Result> results = readAll(none, reader, site, files);
        none.save(cacheDir, site);
        return results;
    }

    private int readCount(ReadCache cache, ContentReader reader, Path file) throws IOException {
        cache.read(reader, site, file);
        return cache.reused();
    }
}
