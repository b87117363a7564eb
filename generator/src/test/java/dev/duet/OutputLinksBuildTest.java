package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.diagnostic.Problem;
import dev.duet.testing.TestSite;
import dev.duet.testing.TestSite.News;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build writes and deletes nothing through a symbolic link in the output folder: a folder that is a link is an
 * error naming it, and the build after the link is deleted writes every file that belongs there; a file that is a
 * link is replaced by the page.
 */
class OutputLinksBuildTest {

    private static final String OTHER_BASE = "https://x.example.org/";

    @TempDir
    Path dir;

    @TempDir
    Path outside;

    private TestSite site;

    @BeforeEach
    void buildOnce() throws Exception {
        site = TestSite.in(dir).news();
        assertFalse(site.build().hasErrors(), site.problems().toString());
    }

    @Test
    void aFolderOfTheOutputThatIsALinkIsAnErrorAndNothingIsWrittenThroughIt() throws Exception {
        Path tags = site.out().resolve("zh/tags");
        deleteTree(tags);
        Files.writeString(outside.resolve("index.html"), "V2");
        Files.createSymbolicLink(tags, outside);
        site.problems().clear();

        BuildResult failed = rebuild();

        assertTrue(failed.hasErrors(), failed.summary());
        List<Problem> links = failed.problems().stream().filter(p -> p.code().equals("build.output-link")).toList();
        assertEquals(1, links.size(), failed.problems().toString());
        assertEquals("zh/tags", links.get(0).file());
        assertTrue(links.get(0).message().startsWith(tags + " is a link to " + outside + ":"), links.get(0).message());
        assertEquals(Map.of("index.html", "V2"), texts(outside), "nothing written, made or deleted outside");

        Files.delete(tags);
        BuildResult fixed = rebuild();

        assertFalse(fixed.hasErrors(), fixed.problems().toString());
        assertTrue(site.exists("zh/tags/index.html"), "the pages below the link's place are all written");
        assertEquals(0, site.duet(site.config().baseUrl(OTHER_BASE).force(true).build()).build().written(),
                "a build that renders every file finds nothing left to write");
    }

    @Test
    void aPageOfTheOutputThatIsALinkIsReplacedByThePage() throws Exception {
        Path page = site.out().resolve(News.WANG_YI_EN);
        Path other = site.out().resolve(News.BRIDGE_EN);
        byte[] before = Files.readAllBytes(page);
        // One link names a file of other bytes, the other a copy of the very page, which must not stay either.
        Path passwd = Files.writeString(outside.resolve("passwd"), "root:x:0:0");
        Path copy = Files.copy(other, outside.resolve("copy.html"));
        Files.delete(page);
        Files.createSymbolicLink(page, passwd);
        Files.delete(other);
        Files.createSymbolicLink(other, copy);

        BuildResult built = site.build();

        assertFalse(built.hasErrors(), built.problems().toString());
        assertFalse(Files.isSymbolicLink(page));
        assertFalse(Files.isSymbolicLink(other));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(page)));
        assertEquals("root:x:0:0", Files.readString(passwd));
        assertTrue(Files.isRegularFile(copy, java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aStaleFileBelowAFolderThatIsALinkIsLeftWhereItLeads() throws Exception {
        Path year = site.out().resolve("en/2024");
        Path victim = outside.resolve("2024");
        Files.move(year, victim);
        Files.createSymbolicLink(year, victim);
        Map<String, String> before = texts(victim);
        Path article = dir.resolve("articles/2024/wang-yi-attends-sco-meeting.en.md");
        Files.writeString(article, Files.readString(article).replace("2024-05-21", "2024-06-21"));
        Path zh = dir.resolve("articles/2024/wang-yi-attends-sco-meeting.zh.md");
        Files.writeString(zh, Files.readString(zh).replace("2024-05-21", "2024-06-21"));

        BuildResult failed = site.build();

        assertEquals(1, failed.problems().stream().filter(p -> p.code().equals("build.output-link")).count(),
                "told once: " + failed.problems());
        assertEquals(before, texts(victim), "nothing written or deleted where the link leads");
        Files.delete(year);
        BuildResult fixed = site.build();
        assertFalse(fixed.hasErrors(), fixed.problems().toString());
        assertTrue(site.exists("en/2024/06/wang-yi-attends-sco-meeting/index.html"));
        assertEquals(0, site.duet(site.config().force(true).build()).build().written());
    }

    private BuildResult rebuild() throws Exception {
        return site.duet(site.config().baseUrl(OTHER_BASE).build()).build();
    }

    private static Map<String, String> texts(Path root) {
        Map<String, String> texts = new java.util.TreeMap<>();
        TestSite.tree(root).forEach((path, bytes) -> texts.put(path, new String(bytes,
                java.nio.charset.StandardCharsets.UTF_8)));
        return texts;
    }

    private static void deleteTree(Path root) throws Exception {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
