package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.diagnostic.Problem;
import dev.duet.testing.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken link written in an article's Markdown is told by {@code duet:check} at the line of the file that writes
 * it, once, though the article's page and its parallel page both show it.
 */
class BrokenLinkLineTest {

    @TempDir
    Path dir;

    private List<Problem> checked(String enBody) throws IOException {
        TestSite site = TestSite.in(dir);
        site.article("2024/rail.zh.md", "title: \"新线开通\"\ndate: \"2024-05-20\"\nslug: \"rail\"",
                "新线今日开通。\n\n详见[旧闻](/zh/2024/05/rail/)。\n");
        site.article("2024/rail.en.md", "title: \"Rail line opens\"\ndate: \"2024-05-20\"\nslug: \"rail\"", enBody);
        site.build();
        return site.duet().check().stream()
                .filter(p -> p.code().equals("check.broken-link") || p.code().equals("check.broken-anchor"))
                .toList();
    }

    @Test
    void aBrokenLinkInABodyIsToldAtItsLineOnce() throws IOException {
        List<Problem> found = checked("The line opens today.\n\nSee [the plan](/en/2023/01/no-such-plan/).\n");

        assertEquals(1, found.size(), found.toString());
        Problem problem = found.get(0);
        assertEquals("articles/2024/rail.en.md", problem.file());
        assertEquals(9, problem.line(), "the body's third line, after five lines of front matter and a blank one");
        assertTrue(problem.message().startsWith("broken link /en/2023/01/no-such-plan/ (no file "), problem.message());
        assertTrue(problem.message().endsWith("on target/site/en/2024/05/rail/index.html"), problem.message());
        assertTrue(problem.isError());
    }

    @Test
    void anAddressInChineseIsFoundAsWrittenAndAnAnchorToo() throws IOException {
        List<Problem> found = checked("The line opens today.\n\nSee [标签](/zh/tags/没有/) and [below](#nowhere).\n");

        assertEquals(List.of("articles/2024/rail.en.md:9:check.broken-anchor",
                        "articles/2024/rail.en.md:9:check.broken-link"),
                found.stream().map(p -> p.file() + ":" + p.line() + ":" + p.code()).sorted().toList(),
                found.toString());
    }

    @Test
    void aLinkNoArticleWritesStaysOnItsPage() throws IOException {
        TestSite site = TestSite.in(dir);
        site.article("2024/rail.en.md", "title: \"Rail line opens\"\ndate: \"2024-05-20\"", "Opens today.\n");
        site.build();
        // A page written into the output by hand, with a broken link of its own.
        site.write("target/site/en/extra.html", "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head>"
                + "<body><a href=\"/en/gone/\">gone</a></body></html>");

        List<Problem> found = site.duet().check().stream().filter(p -> p.code().equals("check.broken-link")).toList();

        assertEquals(1, found.size(), found.toString());
        assertEquals("target/site/en/extra.html", found.get(0).file());
        assertEquals(0, found.get(0).line());
    }
}
