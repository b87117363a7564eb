package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.diagnostic.Problem;
import dev.duet.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lines around the front matter as an editor sees them: spaces or tabs left after the dashes do not hide it, in
 * either line ending; a body's own line of dashes stays the body's; front matter in Hugo's TOML gets an error that
 * says so.
 */
class FrontMatterLinesTest {

    @TempDir
    Path dir;
    @TempDir
    Path clean;

    private static void articles(TestSite site) throws Exception {
        site.write("articles/2024/spaces.en.md", "---  \ntitle: \"Trailing Spaces\"\ndate: \"2024-03-11\"\n---\t \n\n"
                + "First.\n\n---   \n\nAfter a rule.\n");
        site.write("articles/2024/crlf.en.md",
                "---  \r\ntitle: \"Windows\"\r\ndate: \"2024-03-12\"\r\n--- \r\n\r\nBody.\r\n");
    }

    @Test
    void spacesAfterTheDashesDoNotHideTheFrontMatterAndTheBodyKeepsItsOwnRule() throws Exception {
        TestSite site = TestSite.in(dir);
        articles(site);
        assertFalse(site.build().hasErrors(), site.problems().toString());
        String page = site.read("en/2024/03/spaces/index.html");
        assertTrue(page.contains("Trailing Spaces") && page.contains("<hr"), page);
        assertTrue(site.read("en/2024/03/crlf/index.html").contains("Windows"));

        // A build after an edit elsewhere reads these bodies again from the cache and the files: the same pages.
        site.write("articles/2024/other.en.md", "---\ntitle: \"Other\"\ndate: \"2024-03-13\"\n---\n\nOther.\n");
        assertFalse(site.build().hasErrors(), site.problems().toString());
        TestSite fresh = TestSite.in(clean);
        articles(fresh);
        fresh.write("articles/2024/other.en.md", "---\ntitle: \"Other\"\ndate: \"2024-03-13\"\n---\n\nOther.\n");
        fresh.build();
        TestSite.assertSameTree(TestSite.tree(fresh.out()), TestSite.tree(site.out()));
    }

    @Test
    void tomlFrontMatterIsAnErrorThatSaysSo() throws Exception {
        TestSite site = TestSite.in(dir);
        site.write("articles/2024/toml.en.md", "+++\ntitle = \"Toml\"\ndate = 2024-03-10\n+++\n\nBody.\n");
        assertTrue(site.build().hasErrors());
        List<Problem> errors = site.problems().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("articles/2024/toml.en.md", errors.get(0).file());
        assertTrue(errors.get(0).message().startsWith("front matter in TOML ('+++'), as Hugo writes it, is not read"),
                errors.get(0).message());
        assertTrue(Files.exists(dir.resolve("articles/2024/toml.en.md")), "the file is left as it is");
    }
}
