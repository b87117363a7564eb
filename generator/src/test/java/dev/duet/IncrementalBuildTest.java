package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.content.ContentReader;
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
 * A rebuild renders only what changed, and never serves a stale page: every input a page depends on (its article,
 * its translation, its neighbours, its tags, the templates, the configuration) invalidates it. Each test compares
 * the incremental result with a clean build of the same input.
 */
class IncrementalBuildTest {

    private static final String ZH_ARTICLE = "articles/2024/wang-yi-attends-sco-meeting.zh.md";
    private static final String EN_ARTICLE = "articles/2024/wang-yi-attends-sco-meeting.en.md";

    @TempDir
    Path dir;

    @TempDir
    Path clean;

    private TestSite site;

    @BeforeEach
    void buildOnce() throws Exception {
        site = TestSite.in(dir).news();
        site.build();
    }

    @Test
    void rendersNothingWhenNothingChanged() throws Exception {
        Map<String, byte[]> before = TestSite.tree(site.out());
        BuildResult again = site.build();
        assertEquals(0, again.written());
        // Only the few files without a fingerprint (plain text and static copies) are made again.
        assertTrue(again.rendered() < again.files() / 4, again.summary());
        TestSite.assertSameTree(before, TestSite.tree(site.out()));
    }

    @Test
    void rendersNothingWhenOnlyThreadsOrStrictnessChange() throws Exception {
        Map<String, byte[]> before = TestSite.tree(site.out());
        // Without its snapshot, a build is a real one, past the up-to-date check, that makes again only the files
        // without a fingerprint.
        Files.delete(dir.resolve("target/duet/build-snapshot.txt"));
        int unfingerprinted = site.build().rendered();
        Files.delete(dir.resolve("target/duet/build-snapshot.txt"));
        BuildResult again = site.duet(site.config().threads(3).failOnError(true).build()).build();
        assertEquals(unfingerprinted, again.rendered(), "threads and strictness do not change what a page holds");
        TestSite.assertSameTree(before, TestSite.tree(site.out()));
    }

    @Test
    void forceRendersEveryFileAndWritesOnlyThoseThatChanged() throws Exception {
        Map<String, byte[]> before = TestSite.tree(site.out());
        BuildResult forced = site.duet(site.config().force(true).build()).build();
        assertEquals(forced.files(), forced.rendered(), forced.summary());
        assertEquals(0, forced.written(), forced.summary());
        TestSite.assertSameTree(before, TestSite.tree(site.out()));
    }

    @Test
    void aFileWhereAFolderOfTheCacheShouldBeIsReplacedByIt() throws Exception {
        Path states = dir.resolve("target/duet/segment-states");
        assertTrue(Files.isDirectory(states));
        deleteTree(states);
        Files.writeString(states, "junk");
        replace(ZH_ARTICLE, "王毅在会上发表讲话。", "王毅在会上发表重要讲话。");

        assertFalse(site.build().hasErrors());

        assertTrue(Files.isDirectory(states));
        assertTrue(site.read(News.WANG_YI_ZH).contains("王毅在会上发表重要讲话。"));
        assertMatchesCleanBuild();
    }

    @Test
    void rerendersAPageWhoseArticleChanged() throws Exception {
        replace(ZH_ARTICLE, "王毅在会上发表讲话。", "王毅在会上发表重要讲话。");
        site.build();
        assertTrue(site.read(News.WANG_YI_ZH).contains("王毅在会上发表重要讲话。"));
        assertMatchesCleanBuild();
    }

    @Test
    void followsAChangedTranslationTitle() throws Exception {
        replace(EN_ARTICLE, "title: \"Wang Yi Attends SCO Foreign Ministers' Meeting\"",
                "title: \"Wang Yi at the SCO Council\"");
        site.build();
        assertTrue(site.read(News.WANG_YI_ZH).contains("Wang Yi at the SCO Council"),
                "the zh page's link to its translation shows the new title");
        assertMatchesCleanBuild();
    }

    @Test
    void followsAChangeOfTagMembership() throws Exception {
        replace(ZH_ARTICLE, "  - \"Wang Yi\"\n", "  - \"Wang Yi\"\n  - \"diplomacy\"\n");
        site.build();
        assertTrue(site.read("zh/tags/diplomacy/index.html").contains("王毅出席上合组织外长会议"));
        assertMatchesCleanBuild();
    }

    @Test
    void rerendersEveryPageWhenATemplateChanges() throws Exception {
        site.write("theme/templates/article.ftlh", themeTemplate("article.ftlh")
                .replace("<div class=\"article-body\">", "<div class=\"article-body\" data-edition=\"2\">"));
        site.build();
        assertTrue(site.read(News.WANG_YI_ZH).contains("data-edition=\"2\""));
        assertTrue(site.read(News.BRIDGE_EN).contains("data-edition=\"2\""));
        assertMatchesCleanBuild();
    }

    @Test
    void aTemplateErrorNamesTheFileAsTheSiteHasIt() throws Exception {
        site.write("theme/templates/article.ftlh", themeTemplate("article.ftlh")
                .replace("<div class=\"article-body\">", "<div class=\"article-body\">${noSuchValue}"));
        site.problems().clear();
        assertTrue(site.build().hasErrors());
        java.util.List<dev.duet.diagnostic.Problem> failed = site.problems().stream()
                .filter(p -> p.code().equals("template.error")).distinct().toList();
        assertFalse(failed.isEmpty(), site.problems().toString());
        int line = themeTemplate("article.ftlh").lines().takeWhile(l -> !l.contains("<div class=\"article-body\">"))
                .toList().size() + 1;
        failed.forEach(p -> assertEquals("theme/templates/article.ftlh:" + line, p.file() + ":" + p.line(),
                p.toString()));
        Files.delete(dir.resolve("theme/templates/article.ftlh"));
        site.problems().clear();
        assertFalse(site.build().hasErrors());
    }

    @Test
    void aTemplateThatIncludesItselfLeavesTheSiteAsACleanBuildWouldWithItsPagesAsTheyWere() throws Exception {
        Map<String, byte[]> before = TestSite.tree(site.out());
        site.write("theme/templates/article.ftlh", "<#include \"article.ftlh\">x");
        site.problems().clear();
        assertTrue(site.build().hasErrors());
        java.util.List<dev.duet.diagnostic.Problem> failed = site.problems().stream()
                .filter(p -> p.code().equals("template.error")).distinct().toList();
        assertFalse(failed.isEmpty(), site.problems().toString());
        failed.forEach(p -> assertEquals("theme/templates/article.ftlh:1", p.file() + ":" + p.line(), p.toString()));
        assertTrue(java.util.Arrays.equals(before.get(News.WANG_YI_ZH), TestSite.tree(site.out()).get(News.WANG_YI_ZH)),
                "the article page keeps its last good version");
        // Every other file is as a build from nothing of the same input makes it; a clean build has no article
        // pages, and this one the last good ones.
        TestSite.copy(dir.resolve("articles"), clean.resolve("articles"));
        TestSite.copy(dir.resolve("theme"), clean.resolve("theme"));
        Files.copy(dir.resolve("glossary.yaml"), clean.resolve("glossary.yaml"));
        TestSite fresh = TestSite.in(clean);
        assertTrue(fresh.build().hasErrors());
        Map<String, byte[]> cleanTree = TestSite.tree(fresh.out());
        Map<String, byte[]> kept = new java.util.TreeMap<>(TestSite.tree(site.out()));
        kept.keySet().removeAll(cleanTree.keySet());
        assertTrue(kept.containsKey(News.WANG_YI_EN), kept.keySet().toString());
        kept.forEach((path, bytes) -> assertTrue(java.util.Arrays.equals(before.get(path), bytes), path));
        Map<String, byte[]> rest = new java.util.TreeMap<>(TestSite.tree(site.out()));
        rest.keySet().retainAll(cleanTree.keySet());
        TestSite.assertSameTree(cleanTree, rest);
        // Mended, the site is again what a clean build makes.
        Files.delete(dir.resolve("theme/templates/article.ftlh"));
        Files.delete(clean.resolve("theme/templates/article.ftlh"));
        site.problems().clear();
        assertFalse(site.build().hasErrors(), site.problems().toString());
        TestSite.assertSameTree(before, TestSite.tree(site.out()));
    }

    @Test
    void rerendersEveryPageWhenTheConfigurationChanges() throws Exception {
        site.duet(site.config().titleEn("The Daily Duet").build()).build();
        assertTrue(site.read(News.BRIDGE_EN).contains("The Daily Duet"));
        assertTrue(site.read("en/index.html").contains("The Daily Duet"));
    }

    @Test
    void rendersAgainAPageDeletedFromTheOutput() throws Exception {
        Files.delete(site.out().resolve(News.WANG_YI_EN));
        site.build();
        assertTrue(Files.exists(site.out().resolve(News.WANG_YI_EN)));
    }

    @Test
    void anArticleThatCannotBeReadKeepsItsLastReadingInEveryBuildUntilItIsFixed() throws Exception {
        Map<String, byte[]> before = TestSite.tree(site.out());
        replace(ZH_ARTICLE, "title: \"王毅出席上合组织外长会议\"", "title: \"Err");
        Problem unreadable = new ContentReader().read(dir, dir.resolve(ZH_ARTICLE)).problems().get(0);
        // Each build is a new Duet over the same folder, as a new process is: the second finds the last good reading
        // where the first left it, in the read cache.
        for (int build = 0; build < 2; build++) {
            site.problems().clear();
            BuildResult broken = site.build();
            assertTrue(broken.hasErrors(), "the error still fails the build");
            assertFalse(broken.upToDate(), "a build with errors leaves nothing that vouches for the next");
            List<Problem> errors = site.problems().stream().filter(Problem::isError).toList();
            assertEquals(1, errors.size(), errors.toString());
            Problem error = errors.get(0);
            assertEquals(ZH_ARTICLE + ":" + unreadable.line() + " " + unreadable.code(),
                    error.file() + ":" + error.line() + " " + error.code());
            assertEquals(unreadable.message() + "; the last version read is kept until the file is fixed",
                    error.message());
            assertFalse(site.codes().contains("build.article-deleted"), "a file that cannot be read is not gone");
            TestSite.assertSameTree(before, TestSite.tree(site.out()));
        }
        assertFalse(Files.exists(dir.resolve("deleted.tsv")), "no place is noted for a story that has its pages");

        site.problems().clear();
        List<Problem> checked = site.duet().check();
        assertTrue(checked.stream().anyMatch(p -> p.code().equals("check.build-error")
                && p.file().equals(ZH_ARTICLE) && p.line() == unreadable.line()), checked.toString());
        assertFalse(site.codes().contains("check.page-gone"), checked.toString());

        replace(ZH_ARTICLE, "title: \"Err", "title: \"王毅出席上合组织外长理事会会议\"");
        site.problems().clear();
        assertFalse(site.build().hasErrors(), site.problems().toString());
        assertTrue(site.read(News.WANG_YI_ZH).contains("王毅出席上合组织外长理事会会议"), "the mended file is read");
        assertMatchesCleanBuild();
    }

    @Test
    void aFileNeverReadWellStaysOutAndSoDoesOneBuiltWithForce() throws Exception {
        site.article("2024/added.en.md", "title: \"Err\nlang: \"en\"\ndate: \"2024-06-01\"", "New.\n");
        site.problems().clear();
        assertTrue(site.build().hasErrors());
        assertFalse(site.exists("en/2024/06/added/index.html"));
        assertFalse(site.problems().stream().anyMatch(p -> p.message().contains("kept")), site.problems().toString());
        Files.delete(dir.resolve("articles/2024/added.en.md"));

        // A forced build trusts no reading it did not make: the file is left out, and so is it by the next build.
        replace(ZH_ARTICLE, "title: \"王毅出席上合组织外长会议\"", "title: \"Err");
        site.problems().clear();
        assertTrue(site.duet(site.config().force(true).build()).build().hasErrors());
        assertFalse(site.exists(News.WANG_YI_ZH));
        assertTrue(site.build().hasErrors());
        assertFalse(site.exists(News.WANG_YI_ZH));
        assertFalse(site.problems().stream().anyMatch(p -> p.message().contains("kept")), site.problems().toString());
    }

    private String themeTemplate(String name) throws Exception {
        try (var in = getClass().getClassLoader().getResourceAsStream("duet/themes/default/templates/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static void deleteTree(Path root) throws Exception {
        try (var files = Files.walk(root)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private void replace(String file, String from, String to) throws Exception {
        Path path = dir.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), "fixture has '" + from + "'");
        Files.writeString(path, text.replace(from, to));
    }

    /** The incremental output equals a build of the same input from nothing. */
    private void assertMatchesCleanBuild() throws Exception {
        TestSite.copy(dir.resolve("articles"), clean.resolve("articles"));
        if (Files.isDirectory(dir.resolve("theme"))) {
            TestSite.copy(dir.resolve("theme"), clean.resolve("theme"));
        }
        Files.copy(dir.resolve("glossary.yaml"), clean.resolve("glossary.yaml"));
        TestSite fresh = TestSite.in(clean);
        fresh.build();
        TestSite.assertSameTree(TestSite.tree(fresh.out()), TestSite.tree(site.out()));
    }
}
