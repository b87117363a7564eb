package dev.duet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.duet.diagnostic.Problem;
import dev.duet.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file left out for its date, title or language is read to its end all the same: one build tells every problem
 * of its front matter, not one a fix.
 */
class AllProblemsTest {

    @TempDir
    Path dir;

    @Test
    void aFileLeftOutForItsDateTellsItsOtherProblemsInTheSameBuild() throws Exception {
        TestSite site = TestSite.in(dir).article("2024/good.en.md",
                "title: \"Good\"\nlang: \"en\"\ndate: \"2024-06-01\"",
                "Good.\n");
        site.write("articles/2024/broken.en.md", "---\ntitle: \"Broken\"\nlang: \"en\"\ndate: \"2024-06-31\"\n"
                + "draft: \"maybe\"\nviews: \"many\"\n---\n\nBody.\n");
        site.write("articles/2024/untitled.en.md",
                "---\nlang: \"en\"\ndate: \"2024-06-02\"\nviews: \"lots\"\n---\n\nB.\n");

        site.write("articles/2024/french.md", "---\ntitle: \"Français\"\nlang: \"fr\"\ndate: \"2024-06-03\"\n"
                + "image:\n  src: \"photo.jpg\"\nviews: \"beaucoup\"\n---\n\nTexte.\n");

        site.build();

        assertEquals(List.of("content.field-type:7", "content.lang:3"), site.problems().stream()
                .filter(p -> p.file().equals("articles/2024/french.md")).map(p -> p.code() + ":" + p.line())
                .sorted().toList(), "a language left out, and its picture read without a fault");
        List<String> broken = site.problems().stream().filter(p -> p.file().equals("articles/2024/broken.en.md"))
                .map(p -> p.code() + ":" + p.line()).sorted().toList();
        assertEquals(3, broken.size(), site.problems().toString());
        assertEquals(List.of("content.date:4"), broken.stream().filter(c -> c.startsWith("content.date")).toList());
        assertEquals(2, site.problems().stream().filter(p -> p.file().equals("articles/2024/untitled.en.md")).count(),
                site.problems().toString());
        assertFalse(site.exists("en/2024/06/broken/index.html"));
        assertFalse(site.problems().stream().anyMatch(p -> p.file().equals("articles/2024/good.en.md")
                && p.isError()));
    }
}
