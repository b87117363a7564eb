package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.diagnostic.Problem;
import dev.duet.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles brought from a Hugo or JBake site: what Duet does not read is told at its line, with what to write
 * instead, where it was published as written without a word (shortcodes, heading attributes, Hugo's page keys), or
 * told with a reason that sent the editor the wrong way (a JBake header, a picture of static/ at its Hugo address).
 */
class MigratedArticlesTest {

    private static final String FRONT = "title: \"Election results\"\ndate: \"2024-05-20\"\nslug: \"election\"";

    @TempDir
    Path dir;

    private static List<Problem> on(BuildResult result, String code) {
        return result.problems().stream().filter(p -> p.code().equals(code)).toList();
    }

    @Test
    void aShortcodeAndAHeadingWithAttributesAreWarningsAtTheirLines() throws Exception {
        TestSite site = TestSite.in(dir);
        site.article("2024/election.en.md", FRONT, "Counting ended.\n\n{{< figure src=\"ballot.png\" >}}\n\n"
                + "## Results {#results}\n\nThe count is final.\n");
        BuildResult result = site.build();

        List<Problem> shortcode = on(result, "content.shortcode");
        assertEquals(1, shortcode.size(), result.problems().toString());
        assertEquals(9, shortcode.get(0).line());
        List<Problem> heading = on(result, "content.heading-id");
        assertEquals(1, heading.size(), result.problems().toString());
        assertEquals(11, heading.get(0).line());
        assertTrue(site.exists("en/2024/05/election/index.html"));
    }

    /**
     * Hugo's {@code <!--more-->} ends the summary: the lists, the meta description and the feed's summary show what
     * comes before it, where they showed the first paragraph whole.
     */
    @Test
    void whatComesBeforeMoreIsTheSummaryOnEveryPage() throws Exception {
        TestSite site = TestSite.in(dir);
        site.article("2024/election.en.md", FRONT, "Counting ended at midnight. <!--more--> Turnout was the highest"
                + " since 1990, officials said on Monday.\n\nThe count is final.\n");
        BuildResult result = site.build();
        assertEquals(List.of(), result.problems().stream().filter(Problem::isError).toList());

        assertEquals("Counting ended at midnight.", site.page("en/index.html").selectFirst(".item-summary,"
                + " .lead-summary, .summary").text());
        org.jsoup.nodes.Document page = site.page("en/2024/05/election/index.html");
        assertEquals("Counting ended at midnight.", page.selectFirst("meta[name=description]").attr("content"));
        assertTrue(page.selectFirst(".article-body").text().contains("Turnout was the highest since 1990"),
                "the page shows the whole text");
        String feed = site.read("en/feed.xml");
        assertTrue(feed.contains("<summary>Counting ended at midnight.</summary>")
                || feed.contains("<summary type=\"text\">Counting ended at midnight.</summary>"), feed);
    }

    /**
     * Hugo's per-language trees: a file in a folder zh/ or en/ whose name gives no language is of that folder's
     * language, and pairs with the file at the same place in the other tree, where each was an error for its missing
     * lang and, given one, stood alone without translationKey.
     */
    @Test
    void filesInPerLanguageFoldersAreOfTheirFoldersLanguageAndPairByTheirPlace() throws Exception {
        TestSite site = TestSite.in(dir);
        site.write("articles/zh/2024/budget.md", "---\ntitle: \"预算公布\"\ndate: \"2024-05-20\"\n---\n预算公布了。\n");
        site.write("articles/en/2024/budget.md", "---\ntitle: \"Budget published\"\ndate: \"2024-05-20\"\n---\n"
                + "The budget was published.\n");
        site.write("articles/zh/port/index.md", "---\ntitle: \"港口\"\ndate: \"2024-05-21\"\n---\n港口扩建。\n");
        site.write("articles/en/port/index.md", "---\ntitle: \"Port\"\ndate: \"2024-05-21\"\n---\n"
                + "The port grows.\n");
        BuildResult result = site.build();
        assertEquals(List.of(), result.problems().stream().filter(Problem::isError).toList());

        org.jsoup.nodes.Document zh = site.page("zh/2024/05/budget/index.html");
        assertEquals("/en/2024/05/budget/", zh.selectFirst("link[hreflang=en]").attr("href")
                .replaceFirst("^https?://[^/]+", ""));
        assertTrue(site.exists("en/2024/05/budget/index.html"));
        assertTrue(site.exists("zh/2024/05/port/index.html") && site.exists("en/2024/05/port/index.html"));
        assertTrue(site.exists("zh/2024/05/budget/parallel/index.html"), "a pair has its 中英对照 page");
        assertTrue(site.exists("zh/2024/05/port/parallel/index.html"), "a pair has its 中英对照 page");
    }

    @Test
    void hugosPageKeysAreWarningsThatSayTheFileIsAStory() throws Exception {
        TestSite site = TestSite.in(dir);
        site.article("2024/about.en.md", "title: \"About us\"\ndate: \"2024-05-20\"\nheadless: true\ntype: page\n"
                + "build:\n  render: never", "We are a newsroom.");
        BuildResult result = site.build();

        List<Problem> keys = on(result, "content.key");
        assertEquals(List.of(4, 5, 6), keys.stream().map(Problem::line).toList(), keys.toString());
        assertTrue(keys.get(0).message().contains("every article file is a story"), keys.get(0).message());
    }

    @Test
    void aJBakeHeaderIsToldAsOne() throws Exception {
        TestSite site = TestSite.in(dir);
        site.write("articles/2024/festival.zh.md", "title=中秋节\ndate=2024-09-17\ntype=post\nstatus=published\n"
                + "~~~~~~\n\n中秋节到了。\n");
        BuildResult result = site.build();

        List<Problem> told = on(result, "content.no-front-matter");
        assertEquals(1, told.size(), result.problems().toString());
        assertTrue(told.get(0).message().contains("JBake header"), told.get(0).message());
    }

    @Test
    void aPictureOfStaticAtItsHugoAddressIsToldTheAddressToWrite() throws Exception {
        TestSite site = TestSite.in(dir);
        site.staticFile("images/hall.png", TestSite.Generated.PNG);
        site.article("2024/election.en.md", FRONT, "![Museum hall](/images/hall.png)\n");
        BuildResult result = site.build();

        List<Problem> told = on(result, "image.unusable");
        assertEquals(1, told.size(), result.problems().toString());
        assertTrue(told.get(0).message().contains("write '/static/images/hall.png'"), told.get(0).message());
    }
}
