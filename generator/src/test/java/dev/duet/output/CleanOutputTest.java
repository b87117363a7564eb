package dev.duet.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.BuildResult;
import dev.duet.testing.TestSite;
import dev.duet.testing.TestSite.News;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuild removes what the site no longer has, and nothing else. */
class CleanOutputTest {

    private static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void buildOnce() throws Exception {
        site = TestSite.in(dir).news();
        assertFalse(site.build().hasErrors());
    }

    /** Sets every output file's time far in the past, so that a rewrite shows. */
    private void age() throws Exception {
        try (Stream<Path> walk = Files.walk(site.out())) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                Files.setLastModifiedTime(p, OLD);
            }
        }
    }

    @Test
    void deletedArticleLosesItsPagesAndEmptyFolders() throws Exception {
        Map<String, byte[]> before = TestSite.tree(site.out());
        age();
        Files.delete(dir.resolve("articles/2024/pu-er-coffee-harvest.zh.md"));

        BuildResult result = site.build();

        Map<String, byte[]> after = TestSite.tree(site.out());
        assertFalse(site.exists(News.COFFEE_ZH));
        assertFalse(Files.exists(site.out().resolve("zh/2024/03")), "the month had only this article");
        assertFalse(Files.exists(site.out().resolve("zh/tags/咖啡")), "the tag had only this article");
        assertTrue(result.deleted().contains(News.COFFEE_ZH), result.deleted().toString());
        assertTrue(result.deleted().stream().allMatch(before::containsKey));
        assertTrue(before.keySet().containsAll(after.keySet()), "nothing new appears");
        for (Map.Entry<String, byte[]> file : after.entrySet()) {
            if (java.util.Arrays.equals(before.get(file.getKey()), file.getValue())) {
                assertEquals(OLD, Files.getLastModifiedTime(site.out().resolve(file.getKey())),
                        file.getKey() + " did not change but was rewritten");
            }
        }
        assertArrayEquals(before.get(News.BRIDGE_EN), after.get(News.BRIDGE_EN));
        assertTrue(site.exists(News.WANG_YI_ZH));
    }

    @Test
    void warnsWhenMavensProjectSiteSharesTheOutput() throws Exception {
        site.write("target/site/project-info.html", "<html></html>");
        BuildResult result = site.build();
        assertTrue(result.problems().stream().anyMatch(p -> p.code().equals("build.maven-site")
                && p.message().contains("maven.site.skip")), result.problems().toString());
        assertTrue(Files.exists(site.out().resolve("project-info.html")), "the other plugin's file is left alone");
    }

    @Test
    void filesTheUserPutIntoTheOutputAreKept() throws Exception {
        site.write("target/site/zh/notes.txt", "mine");
        site.write("target/site/zh/2024/03/pu-er-coffee-harvest/extra.html", "<p>mine</p>");
        site.write("target/site/CNAME", "news.example.org");
        Files.delete(dir.resolve("articles/2024/pu-er-coffee-harvest.zh.md"));

        site.build();
        site.build();

        assertEquals("mine", site.read("zh/notes.txt"));
        assertEquals("<p>mine</p>", site.read("zh/2024/03/pu-er-coffee-harvest/extra.html"));
        assertEquals("news.example.org", site.read("CNAME"));
        assertFalse(site.exists(News.COFFEE_ZH));
    }

    @Test
    void tamperedManifestDeletesNothingOutsideTheOutput() throws Exception {
        Path outside = dir.resolve("target/outside.txt");
        Path absolute = dir.resolve("victim.txt");
        Path articleFile = dir.resolve("articles/2024/nev-exports.zh.md");
        Files.writeString(outside, "keep");
        Files.writeString(absolute, "keep");
        Path manifest = dir.resolve("target/duet/output-manifest.txt");
        assertTrue(Files.exists(manifest));
        Files.write(manifest, List.of("../outside.txt", absolute.toString(), "zh/../../outside.txt",
                "../../victim.txt", articleFile.toString(), "..\\outside.txt", ""),
                java.nio.file.StandardOpenOption.APPEND);

        // A real build, past the up-to-date check (which looks at the site's files, not at the cache's own).
        BuildResult result = site.duet(site.config().force(true).build()).build();

        assertTrue(Files.exists(outside));
        assertTrue(Files.exists(absolute));
        assertTrue(Files.exists(articleFile));
        assertEquals(List.of(), result.deleted());
        assertTrue(site.exists(News.WANG_YI_ZH));
        assertFalse(Files.readString(manifest).contains(".."), "the next manifest forgets the bad entries");
    }
}
