package dev.duet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.config.SiteConfig;
import dev.duet.content.ReadCache;
import dev.duet.testing.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that takes the article files it read last time from {@code target/duet/articles-read.bin} writes the
 * same site as a build that reads them all: after an edit, with the cache damaged, and with {@code force}.
 */
class ReadCacheBuildTest {

    private static final String CACHE = "target/duet/articles-read.bin";
    private static final String EDITED = "articles/2024/wang-yi-attends-sco-meeting.en.md";

    @TempDir
    Path dir;

    @Test
    void buildsFromTheCacheEqualBuildsThatReadEveryFile() throws Exception {
        TestSite site = TestSite.in(dir.resolve("site")).news();
        age(site.dir());
        assertFalse(site.build().hasErrors());
        assertTrue(Files.isRegularFile(site.dir().resolve(CACHE)), "the build keeps what it read");

        edit(site.dir().resolve(EDITED));
        age(site.dir().resolve("articles"));
        assertFalse(site.build().hasErrors());

        TestSite.assertSameTree(cleanBuild(site), site.outputTree());
        assertTrue(site.read("en/2024/05/wang-yi-attends-sco-meeting/index.html").contains("An added paragraph"));
    }

    @Test
    void aDamagedCacheIsReadAsNoneAndForceReadsEveryFile() throws Exception {
        TestSite site = TestSite.in(dir.resolve("site")).news();
        age(site.dir());
        site.build();
        Path cache = site.dir().resolve(CACHE);
        byte[] bytes = Files.readAllBytes(cache);
        bytes[bytes.length / 3] ^= 0x01;
        Files.write(cache, bytes);
        edit(site.dir().resolve(EDITED));
        age(site.dir().resolve("articles"));

        assertFalse(site.build().hasErrors());
        TestSite.assertSameTree(cleanBuild(site), site.outputTree());

        Files.write(cache, new byte[] {1, 2, 3});
        SiteConfig force = site.config().force(true).build();
        assertFalse(site.duet(force).build().hasErrors());
        TestSite.assertSameTree(cleanBuild(site), site.outputTree());
        assertTrue(Files.size(cache) > 3, "a forced build writes the cache anew");
    }

    @Test
    void aFileThatCannotBeReadKeepsItsLatestReadingWhileTheCacheIsWrittenInPart() throws Exception {
        // Forty files: a build that reads one again keeps it beside the cache, in articles-read-recent.bin.
        TestSite site = TestSite.in(dir.resolve("site")).stories(20);
        age(site.dir());
        assertFalse(site.build().hasErrors());
        Path file = site.dir().resolve("articles/2023/story-4.en.md");
        String page = "en/2023/09/story-4/index.html";
        Files.writeString(file, Files.readString(file).replaceFirst("title: \"", "title: \"Edited: "));
        age(file);
        assertFalse(site.build().hasErrors());
        assertTrue(Files.isRegularFile(site.dir().resolve("target/duet/" + ReadCache.RECENT_FILE_NAME)));
        Map<String, byte[]> edited = site.outputTree();
        assertTrue(site.read(page).contains("Edited: "), page);

        Files.writeString(file, Files.readString(file).replaceFirst("title: \"Edited: [^\"]*\"", "title: \"Err"));
        for (int build = 0; build < 2; build++) {
            site.problems().clear();
            assertTrue(site.build().hasErrors());
            assertTrue(site.problems().stream().anyMatch(p -> p.isError() && p.file().endsWith("story-4.en.md")
                    && p.message().endsWith("; the last version read is kept until the file is fixed")),
                    site.problems().toString());
            TestSite.assertSameTree(edited, site.outputTree());
        }

        Files.writeString(file, Files.readString(file).replaceFirst("title: \"Err", "title: \"Mended: Story 4\""));
        site.problems().clear();
        assertFalse(site.build().hasErrors(), site.problems().toString());
        assertTrue(site.read(page).contains("Mended: "), page);
        TestSite.assertSameTree(cleanBuild(site), site.outputTree());
    }

    /** The same articles built in a fresh folder, with no cache. */
    private Map<String, byte[]> cleanBuild(TestSite site) throws IOException {
        Path clean = dir.resolve("clean-" + System.nanoTime());
        TestSite.copy(site.dir().resolve("articles"), clean.resolve("articles"));
        for (String file : new String[] {"glossary.yaml", dev.duet.content.SectionMap.FILE_NAME}) {
            if (Files.exists(site.dir().resolve(file))) {
                Files.copy(site.dir().resolve(file), clean.resolve(file));
            }
        }
        TestSite copy = TestSite.in(clean);
        assertFalse(copy.build().hasErrors());
        return copy.outputTree();
    }

    private static void edit(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.replace("title: \"", "title: \"Edited: ") + "\nAn added paragraph.\n",
                StandardCharsets.UTF_8);
    }

    private static void age(Path root) throws IOException {
        FileTime old = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, old);
            }
        }
    }
}
