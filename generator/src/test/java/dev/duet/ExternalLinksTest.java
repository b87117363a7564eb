package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.content.ImportReport;
import dev.duet.diagnostic.Problem;
import dev.duet.diagnostic.Severity;
import dev.duet.serve.RebuildResult;
import dev.duet.testing.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A link under the site's folders that leads out of the site folder is not followed unless
 * {@code followExternalLinks} is set: nothing it names is published, rendered, imported or used as a template, and
 * a warning names the link and where it points. Links that stay inside the site are followed as before.
 */
class ExternalLinksTest {

    private static final String SECRET = "root:x:0:0:SECRET";

    @TempDir
    Path dir;

    private Path outside;
    private TestSite site;

    @BeforeEach
    void layOut() throws Exception {
        outside = dir.resolve("outside");
        Files.createDirectories(outside.resolve("theme/static"));
        Files.writeString(outside.resolve("passwd"), SECRET);
        Files.writeString(outside.resolve("theme/static/secret.css"), SECRET);
        Files.writeString(outside.resolve("leaked.en.md"), """
                ---
                title: "Leaked %s"
                lang: "en"
                date: "2024-05-01"
                ---

                %s
                """.formatted(SECRET, SECRET));
        Files.writeString(outside.resolve("leaked.txt"), ImportTest.RAIL.replace("蒋方", SECRET));
        site = TestSite.in(dir.resolve("site"));
        site.article("2024/kept.en.md", "title: \"Kept\"\nlang: \"en\"\ndate: \"2024-05-02\"", "Kept story.");
    }

    @Test
    void staticFileLinkingOutOfTheSiteIsNotPublished() throws Exception {
        link("static/passwd", outside.resolve("passwd"));
        site.write("static/robots-extra.txt", "kept");

        site.build();

        assertFalse(site.exists("passwd"));
        assertTrue(site.exists("robots-extra.txt"));
        assertNoSecretIn(site.out());
        assertWarnedAbout("static/passwd", outside.resolve("passwd"));
    }

    @Test
    void themeOverrideLinkingOutOfTheSiteIsNotUsed() throws Exception {
        link("theme/templates/404.ftlh", outside.resolve("passwd"));
        link("theme/static/secret.css", outside.resolve("passwd"));
        link("theme/i18n/en.properties", outside.resolve("passwd"));

        assertFalse(site.build().hasErrors(), site.problems().toString());

        assertFalse(site.exists("secret.css"));
        assertTrue(site.read("404.html").contains("<html"), "the theme's own 404 page");
        assertNoSecretIn(site.out());
        assertWarnedAbout("theme/templates/404.ftlh", outside.resolve("passwd"));
        assertWarnedAbout("theme/static/secret.css", outside.resolve("passwd"));
        assertWarnedAbout("theme/i18n/en.properties", outside.resolve("passwd"));
    }

    @Test
    void articleLinkingOutOfTheSiteIsNotRead() throws Exception {
        link("articles/2024/leaked.en.md", outside.resolve("leaked.en.md"));

        BuildResult result = site.build();

        assertEquals(1, result.articles());
        assertNoSecretIn(site.out());
        assertWarnedAbout("articles/2024/leaked.en.md", outside.resolve("leaked.en.md"));
    }

    @Test
    void checkDoesNotReadArticlesLinkingOutOfTheSite() throws Exception {
        String frontMatter = "title: \"Same\"\nlang: \"en\"\ndate: \"2024-05-01\"\nslug: \"same\"";
        site.article("2024/same.en.md", frontMatter, "x");
        Files.writeString(outside.resolve("leaked.en.md"), "---\n" + frontMatter + "\n---\n\nx\n");
        link("articles/2024/leaked.en.md", outside.resolve("leaked.en.md"));
        site.build();

        List<Problem> problems = site.duet().check();

        assertTrue(problems.stream().noneMatch(p -> p.code().equals("content.duplicate-slug")), problems.toString());
    }

    @Test
    void sourceLinkingOutOfTheSiteIsNotImported() throws Exception {
        link("sources/leaked.txt", outside.resolve("leaked.txt"));

        ImportReport report = site.duet().importSources();

        assertEquals(0, report.sourcesRead());
        assertEquals(List.of(), report.files());
        assertNoSecretIn(site.dir().resolve("articles"));
        assertWarnedAbout("sources/leaked.txt", outside.resolve("leaked.txt"));
        assertEquals(site.problems(), report.problems());
        assertTrue(report.summary().contains("; 1 warning, 0 errors"), report.summary());
    }

    @Test
    void importWritesNothingThroughAFolderLinkingOutOfTheSite() throws Exception {
        Path elsewhere = Files.createDirectories(outside.resolve("articles-2023"));
        link("articles/2023", elsewhere);
        site.write("sources/001_rail.txt", ImportTest.RAIL);

        ImportReport report = site.duet().importSources();

        try (var written = Files.list(elsewhere)) {
            assertEquals(List.of(), written.toList(), "nothing written outside the site");
        }
        assertEquals(List.of(), report.files());
        List<Problem> told = report.problems().stream().filter(p -> p.code().equals("import.external-link")).toList();
        assertEquals(2, told.size(), report.problems().toString());
        assertEquals("sources/001_rail.txt", told.get(0).file());
        assertTrue(told.get(0).message().startsWith(ImportTest.RAIL_PATH + ".zh.md is not written: articles/2023 links"
                + " to " + elsewhere), told.get(0).message());
    }

    @Test
    void folderLinkingOutOfTheSiteIsNotFollowed() throws Exception {
        Files.createDirectories(site.dir());
        Files.createSymbolicLink(site.dir().resolve("theme"), outside.resolve("theme"));
        link("static/etc", outside);

        site.build();

        assertFalse(site.exists("secret.css"));
        assertFalse(site.exists("etc/passwd"));
        assertNoSecretIn(site.out());
        assertWarnedAbout("theme", outside.resolve("theme"));
        assertWarnedAbout("static/etc", outside);
    }

    @Test
    void siteThemeFolderLinkingOutOfTheSiteIsNotUsed() throws Exception {
        Files.createDirectories(outside.resolve("theme/templates"));
        Files.writeString(outside.resolve("theme/templates/404.ftlh"), SECRET);
        Files.createDirectories(site.dir());
        Files.createSymbolicLink(site.dir().resolve("default"), outside.resolve("theme"));

        assertFalse(site.build().hasErrors(), site.problems().toString());

        assertNoSecretIn(site.out());
        assertWarnedAbout("default", outside.resolve("theme"));
    }

    @Test
    void linksThatStayInsideTheSiteAreFollowed() throws Exception {
        site.write("assets/logo.svg", "<svg/>");
        site.write("assets/css/extra.css", "body{}");
        site.write("drafts/linked.en.md", "---\ntitle: \"Linked\"\nlang: \"en\"\ndate: \"2024-05-03\"\n---\n\nLinked.\n");
        link("static/img", site.dir().resolve("assets"));
        link("static/logo.svg", site.dir().resolve("assets/logo.svg"));
        link("articles/2024/linked.en.md", site.dir().resolve("drafts/linked.en.md"));

        BuildResult result = site.build();

        assertEquals(2, result.articles());
        assertEquals("<svg/>", site.read("logo.svg"));
        assertEquals("<svg/>", site.read("img/logo.svg"));
        assertEquals("body{}", site.read("img/css/extra.css"));
        assertEquals(List.of(), site.problems().stream().filter(p -> p.code().startsWith("site.")).toList());
    }

    @Test
    void aFolderLinkingToItsOwnParentIsNotWalkedForever() throws Exception {
        site.write("static/a/file.txt", "a");
        link("static/a/loop", site.dir().resolve("static"));

        site.build();

        assertEquals("a", site.read("a/file.txt"));
        assertTrue(site.problems().stream().anyMatch(p -> p.code().equals("site.link-loop")
                && p.file().equals("static/a/loop")), site.problems().toString());
    }

    @Test
    void followExternalLinksAllowsLinksOutOfTheSite() throws Exception {
        link("static/passwd", outside.resolve("passwd"));
        link("static/etc", outside.resolve("theme"));
        link("articles/2024/leaked.en.md", outside.resolve("leaked.en.md"));
        link("sources/leaked.txt", outside.resolve("leaked.txt"));
        Duet duet = site.duet(site.config().followExternalLinks(true).build());

        ImportReport report = duet.importSources();
        BuildResult result = duet.build();

        assertEquals(1, report.sourcesRead());
        assertEquals(SECRET, site.read("passwd"));
        assertEquals(SECRET, site.read("etc/static/secret.css"));
        assertEquals(4, result.articles(), "the kept and the linked article, and the imported pair");
        assertEquals(List.of(), site.problems().stream().filter(p -> p.code().startsWith("site.")).toList());
    }

    @Test
    void staticFileNamedWithABackslashIsNotPublishedAsAFolder() throws Exception {
        site.write("static/a\\b.txt", "x");

        site.build();

        assertFalse(site.exists("a/b.txt"));
        assertFalse(site.exists("a\\b.txt"));
        Problem warning = site.problems().stream().filter(p -> p.code().equals("static.name")).findFirst()
                .orElseThrow(() -> new AssertionError(site.problems().toString()));
        assertEquals("static/a\\b.txt", warning.file());
        assertTrue(warning.message().contains("backslash"), warning.message());
    }

    @Test
    void staticFileNamedWithANewlineIsNamedInAWarning() throws Exception {
        site.write("static/bad\nname.txt", "x");
        site.write("static/good.txt", "x");

        site.build();

        assertTrue(site.exists("good.txt"));
        Problem warning = site.problems().stream().filter(p -> p.code().equals("static.name")).findFirst()
                .orElseThrow(() -> new AssertionError(site.problems().toString()));
        assertEquals(Severity.WARNING, warning.severity());
        assertEquals("static/bad\\nname.txt", warning.file());
        assertFalse(warning.format().contains("\n"), warning.format());
    }

    @Test
    void previewDoesNotReadAnArticleReplacedByALinkOutOfTheSite() throws Exception {
        PreviewSession preview = Duet.previewing(site.config().build(), site.listener());
        preview.build();
        Path kept = site.dir().resolve("articles/2024/kept.en.md");
        // the same article but for its text: an edit the preview would patch in quickly
        Files.writeString(outside.resolve("kept.en.md"), Files.readString(kept).replace("Kept story.", SECRET));
        Files.delete(kept);
        Files.createSymbolicLink(kept, outside.resolve("kept.en.md"));

        RebuildResult result = preview.rebuild(Set.of(kept));

        assertNoSecretIn(site.dir().resolve("target/duet/preview/site"));
        assertTrue(result.problems().stream().anyMatch(p -> p.code().equals("site.external-link")
                && p.file().equals("articles/2024/kept.en.md")), result.problems().toString());
        RebuildResult again = preview.rebuild(Set.of(site.dir().resolve("articles/2024")));
        assertTrue(again.problems().stream().anyMatch(p -> p.code().equals("site.external-link")),
                "the warning stays while the link does: " + again.problems());
    }

    @Test
    void previewDoesNotImportASourceLinkingOutOfTheSite() throws Exception {
        PreviewSession preview = Duet.previewing(site.config().build(), site.listener());
        preview.build();
        Path source = link("sources/leaked.txt", outside.resolve("leaked.txt"));

        RebuildResult result = preview.rebuild(Set.of(source));

        assertNoSecretIn(site.dir().resolve("articles"));
        assertNoSecretIn(site.dir().resolve("target/duet/preview/site"));
        assertTrue(result.problems().stream().anyMatch(p -> p.code().equals("site.external-link")
                && p.file().equals("sources/leaked.txt")), result.problems().toString());
    }

    private Path link(String path, Path target) throws Exception {
        Path link = site.dir().resolve(path);
        Files.createDirectories(link.getParent());
        return Files.createSymbolicLink(link, target);
    }

    private void assertWarnedAbout(String link, Path target) {
        assertTrue(site.problems().stream().anyMatch(p -> p.severity() == Severity.WARNING
                && p.code().equals("site.external-link") && p.file().equals(link)
                && p.message().contains(target.toString())), "a warning for " + link + " in " + site.problems());
    }

    private static void assertNoSecretIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        for (Map.Entry<String, byte[]> file : TestSite.tree(folder).entrySet()) {
            assertFalse(new String(file.getValue(), StandardCharsets.UTF_8).contains(SECRET), file.getKey());
        }
    }
}
