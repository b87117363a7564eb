package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.testing.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stories of one day in the order they were published: a date with a time places a story by that moment in every
 * list, feed and the previous/next links, and the time is shown and written wherever the date is. A day without a
 * time counts from its start (China Standard Time).
 */
class TimeOfDayTest {

    @TempDir
    Path dir;

    /** Four stories of 1 June whose keys sort in another order than their times. */
    private TestSite site() throws IOException {
        TestSite site = TestSite.in(dir);
        story(site, "a-morning", "2024-06-01 08:00", "Morning");
        story(site, "b-evening", "2024-06-01 20:30", "Evening");
        story(site, "c-day", "2024-06-01", "Day");
        // 09:00 at UTC-5 is 22:00 in Beijing: the newest of the day.
        story(site, "d-abroad", "2024-06-01T09:00:00-05:00", "Abroad");
        story(site, "e-before", "2024-05-31 23:59", "Before");
        return site;
    }

    private static void story(TestSite site, String slug, String date, String title) throws IOException {
        for (String lang : List.of("zh", "en")) {
            site.article("2024/" + slug + "." + lang + ".md", """
                    title: "%s %s"
                    lang: "%s"
                    date: "%s"
                    slug: "%s"
                    tags: ["rail"]
                    """.formatted(title, lang, lang, date, slug), "Text of " + slug + ".\n");
        }
    }

    @Test
    void storiesOfOneDayAreListedByTheirTimeNewestFirst() throws Exception {
        TestSite site = site();

        site.build();

        List<String> expected = List.of("d-abroad", "b-evening", "a-morning", "c-day", "e-before");
        for (String lang : List.of("zh", "en")) {
            Document tag = site.page(lang + "/tags/rail/index.html");
            assertEquals(expected, slugs(tag.select(".item-title a")), lang + " tag page");
            Document feed = Jsoup.parse(site.read(lang + "/feed.xml"), "", Parser.xmlParser());
            assertEquals(expected, slugs(feed.select("entry > link[rel=alternate]"), "href"), lang + " feed");
        }
        Document evening = site.page("en/2024/06/b-evening/index.html");
        assertEquals("/en/2024/06/d-abroad/", evening.select(".prev-next a.newer").attr("href"));
        assertEquals("/en/2024/06/a-morning/", evening.select(".prev-next a.older").attr("href"));
    }

    @Test
    void theTimeIsShownAndWrittenWhereTheDateIs() throws Exception {
        TestSite site = site();

        site.build();

        Document zh = site.page("zh/2024/06/b-evening/index.html");
        assertEquals("2024年6月1日 20:30", zh.select(".article-meta time").first().text());
        assertEquals("2024-06-01T20:30:00+08:00", zh.select(".article-meta time").first().attr("datetime"));
        Document en = site.page("en/2024/06/d-abroad/index.html");
        assertEquals("June 1, 2024 09:00 (UTC\u22125)", en.select(".article-meta time").first().text(),
                "in the offset written, which it names");
        assertEquals("2024-06-01T09:00:00-05:00", en.select(".article-meta time").first().attr("datetime"));
        assertEquals("2024-06-01T20:30:00+08:00", zh.select("meta[property=article:published_time]").attr("content"));
        String jsonLd = zh.select("script[type=application/ld+json]").html();
        assertTrue(jsonLd.contains("\"datePublished\":\"2024-06-01T20:30:00+08:00\""), jsonLd);
        assertTrue(jsonLd.contains("\"dateModified\":\"2024-06-01T20:30:00+08:00\""), jsonLd);
        Document feed = Jsoup.parse(site.read("zh/feed.xml"), "", Parser.xmlParser());
        Element entry = feed.select("entry").first();
        assertEquals("2024-06-01T09:00:00-05:00", entry.select("published").text());
        assertEquals("2024-06-01T09:00:00-05:00", feed.select("feed > updated").text(), "the newest moment");
        Document sitemap = Jsoup.parse(site.read("sitemap.xml"), "", Parser.xmlParser());
        assertEquals("2024-06-01T20:30:00+08:00", lastmod(sitemap, "/zh/2024/06/b-evening/"));
        assertEquals("2024-06-01", lastmod(sitemap, "/zh/2024/06/c-day/"), "a day alone stays a day");
        Document day = site.page("en/2024/06/c-day/index.html");
        assertEquals("June 1, 2024", day.select(".article-meta time").first().text());
        assertEquals("2024-06-01", day.select(".article-meta time").first().attr("datetime"));
        assertEquals("2024-06-01T00:00:00+08:00", day.select("meta[property=article:published_time]").attr("content"));
    }

    @Test
    void aNewStoryLaterInTheDayGoesFirstWhateverItsName() throws Exception {
        TestSite site = site();
        site.build();

        story(site, "z-late", "2024-06-01 23:00", "Late");
        site.build();

        Document home = site.page("en/tags/rail/index.html");
        assertEquals("z-late", slugs(home.select(".item-title a")).get(0));
    }

    private static String lastmod(Document sitemap, String path) {
        return sitemap.select("url").stream().filter(u -> u.select("loc").text().endsWith(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + path)).select("lastmod").text();
    }

    private static List<String> slugs(List<Element> links) {
        return slugs(links, "href");
    }

    private static List<String> slugs(List<Element> links, String attribute) {
        return links.stream().map(a -> a.attr(attribute).replaceAll("/$", ""))
                .map(href -> href.substring(href.lastIndexOf('/') + 1)).toList();
    }
}
