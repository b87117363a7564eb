package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.config.SiteConfig;
import dev.duet.testing.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "most read" box: the most viewed stories of the days before the newest story, on the home page, on article
 * pages from a shared file, and as a feed. New view counts and a new story leave the older article pages alone.
 */
class MostReadTest {

    private static final LocalDate NEWEST = LocalDate.of(2024, 6, 30);

    @TempDir
    Path dir;

    private TestSite site;

    /** Twenty stories a day apart, the newest on {@link #NEWEST}; story i has 100 + (i * 37 % 50) views. */
    private void stories() throws IOException {
        site = TestSite.in(dir);
        for (int i = 0; i < 20; i++) {
            story("story-" + i, NEWEST.minusDays(19 - i), 100 + i * 37 % 50);
        }
    }

    private void story(String slug, LocalDate date, int views) throws IOException {
        site.article("2024/" + slug + ".zh.md", "title: \"新闻 " + slug + "\"\nlang: zh\ndate: \"" + date
                + "\"\nviews: " + views, "这是" + slug + "。\n");
        site.article("2024/" + slug + ".en.md", "title: \"Story " + slug + "\"\nlang: en\ndate: \"" + date
                + "\"\nviews: " + views, "This is " + slug + ".\n");
    }

    @Test
    void theHomePageListsTheMostViewedStoriesOfTheLastSevenDays() throws IOException {
        stories();
        assertFalse(site.build().hasErrors());

        Document home = Jsoup.parse(site.read("en/index.html"));
        // Views of stories 13 to 19: 131, 118, 105, 142, 129, 116, 103.
        assertEquals(List.of("Story story-16", "Story story-13", "Story story-17", "Story story-14",
                "Story story-18"), home.select(".most-read li a").eachText());
        Document json = Jsoup.parse(site.read("en/most-read.json"), "", Parser.xmlParser());
        assertTrue(json.text().startsWith("[{\"lang\":\"en\",\"title\":\"Story story-16\",\"url\":\"/en/2024/06/story-16/\"}"),
                json.text());
        Document feed = Jsoup.parse(site.read("en/most-read.xml"), "", Parser.xmlParser());
        assertEquals(home.select(".most-read li a").eachText(), feed.select("entry > title").eachText());
        // The feed is as new as its newest story (18), not the site's newest (19, fewer views).
        assertEquals("2024-06-29T00:00:00+08:00", feed.selectFirst("feed > updated").text());

        Document article = Jsoup.parse(site.read("en/2024/06/story-3/index.html"));
        assertEquals("/en/most-read.json", article.selectFirst("aside.most-read").attr("data-src"));
        // One empty place a story, filled by the script: the places are there before it runs.
        assertEquals(5, article.select("aside.most-read li").size());
        assertTrue(article.select("aside.most-read li").stream().allMatch(li -> li.childNodeSize() == 0));
        assertFalse(article.selectFirst("aside.most-read").hasAttr("hidden"));
        assertFalse(article.select("script[src=/js/most-read.js]").isEmpty());
    }

    @Test
    void countAndDaysAreSettingsAndZeroMeansNoBox() throws IOException {
        stories();
        assertFalse(site.duet(site.config().mostReadCount(2).mostReadDays(2).build()).build().hasErrors());
        assertEquals(List.of("Story story-18", "Story story-19"),
                Jsoup.parse(site.read("en/index.html")).select(".most-read li a").eachText());
        assertEquals(2, Jsoup.parse(site.read("en/2024/06/story-3/index.html")).select(".most-read li").size());

        assertFalse(site.duet(site.config().mostReadCount(0).build()).build().hasErrors());
        assertTrue(Jsoup.parse(site.read("en/index.html")).select(".most-read").isEmpty());
        assertTrue(Jsoup.parse(site.read("en/2024/06/story-3/index.html")).select(".most-read").isEmpty());
        assertFalse(site.exists("en/most-read.json"));
    }

    @Test
    void aLanguageWithNoStoryToListHasNoBoxOnItsArticlePages() throws IOException {
        site = TestSite.in(dir);
        // Only the Chinese has views: English has nothing to list.
        site.article("2024/read.zh.md", "title: \"新闻\"\nlang: zh\ndate: \"" + NEWEST + "\"\nviews: 5", "新闻。\n");
        site.article("2024/read.en.md", "title: \"News\"\nlang: en\ndate: \"" + NEWEST + "\"", "News.\n");
        site.article("2024/old.en.md", "title: \"Old\"\nlang: en\ndate: \"2024-01-02\"", "Old.\n");
        assertFalse(site.build().hasErrors());
        // One place for the one story the Chinese box lists, not five.
        assertEquals(1, Jsoup.parse(site.read("zh/2024/06/read/index.html")).select("aside.most-read li").size());
        assertTrue(Jsoup.parse(site.read("en/2024/06/read/index.html")).select(".most-read").isEmpty(),
                "no empty box for the script to take away");
        assertTrue(Jsoup.parse(site.read("en/index.html")).select(".most-read").isEmpty());
        assertEquals("[]", site.read("en/most-read.json").strip());
    }

    @Test
    void aStoryInOneLanguageAloneLeavesTheOtherLanguagesBoxAsItWas() throws IOException {
        stories();
        assertFalse(site.build().hasErrors());
        String zhBox = site.read("zh/most-read.json");
        String zhArticle = site.read("zh/2024/06/story-3/index.html");
        String enArticle = site.read("en/2024/06/story-3/index.html");

        // An English story with no views yet, four days after the rest: the English week moves, the Chinese not.
        site.article("2024/late.en.md", "title: \"Late\"\nlang: en\ndate: \"" + NEWEST.plusDays(4) + "\"",
                "Late.\n");
        assertFalse(site.build().hasErrors());
        assertEquals(zhBox, site.read("zh/most-read.json"));
        assertEquals(5, Jsoup.parse(site.read("zh/index.html")).select(".most-read li a").size());
        assertEquals(zhArticle, site.read("zh/2024/06/story-3/index.html"));
        // Stories 17 to 19 are in the English week that ends on the new story; the newest before it fill the box.
        assertEquals(List.of("Story story-17", "Story story-18", "Story story-19", "Story story-16",
                "Story story-15"), Jsoup.parse(site.read("en/index.html")).select(".most-read li a").eachText());
        assertEquals(enArticle, site.read("en/2024/06/story-3/index.html"), "the box keeps its five places");
    }

    @Test
    void newViewsAndANewStoryLeaveTheOlderArticlePagesAlone() throws IOException {
        stories();
        SiteConfig config = site.config().build();
        assertFalse(site.duet(config).build().hasErrors());
        Map<String, byte[]> first = site.outputTree();

        // Story 10, eight days before the newest, gets many views: outside the window, nothing shows it.
        story("story-10", NEWEST.minusDays(9), 5000);
        story("story-17", NEWEST.minusDays(2), 5000);
        assertFalse(site.duet(config).build().hasErrors());
        Set<String> changed = changed(first, site.outputTree());
        assertEquals(Set.of("en/index.html", "en/most-read.json", "en/most-read.xml", "zh/index.html",
                "zh/most-read.json", "zh/most-read.xml"), changed);
        Map<String, byte[]> second = site.outputTree();

        story("a-new-story", NEWEST.plusDays(1), 9000);
        assertFalse(site.duet(config).build().hasErrors());
        Set<String> afterNew = changed(second, site.outputTree());
        for (String path : afterNew) {
            if (path.matches("(zh|en)/2024/\\d\\d/[^/]+/(parallel/)?index\\.html")) {
                assertTrue(path.contains("a-new-story") || path.contains("story-19/"), "an older page changed: " + path);
            }
        }
        assertTrue(afterNew.containsAll(List.of("en/most-read.json", "zh/most-read.xml")), afterNew.toString());
        // Measured: 42 files, 4 of them the box's (most-read.json and .xml per language); the others are the new
        // story's pages, its neighbour's, the lists, feeds, archive, sitemap and search files, as without the box.
        assertTrue(afterNew.size() <= 42, afterNew.size() + " files changed: " + afterNew);
    }

    private static Set<String> changed(Map<String, byte[]> before, Map<String, byte[]> after) {
        Set<String> changed = new TreeSet<>();
        after.forEach((path, bytes) -> {
            if (!Arrays.equals(bytes, before.get(path))) {
                changed.add(path);
            }
        });
        return changed;
    }
}
