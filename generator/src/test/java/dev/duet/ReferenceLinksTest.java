package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.duet.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A link written with a reference ({@code [the plan][1]}, its address in a paragraph of its own) is a link on the
 * article's page and on the parallel page too, which renders the story paragraph by paragraph.
 */
class ReferenceLinksTest {

    @TempDir
    Path dir;

    @Test
    void aReferenceLinkIsALinkOnTheParallelPageToo() throws Exception {
        TestSite site = TestSite.in(dir);
        site.article("2024/rail.zh.md", "title: \"新线开通\"\ndate: \"2024-05-20\"\nslug: \"rail\"",
                "新线今日开通，详见[规划][plan]。\n\n沿线设五站。\n\n[plan]: https://example.org/zh/plan\n");
        site.article("2024/rail.en.md", "title: \"Rail line opens\"\ndate: \"2024-05-20\"\nslug: \"rail\"",
                "The line opens today: see [the plan][plan].\n\nIt has five stations, [as planned][plan].\n\n"
                        + "[plan]: https://example.org/en/plan \"The plan\"\n");
        site.build();

        Document en = site.page("en/2024/05/rail/index.html");
        assertEquals(List.of("https://example.org/en/plan", "https://example.org/en/plan"),
                en.select(".article-body a").eachAttr("href"));
        Document parallel = site.page("zh/2024/05/rail/parallel/index.html");
        assertEquals(List.of("https://example.org/zh/plan", "https://example.org/en/plan",
                "https://example.org/en/plan"), parallel.select("main a[href^=https://example.org/]").eachAttr("href"));
        assertFalse(parallel.text().contains("[plan]"), parallel.text());
        assertFalse(parallel.text().contains("example.org"), "a definition shows nothing");
    }

    @Test
    void aFootnoteIsAWarningAtItsLine() throws Exception {
        TestSite site = TestSite.in(dir);
        site.article("2024/rail.zh.md", "title: \"新线开通\"\ndate: \"2024-05-20\"\nslug: \"rail\"",
                "新线今日开通[^1]。\n\n[^1]: 脚注内容。\n");
        List<dev.duet.diagnostic.Problem> told = site.build().problems().stream()
                .filter(p -> p.code().equals("content.footnote")).toList();

        assertEquals(1, told.size(), told.toString());
        assertEquals("articles/2024/rail.zh.md", told.get(0).file());
        assertEquals(9, told.get(0).line());
    }
}
