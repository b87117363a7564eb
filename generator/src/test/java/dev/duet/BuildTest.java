package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.diagnostic.Problem;
import dev.duet.testing.TestSite;
import dev.duet.testing.TestSite.News;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Duet.build()} on a small site: where pages go, how languages link, tags, lists and attribution. */
class BuildTest {

    @TempDir
    static Path dir;
    static TestSite site;
    static BuildResult result;

    @BeforeAll
    static void build() throws Exception {
        site = TestSite.in(dir).news();
        result = site.duet(site.config().pageSize(2).build()).build();
    }

    private static List<String> hrefs(Document page, String selector) {
        return page.select(selector).eachAttr("href");
    }

    @Test
    void writesEachArticleAtLangYearMonthSlug() {
        for (String path : List.of(News.WANG_YI_ZH, News.WANG_YI_EN, News.COFFEE_ZH, News.BRIDGE_ZH,
                News.BRIDGE_EN, "zh/2024/04/nev-exports/index.html", "en/2023/09/rail-opens/index.html")) {
            assertTrue(site.exists(path), path);
        }
        assertEquals(10, result.articles());
        assertFalse(result.hasErrors(), result.problems().toString());
    }

    @Test
    void aPageWithoutATranslationOffersTheOtherLanguageByItsName() throws Exception {
        // A 404 page has no page in the other language: its switch leads to that language's home, named as a
        // language, not by that site's title.
        Document zh = site.page("zh/404.html");
        Document en = site.page("en/404.html");
        Document root = site.page("404.html");

        assertEquals("English", zh.selectFirst("a.lang-switch").text());
        assertEquals("/en/", zh.selectFirst("a.lang-switch").attr("href"));
        assertEquals("中文", en.selectFirst("a.lang-switch").text());
        assertEquals("English", root.selectFirst("a.lang-switch").text());
    }

    @Test
    void chineseAndEnglishPagesLinkToEachOther() throws Exception {
        Document zh = site.page(News.WANG_YI_ZH);
        Document en = site.page(News.WANG_YI_EN);

        assertEquals("zh-Hans", zh.selectFirst("html").attr("lang"));
        assertEquals("en", en.selectFirst("html").attr("lang"));
        assertEquals("/en/2024/05/wang-yi-attends-sco-meeting/", zh.selectFirst("a.lang-switch").attr("href"));
        assertEquals("/zh/2024/05/wang-yi-attends-sco-meeting/", en.selectFirst("a.lang-switch").attr("href"));
        assertEquals(TestSite.BASE_URL + "en/2024/05/wang-yi-attends-sco-meeting/",
                zh.selectFirst("link[rel=alternate][hreflang=en]").attr("href"));
        assertEquals(TestSite.BASE_URL + "zh/2024/05/wang-yi-attends-sco-meeting/",
                en.selectFirst("link[rel=alternate][hreflang=zh-Hans]").attr("href"));
        assertEquals(TestSite.BASE_URL + "zh/2024/05/wang-yi-attends-sco-meeting/",
                zh.selectFirst("link[rel=alternate][hreflang=zh-Hans]").attr("href"), "lists itself too");
    }

    @Test
    void traditionalChineseIsTaggedZhHant() throws Exception {
        assertEquals("zh-Hant", site.page(News.BRIDGE_ZH).selectFirst("html").attr("lang"));
        Document en = site.page(News.BRIDGE_EN);
        assertEquals(TestSite.BASE_URL + "zh/2023/10/hong-kong-bridge/",
                en.selectFirst("link[rel=alternate][hreflang=zh-Hant]").attr("href"));
        assertEquals("zh-Hant", en.selectFirst("a.lang-switch").attr("hreflang"));
    }

    @Test
    void articleWithoutTranslationHasNoSwitchAndNoAlternate() throws Exception {
        Document zh = site.page(News.COFFEE_ZH);
        assertNull(zh.selectFirst("a.lang-switch"));
        assertNull(zh.selectFirst(".translation-link"));
        assertEquals(List.of(TestSite.BASE_URL + "zh/2024/03/pu-er-coffee-harvest/"),
                hrefs(zh, "link[rel=alternate][hreflang]"));
        assertFalse(site.exists("en/2024/03/pu-er-coffee-harvest/index.html"));
    }

    @Test
    void tagPagesListTheirArticlesAndLinkAcrossLanguages() throws Exception {
        Document zh = site.page("zh/tags/wang-yi/index.html");
        Document en = site.page("en/tags/wang-yi/index.html");

        assertEquals(List.of("/zh/2024/05/wang-yi-attends-sco-meeting/"), hrefs(zh, "main .item-title a"));
        assertEquals(List.of("/en/2024/05/wang-yi-attends-sco-meeting/"), hrefs(en, "main .item-title a"));
        assertEquals("/en/tags/wang-yi/", zh.selectFirst("main .translation-link a").attr("href"));
        assertEquals("/zh/tags/wang-yi/", en.selectFirst("main .translation-link a").attr("href"));
        assertEquals(TestSite.BASE_URL + "en/tags/wang-yi/", zh.selectFirst("link[hreflang=en]").attr("href"));
        assertEquals(TestSite.BASE_URL + "zh/tags/wang-yi/", en.selectFirst("link[hreflang=zh-Hans]").attr("href"));
        assertEquals("标签：王毅", zh.selectFirst("h1").text());
        assertEquals("Tags: Wang Yi", en.selectFirst("h1").text());
    }

    @Test
    void chinesePagesShowGlossaryNames() throws Exception {
        assertEquals(List.of("王毅", "上海合作组织"), site.page(News.WANG_YI_ZH).select(".article-tags a").eachText());
        assertEquals(List.of("Wang Yi", "Shanghai Cooperation Organization (SCO)"),
                site.page(News.WANG_YI_EN).select(".article-tags a").eachText());
        assertEquals(List.of("/zh/tags/wang-yi/", "/zh/tags/shanghai-cooperation-organization-sco/"),
                hrefs(site.page(News.WANG_YI_ZH), ".article-tags a"));
    }

    @Test
    void tagIndexCountsArticlesPerTag() throws Exception {
        Document zh = site.page("zh/tags/index.html");
        List<String> entries = zh.select("ul.tag-index li").eachText();
        assertTrue(entries.contains("王毅 1"), entries.toString());
        assertTrue(entries.contains("出口 1"), entries.toString());
        assertTrue(entries.contains("咖啡 1"), entries.toString());
        assertEquals(7, entries.size(), entries.toString());
        List<String> en = site.page("en/tags/index.html").select("ul.tag-index li").eachText();
        assertTrue(en.contains("exports 1") && !en.contains("咖啡 1"), en.toString());
    }

    @Test
    void homePagesShowTheNewestAndNumberedPagesCountFromTheOldest() throws Exception {
        Document front = site.page("zh/index.html");
        Document first = site.page("zh/page/1/index.html");
        Document second = site.page("zh/page/2/index.html");
        Document third = site.page("zh/page/3/index.html");

        assertFalse(site.exists("zh/page/4/index.html"));
        // The front page leads with the newest story.
        assertEquals(List.of("/zh/2024/05/wang-yi-attends-sco-meeting/", "/zh/2024/04/nev-exports/"),
                hrefs(front, "main .lead-title a, main .item-title a"));
        assertEquals(List.of("/zh/2023/10/hong-kong-bridge/", "/zh/2023/09/rail-opens/"),
                hrefs(first, "main .item-title a"), "the oldest page");
        assertEquals(List.of("/zh/2024/04/nev-exports/", "/zh/2024/03/pu-er-coffee-harvest/"),
                hrefs(second, "main .item-title a"));
        assertEquals(List.of("/zh/2024/05/wang-yi-attends-sco-meeting/"), hrefs(third, "main .item-title a"));

        assertNull(front.selectFirst("link[rel=prev]"));
        assertEquals("/zh/page/2/", front.selectFirst("link[rel=next]").attr("href"),
                "older than the front page: the page with the first article it leaves out");
        assertEquals("/zh/", third.selectFirst("link[rel=prev]").attr("href"), "newer than the newest page");
        assertEquals("/zh/page/2/", third.selectFirst("link[rel=next]").attr("href"));
        assertEquals("/zh/page/3/", second.selectFirst("link[rel=prev]").attr("href"));
        assertEquals("/zh/page/1/", second.selectFirst("link[rel=next]").attr("href"));
        assertNull(first.selectFirst("link[rel=next]"));
        // A numbered page names the next newer page, not the one after it: its bytes stay when a page is added.
        assertEquals(List.of("1", "2", "最新"), first.select("nav.pager a, nav.pager span[aria-current]")
                .eachText().stream().filter(t -> !t.equals("较新") && !t.equals("较早")).toList());
        assertEquals(List.of("1", "2", "3", "最新"), third.select("nav.pager a, nav.pager span[aria-current]")
                .eachText().stream().filter(t -> !t.equals("较新") && !t.equals("较早")).toList());
        assertEquals("最新", front.selectFirst("nav.pager span[aria-current]").text());
        assertEquals("分页", front.selectFirst("nav.pager").attr("aria-label"));
        assertEquals("最新新闻 · 第 2 页", second.selectFirst("h1").text(), "each numbered page has a title of its own");
        assertEquals("最新新闻", front.selectFirst("h1").text());
    }

    @Test
    void aStoryHasOneParallelPageAtItsChineseAddressWithABilingualInterface() throws Exception {
        String zhParallel = "zh/2024/05/wang-yi-attends-sco-meeting/parallel/index.html";
        assertFalse(site.exists("en/2024/05/wang-yi-attends-sco-meeting/parallel/index.html"));
        Document parallel = site.page(zhParallel);
        assertEquals("/zh/2024/05/wang-yi-attends-sco-meeting/parallel/",
                site.page(News.WANG_YI_EN).selectFirst("a.parallel-link").attr("href"));
        assertEquals("/zh/2024/05/wang-yi-attends-sco-meeting/parallel/",
                site.page(News.WANG_YI_ZH).selectFirst("a.parallel-link").attr("href"));
        assertEquals("中英对照 Parallel text", parallel.selectFirst(".parallel-kicker").text());
        assertEquals(List.of("/zh/2024/05/wang-yi-attends-sco-meeting/", "/en/2024/05/wang-yi-attends-sco-meeting/"),
                hrefs(parallel, ".parallel-header .article-meta a"));
        assertEquals("/en/2024/05/wang-yi-attends-sco-meeting/", parallel.selectFirst("a.lang-switch").attr("href"),
                "the language switch leads to the English article");
        assertEquals("English", parallel.select(".parallel-head [role=columnheader]").get(1).text());
        assertTrue(parallel.select("link[rel=alternate][hreflang]").stream()
                .noneMatch(l -> l.attr("href").contains("/en/")), "no English parallel page to point at");
    }

    @Test
    void archiveHasPagesByYearAndMonth() throws Exception {
        Document archive = site.page("zh/archive/index.html");
        assertEquals(List.of("/zh/2024/", "/zh/2023/"), hrefs(archive, ".archive-year h2 a"));
        assertEquals(List.of("/zh/2024/05/", "/zh/2024/04/", "/zh/2024/03/", "/zh/2023/10/", "/zh/2023/09/"),
                hrefs(archive, ".archive-month h3 a"));
        assertEquals(List.of("/zh/2024/05/wang-yi-attends-sco-meeting/", "/zh/2024/04/nev-exports/"),
                hrefs(site.page("zh/2024/index.html"), "main .item-title a"));
        assertTrue(site.exists("zh/2024/page/2/index.html"));
        assertEquals(List.of("/zh/2024/04/nev-exports/", "/zh/2024/03/pu-er-coffee-harvest/"),
                hrefs(site.page("zh/2024/page/1/index.html"), "main .item-title a"));
        assertEquals(List.of("/zh/2023/10/hong-kong-bridge/"),
                hrefs(site.page("zh/2023/10/index.html"), "main .item-title a"));
        // The undated story is in no month: the archive lists it last.
        assertEquals(List.of("/en/undated/museum-reopens/"),
                hrefs(site.page("en/archive/index.html"), ".archive-undated a"));
    }

    @Test
    void articleShowsItsAttributionAndLinksToTheSource() throws Exception {
        Document zh = site.page(News.WANG_YI_ZH);
        assertEquals("新华社阿斯塔纳5月21日电", zh.selectFirst(".attribution .dateline").text());
        assertEquals("新华社", zh.selectFirst(".attribution .agency").text());
        assertEquals("张三、李四", zh.selectFirst(".attribution .reporters").text());
        Element source = zh.selectFirst("a.source-link");
        assertEquals(News.WANG_YI_SOURCE, source.attr("href"));
        List<String> rel = Arrays.asList(source.attr("rel").split("\\s+"));
        assertTrue(rel.contains("nofollow") && rel.contains("noopener"), rel.toString());
        assertEquals("新华网", source.text());
        assertEquals("Zhang San, Li Si", site.page(News.WANG_YI_EN).selectFirst(".attribution .reporters").text());
    }

    @Test
    void interfaceTextIsInThePagesLanguage() throws Exception {
        List<String> zh = site.page(News.WANG_YI_ZH).select(".article-footer h2").eachText();
        List<String> en = site.page(News.WANG_YI_EN).select(".article-footer h2").eachText();
        assertTrue(zh.containsAll(List.of("标签", "来源")), zh.toString());
        assertTrue(en.containsAll(List.of("Tags", "Source")), en.toString());
        assertEquals(List.of("首页", "标签", "记者", "归档"), site.page(News.WANG_YI_ZH).select("nav.site-nav a:not(.lang-switch)")
                .eachText());
        assertEquals(List.of("Home", "Tags", "Reporters", "Archive"),
                site.page(News.WANG_YI_EN).select("nav.site-nav a:not(.lang-switch)").eachText());
    }

    @Test
    void undatedArticleIsWarnedAboutAndPublishedUnderUndated() throws Exception {
        assertTrue(site.exists(News.UNDATED_EN));
        assertTrue(result.problems().stream().anyMatch(p -> p.code().equals("content.no-date") && !p.isError()
                && p.file().equals("articles/undated/museum-reopens.en.md")), result.problems().toString());
        assertNotNull(site.page(News.UNDATED_EN).selectFirst("h1.article-title"));
    }

    @Test
    void sourceUrlWithSurroundingSpacesBecomesATrimmedLink(@TempDir Path other) throws Exception {
        TestSite spaced = TestSite.in(other);
        spaced.article("2024/spaced.zh.md", """
                title: "甲"
                lang: "zh"
                date: "2024-06-01"
                source:
                  url: " https://www.news.cn/a.html "
                """, "甲。\n");

        BuildResult built = spaced.build();

        assertFalse(built.hasErrors(), built.problems().toString());
        assertEquals("https://www.news.cn/a.html",
                spaced.page("zh/2024/06/spaced/index.html").selectFirst("a.source-link").attr("href"));
    }

    @Test
    void anArticleWithNoSourceHasNoEmptySourceSection(@TempDir Path other) throws Exception {
        TestSite plain = TestSite.in(other);
        plain.article("2024/note.en.md", "title: \"A note\"\ndate: \"2024-06-01\"", "Written here.\n");

        plain.build();

        assertNull(plain.page("en/2024/06/note/index.html").selectFirst(".attribution"));
    }

    @Test
    void aDirectionOverrideLeftOpenInATitleIsClosedBeforeTheSiteName(@TempDir Path other) throws Exception {
        TestSite rtl = TestSite.in(other);
        rtl.article("2024/rtl.en.md", "title: \"Test \u202eהבדיקה\"\ndate: \"2024-06-01\"", "Body.\n");

        rtl.build();

        String title = rtl.page("en/2024/06/rtl/index.html").title();
        assertTrue(title.startsWith("Test \u202eהבדיקה\u202c · "), title);
    }

    @Test
    void aSlugWrittenDecomposedIsToldAsSuch(@TempDir Path other) throws Exception {
        TestSite nfd = TestSite.in(other);
        nfd.article("2024/cafe.en.md", "title: \"Café\"\ndate: \"2024-06-01\"\nslug: \"cafe\u0301\"", "Body.\n");

        BuildResult built = nfd.build();

        List<Problem> told = built.problems().stream().filter(p -> p.code().equals("content.slug")).toList();
        assertEquals(1, told.size(), built.problems().toString());
        assertTrue(told.get(0).message().contains("Unicode NFD"), told.get(0).message());
        assertTrue(nfd.exists("en/2024/06/caf\u00e9/index.html"));
    }
}
