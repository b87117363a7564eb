package dev.duet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.testing.TestSite;
import dev.duet.testing.TestSite.News;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages of Traditional Chinese articles ({@code script: Hant}) speak Traditional Chinese, in full. */
class TraditionalInterfaceTest {

    @TempDir
    Path dir;

    private static Properties strings(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TraditionalInterfaceTest.class.getResourceAsStream(
                "/duet/themes/default/i18n/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void theTraditionalStringsHaveEveryKeyOfTheSimplifiedOnes() throws IOException {
        Set<String> simplified = new TreeSet<>(strings("zh").stringPropertyNames());
        Set<String> traditional = new TreeSet<>(strings("zh-Hant").stringPropertyNames());
        assertEquals(simplified, traditional);
    }

    @Test
    void aTraditionalArticleHasTraditionalStringsAndItsLanguageTag() throws IOException {
        TestSite site = TestSite.in(dir).news();
        assertFalse(site.build().hasErrors());

        Document bridge = Jsoup.parse(site.read(News.BRIDGE_ZH));
        assertEquals("zh-Hant", bridge.selectFirst("html").attr("lang"));
        assertEquals("標籤", bridge.selectFirst(".article-tags h2").text());
        assertEquals("首頁", bridge.selectFirst(".site-nav a").text());

        Document simplified = Jsoup.parse(site.read(News.WANG_YI_ZH));
        assertEquals("zh-Hans", simplified.selectFirst("html").attr("lang"));
        assertEquals("标签", simplified.selectFirst(".article-tags h2").text());
        assertTrue(simplified.selectFirst(".site-nav a").text().equals("首页"));
        // Its search entry says so, for the results list to read its title and text as Traditional Chinese.
        String docs = String.join("\n", site.outputTree().entrySet().stream()
                .filter(e -> e.getKey().startsWith("search/zh/docs-"))
                .map(e -> new String(e.getValue(), java.nio.charset.StandardCharsets.UTF_8)).toList());
        assertEquals(1, docs.split("\"lang\":\"zh-Hant\"", -1).length - 1, "the bridge story's entry alone");
    }

    /**
     * A reporter the glossary names in Simplified characters is named in Traditional ones on a Traditional article's
     * page, as its tags and agency are: 陈嘉 stood among the Traditional text of a story 陳嘉 wrote.
     */
    @Test
    void aReporterIsNamedInTraditionalCharactersOnATraditionalPage() throws IOException {
        TestSite site = TestSite.in(dir).news()
                .article("2024/tea.zh.md", "title: \"臺灣茶葉豐收\"\nlang: \"zh\"\nscript: \"Hant\"\n"
                        + "date: \"2024-05-21\"\nslug: \"tea\"\nreporters: [\"陳嘉\"]", "臺灣茶葉今年豐收。\n");
        site.write("glossary.yaml", "people:\n  Chen Jia: 陈嘉\n");
        assertFalse(site.duet(site.config().buildTime("2024-05-22T10:00:00+08:00").build()).build().hasErrors());

        Document tea = Jsoup.parse(site.read("zh/2024/05/tea/index.html"));
        String page = tea.select("main").text();
        assertTrue(page.contains("陳嘉"), page);
        assertFalse(page.contains("陈嘉"), page);
    }

    @Test
    void aTraditionalArticlesMetadataSaysTraditional() throws IOException {
        TestSite site = TestSite.in(dir).news()
                .article("2024/tea.zh.md", "title: \"臺灣茶葉豐收\"\nlang: \"zh\"\nscript: \"Hant\"\n"
                        + "date: \"2024-05-21\"\nslug: \"tea\"", "臺灣茶葉今年豐收。\n")
                .article("2024/tea.en.md", "title: \"Taiwan's tea harvest\"\nlang: \"en\"\ndate: \"2024-05-21\"\n"
                        + "slug: \"tea\"", "Taiwan's tea harvest is good.\n");
        assertFalse(site.duet(site.config().buildTime("2024-05-22T10:00:00+08:00").build()).build().hasErrors());

        Document tea = Jsoup.parse(site.read("zh/2024/05/tea/index.html"));
        assertEquals("zh_TW", tea.selectFirst("meta[property=og:locale]").attr("content"));
        Document en = Jsoup.parse(site.read("en/2024/05/tea/index.html"));
        assertEquals("zh_TW", en.selectFirst("meta[property=og:locale:alternate]").attr("content"));
        assertEquals("zh_CN", Jsoup.parse(site.read(News.WANG_YI_EN))
                .selectFirst("meta[property=og:locale:alternate]").attr("content"));
        Document feed = Jsoup.parse(site.read("zh/feed.xml"), "", org.jsoup.parser.Parser.xmlParser());
        assertEquals("zh-Hans", feed.selectFirst("feed").attr("xml:lang"));
        assertEquals("zh-Hant", feed.select("entry").stream()
                .filter(e -> e.selectFirst("title").text().equals("臺灣茶葉豐收")).findFirst().orElseThrow()
                .attr("xml:lang"));
        assertTrue(feed.select("entry").stream().filter(e -> e.selectFirst("title").text().startsWith("王毅"))
                .noneMatch(e -> e.hasAttr("xml:lang")), "an entry in the feed's own language says nothing");
        Document news = Jsoup.parse(site.read("news-sitemap.xml"), "", org.jsoup.parser.Parser.xmlParser());
        org.jsoup.nodes.Element entry = news.select("url").stream()
                .filter(u -> u.selectFirst("loc").text().endsWith("/zh/2024/05/tea/")).findFirst().orElseThrow();
        assertEquals("zh-tw", entry.selectFirst("news|language").text());
        assertEquals(tea.selectFirst(".brand").text(), entry.selectFirst("news|name").text(),
                "the publication's name as its page shows it");
        // The English home's "Also in Chinese" is English: its link names the other language by hreflang only.
        Document home = Jsoup.parse(site.read("en/index.html"));
        assertFalse(home.select("a.bilingual").isEmpty());
        home.select("a.bilingual").forEach(a -> assertFalse(a.hasAttr("lang"), a.outerHtml()));
        Document zhHome = Jsoup.parse(site.read("zh/index.html"));
        assertEquals("zh-Hant", zhHome.selectFirst(".lead-story").attr("lang"), "the newest story is Traditional");
    }

    @Test
    void theOldAddressAndTheWithdrawnPageOfATraditionalArticleSpeakTraditionalChinese() throws IOException {
        TestSite site = TestSite.in(dir).news()
                .article("2024/taiwan-harvest.zh.md", "title: \"臺灣茶葉豐收\"\nlang: \"zh\"\nscript: \"Hant\"\n"
                        + "date: \"2024-06-01\"\naliases: [\"/zh/old-tea/\"]", "臺灣茶葉今年豐收。\n")
                .article("2024/tea-exports.zh.md", "title: \"茶葉出口增長\"\nlang: \"zh\"\nscript: \"Hant\"\n"
                        + "date: \"2024-06-03\"\nunpublished: true", "茶葉出口增長。\n")
                .article("2024/grain.zh.md", "title: \"粮食丰收\"\nlang: \"zh\"\ndate: \"2024-06-02\"\n"
                        + "aliases: [\"/zh/old-grain/\"]", "粮食丰收。\n");
        assertFalse(site.build().hasErrors());

        Document moved = Jsoup.parse(site.read("zh/old-tea/index.html"));
        assertEquals("zh-Hant", moved.selectFirst("html").attr("lang"));
        assertEquals("頁面已遷移 · 雙語新聞", moved.title());
        assertTrue(moved.selectFirst("p").text().startsWith("本文已移至："), moved.selectFirst("p").text());
        Document simplified = Jsoup.parse(site.read("zh/old-grain/index.html"));
        assertEquals("zh-Hans", simplified.selectFirst("html").attr("lang"));
        assertEquals("页面已迁移 · 双语新闻", simplified.title());
        Document withdrawn = Jsoup.parse(site.read("zh/2024/06/tea-exports/index.html"));
        assertEquals("zh-Hant", withdrawn.selectFirst("html").attr("lang"));
        assertTrue(withdrawn.title().startsWith("本文已撤回"), withdrawn.title());
        assertTrue(withdrawn.title().endsWith("雙語新聞"), withdrawn.title());

        Document home = Jsoup.parse(site.read("zh/index.html"));
        // A Traditional story's title and summary are marked, not its card: the section and tags are the site's names.
        org.jsoup.nodes.Element card = home.selectFirst("article.item:has(a[href$=/taiwan-harvest/])");
        assertEquals("", card.attr("lang"));
        assertEquals("zh-Hant", card.selectFirst(".item-title").attr("lang"));
        card.select(".tags a, .kicker a").forEach(a -> assertEquals("", a.attr("lang"), a.outerHtml()));
        assertEquals("", home.selectFirst("article:has(a[href$=/grain/])").attr("lang"));
        // Each page marks the neighbour's headline in the other script, and an English alternate it does not have is
        // not announced.
        Document harvest = Jsoup.parse(site.read("zh/2024/06/taiwan-harvest/index.html"));
        assertEquals("zh-Hans", harvest.selectFirst(".prev-next a.newer span[lang]").attr("lang"));
        assertEquals("粮食丰收", harvest.selectFirst(".prev-next a.newer span[lang]").text());
        assertTrue(harvest.select("meta[property=og:locale:alternate]").isEmpty());
        Document grain = Jsoup.parse(site.read("zh/2024/06/grain/index.html"));
        assertEquals("zh-Hant", grain.selectFirst(".prev-next a.older span[lang]").attr("lang"));
        Document landing = Jsoup.parse(site.read("index.html"));
        assertEquals("zh-Hant", landing.selectFirst(".landing :has(> a[href$=/taiwan-harvest/])").attr("lang"));
        assertEquals("", landing.selectFirst(".landing :has(> a[href$=/grain/])").attr("lang"));
    }

    @Test
    void aTraditionalArticleNamesTheSiteAndItsSectionInTraditionalCharacters() throws IOException {
        TestSite site = TestSite.in(dir).news()
                .article("2024/taiwan-harvest.zh.md", "title: \"臺灣茶葉豐收\"\nlang: \"zh\"\nscript: \"Hant\"\n"
                        + "date: \"2024-06-01\"\nsection: \"国内\"\ntags: [\"农业\"]", "臺灣茶葉今年豐收。\n")
                .article("2024/taiwan-harvest.en.md", "title: \"Taiwan's Tea Harvest\"\nlang: \"en\"\n"
                        + "date: \"2024-06-01\"\nsection: \"China\"", "A good year for tea.\n")
                .article("2024/grain.zh.md", "title: \"粮食丰收\"\nlang: \"zh\"\ndate: \"2024-06-02\"\n"
                        + "section: \"国内\"\ntags: [\"农业\"]", "粮食丰收。\n")
                .article("2024/tea-exports.zh.md", "title: \"茶葉出口增長\"\nlang: \"zh\"\nscript: \"Hant\"\n"
                        + "date: \"2024-06-03\"\nagency: \"新华社\"\n"
                        + "source:\n  url: \"https://www.chinanews.com.cn/a.shtml\"\n  name: \"中国新闻网\"",
                        "茶葉出口增長。\n");
        assertFalse(site.build().hasErrors());

        Document hant = Jsoup.parse(site.read("zh/2024/06/taiwan-harvest/index.html"));
        assertEquals("雙語新聞", hant.selectFirst(".brand").text());
        assertEquals("臺灣茶葉豐收 · 雙語新聞", hant.title());
        assertEquals("國內", hant.selectFirst(".section-nav a").text());
        assertEquals("國內", hant.selectFirst(".kicker a").text());
        assertEquals("/zh/gn/", hant.selectFirst(".kicker a").attr("href"));
        assertEquals("農業", hant.selectFirst(".article-tags a").text());
        assertEquals("閱讀約 1 分鐘", hant.selectFirst(".reading-time").text());
        assertTrue(hant.selectFirst(".site-footer").text().contains("雙語新聞 · 中英雙語新聞"));
        String jsonLd = hant.selectFirst("script[type=application/ld+json]").data();
        assertTrue(jsonLd.contains("\"articleSection\":\"國內\""), jsonLd);
        assertTrue(jsonLd.contains("\"keywords\":[\"農業\"]"), jsonLd);
        assertTrue(jsonLd.contains("\"name\":\"雙語新聞\""), jsonLd);
        Document parallel = Jsoup.parse(site.read("zh/2024/06/taiwan-harvest/parallel/index.html"));
        assertEquals("國內", parallel.selectFirst(".section-nav a").text());

        // The Simplified pages of the same build, and the lists, which are in the site's script, are as written.
        Document hans = Jsoup.parse(site.read("zh/2024/06/grain/index.html"));
        assertEquals("双语新闻", hans.selectFirst(".brand").text());
        assertEquals("国内", hans.selectFirst(".section-nav a").text());
        assertEquals("国内", hans.selectFirst(".kicker a").text());
        assertEquals("农业", hans.selectFirst(".article-tags a").text());
        assertEquals("阅读约 1 分钟", hans.selectFirst(".reading-time").text());
        String hansJsonLd = hans.selectFirst("script[type=application/ld+json]").data();
        assertTrue(hansJsonLd.contains("\"articleSection\":\"国内\""), hansJsonLd);
        assertTrue(hansJsonLd.contains("\"name\":\"双语新闻\""), hansJsonLd);

        // The agency and the source, which import names from Duet's lists in Simplified characters.
        Document tea = Jsoup.parse(site.read("zh/2024/06/tea-exports/index.html"));
        assertEquals("新華社", tea.selectFirst(".attribution .agency").text());
        assertEquals("中國新聞網", tea.selectFirst(".attribution .source-link").text());
        String teaJsonLd = tea.selectFirst("script[type=application/ld+json]").data();
        assertTrue(teaJsonLd.contains("\"sourceOrganization\":{\"@type\":\"Organization\",\"name\":\"新華社\"}"),
                teaJsonLd);
        Document wangYi = Jsoup.parse(site.read(News.WANG_YI_ZH));
        assertEquals("新华社", wangYi.selectFirst(".attribution .agency").text());
        assertEquals("新华网", wangYi.selectFirst(".attribution .source-link").text());
        assertEquals(hans.selectFirst(".article-tags a").attr("href"), hant.selectFirst(".article-tags a").attr("href"));
        assertEquals("1 min read", Jsoup.parse(site.read("en/2024/06/taiwan-harvest/index.html"))
                .selectFirst(".reading-time").text());
        Document section = Jsoup.parse(site.read("zh/gn/index.html"));
        assertEquals("国内", section.selectFirst(".section-nav a").text());
        assertTrue(section.select(".kicker a").eachText().stream().allMatch("国内"::equals));
    }
}
