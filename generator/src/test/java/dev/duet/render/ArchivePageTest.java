package dev.duet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive page lists headlines by month, and the undated stories in a final group. */
class ArchivePageTest {

    @TempDir
    Path dir;

    @Test
    void listsEachMonthsHeadlinesAndTheUndatedStoriesLast() throws Exception {
        TestSite site = TestSite.in(dir).news();
        assertFalse(site.build().hasErrors());

        Document zh = Jsoup.parse(site.read("zh/archive/index.html"));
        Element may = zh.select(".archive-month").stream()
                .filter(m -> m.selectFirst("h3 a").text().equals("2024年5月")).findFirst().orElseThrow();
        assertEquals(List.of("王毅出席上合组织外长会议"), may.select(".archive-headlines a").eachText());
        assertEquals("/zh/2024/05/wang-yi-attends-sco-meeting/", may.selectFirst(".archive-headlines a").attr("href"));
        assertTrue(zh.select(".archive-undated").isEmpty(), "every Chinese story has a date");

        Document en = Jsoup.parse(site.read("en/archive/index.html"));
        Element undated = en.select(".archive-year").last();
        assertTrue(undated.hasClass("archive-undated"));
        assertEquals("Undated 1", undated.selectFirst("h2").text());
        assertEquals(List.of("Museum Reopens"), undated.select(".archive-headlines a").eachText());
    }

    @Test
    void aYearOrMonthListLeadsToTheSameInTheOtherLanguageWhenItHasStoriesThere() throws Exception {
        TestSite site = TestSite.in(dir);
        site.article("2024/fair.zh.md", "title: \"书展开幕\"\nlang: zh\ndate: 2024-05-21", "书展今日开幕。");
        site.article("2024/fair.en.md", "title: \"Book Fair Opens\"\nlang: en\ndate: 2024-05-21", "It opened.");
        site.article("2023/dam.zh.md", "title: \"大坝竣工\"\nlang: zh\ndate: 2023-03-02", "大坝竣工。");
        assertFalse(site.build().hasErrors());

        Document may = Jsoup.parse(site.read("zh/2024/05/index.html"));
        assertEquals("/en/2024/05/", may.selectFirst("a.lang-switch").attr("href"));
        assertEquals("https://news.example.org/en/2024/05/",
                may.selectFirst("link[rel=alternate][hreflang=en]").attr("href"));
        assertEquals("/zh/2024/", Jsoup.parse(site.read("en/2024/index.html")).selectFirst("a.lang-switch")
                .attr("href"));
        // No English story in March 2023, nor in 2023: the switch leads to the English home.
        Document march = Jsoup.parse(site.read("zh/2023/03/index.html"));
        assertEquals("/en/", march.selectFirst("a.lang-switch").attr("href"));
        assertTrue(march.select("link[rel=alternate][hreflang=en]").isEmpty());
        assertEquals("/en/", Jsoup.parse(site.read("zh/2023/index.html")).selectFirst("a.lang-switch").attr("href"));
    }

    @Test
    void aBusyMonthListsItsNewestHeadlinesAndLinksToTheRest() throws Exception {
        TestSite site = TestSite.in(dir);
        int count = ArchiveHeadlines.PER_MONTH + 3;
        for (int i = 0; i < count; i++) {
            site.article("2024/story-" + i + ".en.md", "title: \"Story <" + i + ">\"\nlang: en\ndate: 2024-03-"
                    + String.format("%02d", i % 28 + 1), "Text " + i + ".");
        }
        assertFalse(site.build().hasErrors());

        Document en = Jsoup.parse(site.read("en/archive/index.html"));
        assertEquals(ArchiveHeadlines.PER_MONTH, en.select(".archive-headlines li").size());
        assertTrue(en.select(".archive-headlines a").eachText().contains("Story <52>"), "titles are text");
        assertEquals("All " + count + " stories of the month", en.selectFirst(".archive-more a").text());
        assertEquals("/en/2024/03/", en.selectFirst(".archive-more a").attr("href"));
    }

    @Test
    void monthsBeforeTheNewestYearOfThemLinkToTheirPagesWithoutHeadlines() throws Exception {
        TestSite site = TestSite.in(dir);
        // Two stories a month for 15 months, from October 2022 to December 2023.
        for (int m = 0; m < 15; m++) {
            int year = 2022 + (m + 9) / 12;
            int month = (m + 9) % 12 + 1;
            for (int i = 0; i < 2; i++) {
                site.article(year + "/story-" + m + "-" + i + ".en.md", "title: \"Story " + m + "-" + i
                        + "\"\nlang: en\ndate: " + String.format("%d-%02d-%02d", year, month, 10 + i), "Text.");
            }
        }
        assertFalse(site.build().hasErrors());

        Document en = Jsoup.parse(site.read("en/archive/index.html"));
        List<String> months = en.select(".archive-month h3 a").eachText();
        assertEquals(15, months.size());
        assertEquals("December 2023", months.get(0));
        // The twelve newest months list their headlines; the three before them link to their pages.
        assertEquals(ArchiveHeadlines.RECENT_MONTHS * 2, en.select(".archive-headlines li").size());
        Element older = en.select(".archive-month").get(ArchiveHeadlines.RECENT_MONTHS);
        assertEquals("December 2022", older.selectFirst("h3 a").text());
        assertTrue(older.select(".archive-headlines").isEmpty());
        assertEquals("/en/2022/12/", older.selectFirst(".archive-more a").attr("href"));
        assertEquals("All 2 stories of the month", older.selectFirst(".archive-more a").text());
    }
}
