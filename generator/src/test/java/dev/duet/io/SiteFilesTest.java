package dev.duet.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.diagnostic.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing a folder of the site without following links out of the site. */
class SiteFilesTest {

    @TempDir
    Path dir;

    private Path site;
    private Path outside;

    @BeforeEach
    void layOut() throws Exception {
        site = Files.createDirectories(dir.resolve("site"));
        outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.md"), "s");
    }

    @Test
    void listsFilesAndLinksInsideTheSiteInPathOrder() throws Exception {
        write("static/b.css");
        write("static/a/z.css");
        write("shared/logo.svg");
        write("shared/deep/x.css");
        link("static/c.svg", site.resolve("shared/logo.svg"));
        link("static/a/shared", site.resolve("shared"));

        SiteFiles.Listing listing = new SiteFiles(site, false).list(site.resolve("static"), "");

        assertEquals(List.of(site.resolve("static/a/shared/deep/x.css"), site.resolve("static/a/shared/logo.svg"),
                site.resolve("static/a/z.css"), site.resolve("static/b.css"), site.resolve("static/c.svg")),
                listing.files());
        assertEquals(List.of(), listing.problems());
    }

    @Test
    void leavesOutLinksOutOfTheSiteAndNamesEachOne() throws Exception {
        write("articles/a.md");
        link("articles/secret.md", outside.resolve("secret.md"));
        link("articles/elsewhere", outside);
        link("articles/notes.txt", outside.resolve("secret.md"));

        SiteFiles.Listing listing = new SiteFiles(site, false).list(site.resolve("articles"), ".md");

        assertEquals(List.of(site.resolve("articles/a.md")), listing.files());
        assertEquals(List.of("articles/elsewhere", "articles/secret.md"),
                listing.problems().stream().map(Problem::file).toList(), "not the link no walk would read");
        Problem problem = listing.refused().get(site.resolve("articles/secret.md"));
        assertEquals("site.external-link", problem.code());
        assertTrue(problem.message().startsWith("links to " + outside.toRealPath().resolve("secret.md")),
                problem.message());
    }

    @Test
    void namesTheLinkAboveAFolderThatLeadsOutOfTheSite() throws Exception {
        Files.createDirectories(outside.resolve("templates"));
        Files.writeString(outside.resolve("templates/page.ftlh"), "p");
        link("theme", outside);
        SiteFiles files = new SiteFiles(site, false);

        SiteFiles.Listing listing = files.list(site.resolve("theme/templates"), "");

        assertEquals(List.of(), listing.files());
        assertEquals(List.of("theme"), listing.problems().stream().map(Problem::file).toList());
        assertEquals(Optional.of("theme"), files.findRefusal(site.resolve("theme/templates"),
                site.resolve("theme/templates/page.ftlh")).map(Problem::file));
        assertEquals(Optional.empty(), files.findRefusal(site, site.resolve("missing.md")));
    }

    @Test
    void followsLinksOutOfTheSiteWhenAsked() throws Exception {
        link("articles/secret.md", outside.resolve("secret.md"));
        link("articles/elsewhere", outside);

        SiteFiles files = new SiteFiles(site, true);
        SiteFiles.Listing listing = files.list(site.resolve("articles"), ".md");

        assertEquals(List.of(site.resolve("articles/elsewhere/secret.md"), site.resolve("articles/secret.md")),
                listing.files());
        assertEquals(List.of(), listing.problems());
        assertEquals(Optional.empty(), files.findRefusal(site, site.resolve("articles/secret.md")));
    }

    @Test
    void trustsAFolderConfiguredOutsideTheSite() throws Exception {
        Files.createDirectories(outside.resolve("sub"));
        Files.createSymbolicLink(outside.resolve("sub/alias.md"), outside.resolve("secret.md"));

        SiteFiles.Listing listing = new SiteFiles(site, false).list(outside, ".md");

        assertEquals(List.of(outside.resolve("secret.md"), outside.resolve("sub/alias.md")), listing.files());
    }

    @Test
    void leavesOutLinksToAFolderThatHoldsThem() throws Exception {
        write("static/a/file.txt");
        write("static/b/file.txt");
        link("static/a/up", site.resolve("static"));
        link("static/a/self", site.resolve("static/a"));
        link("static/a/to-b", site.resolve("static/b"));
        link("static/b/to-a", site.resolve("static/a"));

        SiteFiles.Listing listing = new SiteFiles(site, false).list(site.resolve("static"), "");

        assertEquals(List.of(site.resolve("static/a/file.txt"), site.resolve("static/a/to-b/file.txt"),
                site.resolve("static/b/file.txt"), site.resolve("static/b/to-a/file.txt")), listing.files());
        assertEquals(List.of("static/a/self", "static/a/to-b/to-a", "static/a/up", "static/b/to-a/self",
                "static/b/to-a/to-b", "static/b/to-a/up"), listing.problems().stream().map(Problem::file).toList());
        assertTrue(listing.problems().stream().allMatch(p -> p.code().equals("site.link-loop")));
    }

    @Test
    void leavesOutLinksIntoTheFoldersDuetWrites() throws Exception {
        write("target/site/index.html");
        write("static/a.txt");
        link("static/built", site.resolve("target/site"));
        link("static/target", site.resolve("target"));

        SiteFiles.Listing listing = new SiteFiles(site, false, List.of(site.resolve("target/site")))
                .list(site.resolve("static"), "");

        assertEquals(List.of(site.resolve("static/a.txt")), listing.files());
        assertEquals(List.of("site.link-output", "site.link-output"),
                listing.problems().stream().map(Problem::code).toList());
    }

    @Test
    void leavesOutLinksThatNameNothing() throws Exception {
        write("static/a.txt");
        link("static/dangling.txt", site.resolve("missing.txt"));

        SiteFiles.Listing listing = new SiteFiles(site, false).list(site.resolve("static"), "");

        assertEquals(List.of(site.resolve("static/a.txt")), listing.files());
        assertEquals(List.of(), listing.problems());
    }

    @Test
    void aSourceThatIsALinkToNothingOrNoFileIsLeftOutWithAWarning() throws Exception {
        write("sources/a.txt");
        link("sources/dangling.txt", Path.of("/nonexistent/x.txt"));
        link("sources/loop-a.txt", site.resolve("sources/loop-b.txt"));
        link("sources/loop-b.txt", site.resolve("sources/loop-a.txt"));
        Process fifo = new ProcessBuilder("mkfifo", site.resolve("sources/pipe.txt").toString()).start();
        assertEquals(0, fifo.waitFor());

        SiteFiles.Listing listing = new SiteFiles(site, false).list(site.resolve("sources"), ".txt");

        assertEquals(List.of(site.resolve("sources/a.txt")), listing.files());
        assertEquals(List.of("site.broken-link sources/dangling.txt", "site.broken-link sources/loop-a.txt",
                "site.broken-link sources/loop-b.txt", "site.not-a-file sources/pipe.txt"), listing.problems().stream()
                .map(p -> p.code() + " " + p.file()).sorted().toList());
    }

    @Test
    void escapesControlCharactersSoALineStaysOneLine() {
        assertEquals("plain/名字.txt", SiteFiles.escaped("plain/名字.txt"));
        assertEquals("a\\nb\\rc\\td\\u0007e\\u0085f\\u2028", SiteFiles.escaped("a\nb\rc\td\u0007e\u0085f\u2028"));
        assertEquals("static/a\\nb.txt", new SiteFiles(Path.of("/srv/site"), false)
                .display(Path.of("/srv/site/static/a\nb.txt")));
    }

    private void write(String path) throws Exception {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, path);
    }

    private void link(String path, Path target) throws Exception {
        Path link = site.resolve(path);
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, target);
    }
}
