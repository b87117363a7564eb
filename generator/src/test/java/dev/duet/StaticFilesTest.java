package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.diagnostic.Problem;
import dev.duet.testing.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site's {@code static/} folder beside the files the site makes: a file there may replace one of them, but a
 * file that would need one of them to be a folder, or a folder to be a file, is an error that names it, and the rest
 * of the site builds.
 */
class StaticFilesTest {

    @TempDir
    Path dir;

    private static List<Problem> withCode(BuildResult result, String code) {
        return result.problems().stream().filter(p -> p.code().equals(code)).toList();
    }

    @Test
    void aStaticFileWhereTheSiteNeedsAFileOrAFolderIsAnErrorNamingItAndTheRestBuilds() throws Exception {
        TestSite site = TestSite.in(dir).news()
                .staticFile("sitemap.xml/a.txt", "under a file".getBytes(StandardCharsets.UTF_8))
                .staticFile("zh", "where a folder is".getBytes(StandardCharsets.UTF_8))
                .staticFile("logo.txt", "kept".getBytes(StandardCharsets.UTF_8));

        BuildResult result = site.build();

        List<Problem> errors = withCode(result, "static.path");
        assertEquals(List.of("static/sitemap.xml/a.txt", "static/zh"), errors.stream().map(Problem::file).toList(),
                result.problems().toString());
        assertTrue(errors.stream().allMatch(Problem::isError));
        assertTrue(site.read("sitemap.xml").contains("www.sitemaps.org"), "the site's own sitemap");
        assertTrue(site.read("zh/index.html").contains("<html"), "the site's own pages under zh/");
        assertEquals("kept", site.read("logo.txt"));
    }

    @Test
    void aStaticFileReplacesAFileOfTheSiteWithAWarningAndKeepsItInLaterBuilds() throws Exception {
        TestSite site = TestSite.in(dir).news()
                .staticFile("en/index.html", "<p>our own</p>".getBytes(StandardCharsets.UTF_8))
                .staticFile("css/duet.css", "body{}".getBytes(StandardCharsets.UTF_8));

        BuildResult result = site.build();

        List<Problem> warnings = withCode(result, "static.replaces");
        assertEquals(List.of("static/en/index.html"), warnings.stream().map(Problem::file).toList(),
                "the theme's own files are there to be replaced: no warning for css/duet.css");
        assertFalse(warnings.get(0).isError());
        assertEquals("<p>our own</p>", site.read("en/index.html"));
        assertEquals("body{}", site.read("css/duet.css"));

        // A new story changes the English home page the site makes: the static file still replaces it.
        site.article("2024/new-story.en.md", "title: \"A New Story\"\nlang: \"en\"\ndate: \"2024-12-30\"\n"
                + "slug: \"new-story\"", "A new paragraph.");
        site.build();
        assertEquals("<p>our own</p>", site.read("en/index.html"));
        assertTrue(Files.isRegularFile(site.out().resolve("en/2024/12/new-story/index.html")));

        // The static file deleted, the page the site makes is there again, as a build from nothing makes it.
        Files.delete(dir.resolve("static/en/index.html"));
        site.build();
        assertTrue(site.read("en/index.html").contains("A New Story"), site.read("en/index.html"));
        String incremental = site.read("en/index.html");
        site.duet(site.config().force(true).build()).build();
        assertEquals(site.read("en/index.html"), incremental, "as a build that renders every page makes it");
    }

    @Test
    void aThemesStaticFileReplacesAFileOfTheSiteWithAWarningAndNoRace() throws Exception {
        TestSite site = TestSite.in(dir).news()
                .write("theme/static/robots.txt", "User-agent: *\nDisallow: /drafts/\n")
                .write("theme/static/css/extra.css", "p{}");

        BuildResult result = site.build();

        List<Problem> warnings = withCode(result, "static.replaces");
        assertEquals(List.of("theme/static/robots.txt"), warnings.stream().map(Problem::file).toList(),
                result.problems().toString());
        assertEquals("User-agent: *\nDisallow: /drafts/\n", site.read("robots.txt"));
        assertEquals("p{}", site.read("css/extra.css"));
        assertEquals(1, result.problems().stream().filter(p -> p.code().equals("static.replaces")).count());
    }

    @Test
    void aHiddenFileAndAnEditorsBackupAreNotPublishedAndEachIsNamedOnce() throws Exception {
        byte[] text = "x".getBytes(StandardCharsets.UTF_8);
        TestSite site = TestSite.in(dir).news()
                .staticFile(".git/config", "[remote \"origin\"]\n\turl = https://user:token@example.com/r".getBytes(
                        StandardCharsets.UTF_8))
                .staticFile(".git/objects/ab/cdef", text)
                .staticFile(".env", "API_KEY=secret".getBytes(StandardCharsets.UTF_8))
                .staticFile("about.html~", text)
                .staticFile("robots.txt.bak", text)
                .staticFile("docs/.notes.md.swp", text)
                .staticFile("img/.DS_Store", text)
                .staticFile(".well-known/security.txt", "Contact: mailto:desk@example.org".getBytes(
                        StandardCharsets.UTF_8))
                .staticFile(".nojekyll", new byte[0])
                .staticFile(".htaccess", "ErrorDocument 404 /404.html".getBytes(StandardCharsets.UTF_8))
                .staticFile("about.html", "<p>about</p>".getBytes(StandardCharsets.UTF_8))
                .write("theme/static/css/extra.css~", "p{}")
                .write("theme/static/css/extra.css", "p{}");

        BuildResult result = site.build();

        List<Problem> warnings = withCode(result, "static.unpublished");
        assertEquals(List.of("static/.env", "static/.git", "static/about.html~", "static/docs/.notes.md.swp",
                "static/robots.txt.bak", "theme/static/css/extra.css~"),
                warnings.stream().map(Problem::file).sorted().toList(), result.problems().toString());
        assertTrue(warnings.stream().noneMatch(Problem::isError));
        for (String gone : List.of(".git/config", ".git", ".env", "about.html~", "robots.txt.bak",
                "docs/.notes.md.swp", "img/.DS_Store", "css/extra.css~")) {
            assertFalse(Files.exists(site.out().resolve(gone)), gone + " is published");
        }
        assertEquals("Contact: mailto:desk@example.org", site.read(".well-known/security.txt"));
        assertEquals("ErrorDocument 404 /404.html", site.read(".htaccess"));
        assertTrue(Files.isRegularFile(site.out().resolve(".nojekyll")));
        assertEquals("<p>about</p>", site.read("about.html"));
        assertEquals("p{}", site.read("css/extra.css"));
    }
}
