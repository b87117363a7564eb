package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Problem;
import dev.duet.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An editor chooses the story that leads the front page ({@code lead: true}), where the newest story always led: it
 * leads both languages' front pages and the landing page's columns until newer stories push it off the front page's
 * list or a newer one is chosen, and a choice that leads nothing is told of.
 */
class FrontPageLeadTest {

    @TempDir
    Path dir;

    /** Stories of 1 to {@code days} May 2024, s1 to s{days}, each in both languages and in no section. */
    private TestSite site(int days) throws IOException {
        TestSite site = TestSite.in(dir);
        for (int day = 1; day <= days; day++) {
            NewsroomTest.story(site, "s" + day, "2024-05-%02d".formatted(day),
                    "https://example.org/news/%d.html".formatted(day), "", List.of(), List.of());
        }
        return site;
    }

    private void choose(String slug, String lang, String line) throws IOException {
        Path file = dir.resolve("articles/2024/" + slug + "." + lang + ".md");
        Files.writeString(file, Files.readString(file).replaceFirst("\ndate:", "\n" + line + "\ndate:"));
    }

    private static String lead(TestSite site, String page) throws IOException {
        return site.page(page).selectFirst(".lead-story .lead-title a").text();
    }

    private static List<Problem> leadWarnings(TestSite site) {
        return site.problems().stream().filter(p -> p.code().equals("content.lead")).toList();
    }

    @Test
    void aStoryChosenInOneFileLeadsBothFrontPagesAndTheLandingPage() throws IOException {
        TestSite site = site(5);
        choose("s2", "zh", "lead: true");
        assertFalse(site.build().hasErrors(), site.problems().toString());

        assertEquals("新闻s2", lead(site, "zh/index.html"));
        assertEquals("Story s2", lead(site, "en/index.html"));
        assertEquals(List.of("新闻s2", "Story s2"), site.page("index.html").select(".landing-lead h3 a").eachText());
        // The newest story is still on the front page, once, and the lead is not repeated below it.
        List<String> items = site.page("en/index.html").select(".item-title a").eachText();
        assertEquals(List.of("Story s5", "Story s4", "Story s3", "Story s1"), items);
        assertEquals(List.of("Story s5", "Story s4", "Story s3", "Story s1"),
                site.page("index.html").select(".landing-column:last-child .landing-list a").eachText());
        assertEquals(List.of(), leadWarnings(site));
    }

    @Test
    void aChosenStoryLeadsUntilAPageOfNewerStoriesPushesItOffTheFrontPagesList() throws IOException {
        TestSite site = site(6);
        choose("s1", "en", "lead: true");
        var config = site.config().pageSize(6).build();
        assertFalse(site.duet(config).build().hasErrors());
        assertEquals("Story s1", lead(site, "en/index.html"), "five newer stories: s1 is on the front page's list");

        NewsroomTest.story(site, "s7", "2024-05-07", "https://example.org/news/7.html", "", List.of(), List.of());
        assertFalse(site.duet(config).build().hasErrors());

        assertEquals("Story s7", lead(site, "en/index.html"));
        assertEquals("新闻s7", lead(site, "zh/index.html"));
        List<Problem> warnings = leadWarnings(site);
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("articles/2024/s1.en.md", warnings.get(0).file());
        assertTrue(warnings.get(0).message().contains("more than 6 newer stories came since"), warnings.toString());
    }

    @Test
    void theNewestChosenStoryLeadsAndAnOlderChoiceIsToldOf() throws IOException {
        TestSite site = site(5);
        choose("s1", "zh", "lead: true");
        choose("s3", "en", "lead: yes");
        assertFalse(site.build().hasErrors());

        assertEquals("Story s3", lead(site, "en/index.html"));
        List<Problem> warnings = leadWarnings(site);
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("articles/2024/s1.zh.md", warnings.get(0).file());
        assertTrue(warnings.get(0).message().contains("a newer story chosen to lead, '新闻s3', leads it"),
                warnings.toString());
        assertTrue(site.problems().stream().anyMatch(p -> p.code().equals("content.field-type")
                && p.message().contains("'lead: yes' is read as true")), site.problems().toString());
    }

    @Test
    void otherGeneratorsKeysAndAnUnreadableValueAreToldAndLeadNothing() throws IOException {
        TestSite site = site(3);
        choose("s1", "en", "weight: 1");
        choose("s2", "en", "lead: \"soon\"");
        assertFalse(site.build().hasErrors(), "an unreadable choice keeps nothing back: " + site.problems());

        assertEquals("Story s3", lead(site, "en/index.html"));
        assertTrue(site.problems().stream().anyMatch(p -> p.code().equals("content.key")
                && p.file().endsWith("s1.en.md") && p.message().contains("'lead: true' to lead the front page")),
                site.problems().toString());
        assertTrue(site.problems().stream().anyMatch(p -> p.code().equals("content.field-type")
                && p.file().endsWith("s2.en.md") && p.message().contains("should be true or false; it is ignored")),
                site.problems().toString());
    }

    @Test
    void aChoiceMadeOrTakenBackIsABuildsChangeAndTheSiteEqualsOneBuiltFromNothing() throws IOException {
        TestSite site = site(4);
        assertFalse(site.build().hasErrors());
        choose("s2", "zh", "lead: true");
        assertFalse(site.build().upToDate());
        assertEquals("Story s2", lead(site, "en/index.html"));
        Map<String, byte[]> built = site.outputTree();

        // The same articles built into an empty folder (the read cache with them): the same site.
        TestSite.copy(dir.resolve("articles"), dir.resolve("fresh/articles"));
        TestSite fresh = TestSite.in(dir.resolve("fresh"));
        assertFalse(fresh.build().hasErrors());
        TestSite.assertSameTree(fresh.outputTree(), built);

        // A build that reads the chosen file from what the last build kept, after another file changed.
        choose("s4", "en", "views: 3");
        assertFalse(site.build().hasErrors());
        assertEquals("Story s2", lead(site, "en/index.html"));

        Path file = dir.resolve("articles/2024/s2.zh.md");
        Files.writeString(file, Files.readString(file).replace("lead: true\n", ""));
        assertFalse(site.build().hasErrors());
        assertEquals("Story s4", lead(site, "en/index.html"));
    }

    @Test
    void aPreviewLeadsWithAStoryChosenWhileItRuns() throws IOException {
        site(4);
        PreviewSession preview = Duet.previewing(dev.duet.config.SiteConfig.builder(dir)
                .baseUrl(TestSite.BASE_URL).build(), BuildListener.silent());
        assertFalse(preview.build().hasErrors());
        choose("s2", "en", "lead: true");

        assertTrue(preview.rebuild(Set.of(dir.resolve("articles/2024/s2.en.md"))).ok());
        preview.settle(() -> false);
        assertEquals("新闻s2", org.jsoup.Jsoup.parse(Files.readString(dir.resolve("target/site/zh/index.html")))
                .selectFirst(".lead-story .lead-title a").text());
    }
}
