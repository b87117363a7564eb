package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.diagnostic.Problem;
import dev.duet.testing.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Sections, reporters and the front page, as a reader and a search engine see them: where an article's section
 * comes from, the pages of sections and reporters in both languages, the links to them, the JSON-LD, and which
 * pages a new story changes.
 */
class NewsroomTest {

    @TempDir
    Path dir;

    private TestSite site() throws IOException {
        TestSite site = TestSite.in(dir);
        site.glossary("""
                Wang Yi: 王毅
                people:
                  Shan Lu: 单璐
                  Zhang Shuo: 张硕
                """);
        story(site, "sco", "2024-05-21", "http://www.chinanews.com/gn/2024/05-21/1.shtml", "", List.of("单璐", "张硕"),
                List.of("Shan Lu", "Zhang Shuo"));
        story(site, "bridge", "2024-05-20", "https://www.chinanews.com.cn/ga/2024/05-20/2.shtml", "", List.of("陳嘉"),
                List.of());
        story(site, "markets", "2024-05-19", "http://www.chinanews.com/gn/2024/05-19/3.shtml", "财经",
                List.of("单璐"), List.of("Shan Lu"));
        story(site, "floods", "2024-05-18", "https://example.org/news/4.html", "", List.of(), List.of());
        return site;
    }

    static void story(TestSite site, String slug, String date, String url, String section,
            List<String> zhReporters, List<String> enReporters) throws IOException {
        site.article("2024/" + slug + ".zh.md", frontMatter("zh", "新闻" + slug, date, url, section, zhReporters),
                "第一段" + slug + "。\n");
        site.article("2024/" + slug + ".en.md", frontMatter("en", "Story " + slug, date, url,
                section.equals("财经") ? "Business" : section, enReporters), "The first paragraph of " + slug + ".\n");
    }

    static String frontMatter(String lang, String title, String date, String url, String section,
            List<String> reporters) {
        StringBuilder fm = new StringBuilder("title: \"" + title + "\"\nlang: \"" + lang + "\"\ndate: \"" + date
                + "\"\nagency: \"中新社\"\nsource:\n  url: \"" + url + "\"\n");
        if (!section.isEmpty()) {
            fm.append("section: \"").append(section).append("\"\n");
        }
        if (!reporters.isEmpty()) {
            fm.append("reporters:\n");
            reporters.forEach(r -> fm.append("  - \"").append(r).append("\"\n"));
        }
        return fm.toString();
    }

    @Test
    void theSourceUrlsChannelNamesTheSectionAndAnEditorsSectionWins() throws IOException {
        TestSite site = site();
        assertFalse(site.build().hasErrors(), site.problems().toString());

        Document zh = site.page("zh/2024/05/sco/index.html");
        assertEquals("国内", zh.selectFirst(".article-header .kicker a").text());
        assertEquals("/zh/gn/", zh.selectFirst(".article-header .kicker a").attr("href"));
        assertEquals("China", site.page("en/2024/05/sco/index.html").selectFirst(".article-header .kicker a").text());
        // chinanews.com.cn is the same outlet; 财经 in the front matter wins over the URL's /gn/.
        assertEquals("港澳", site.page("zh/2024/05/bridge/index.html").selectFirst(".kicker a").text());
        assertEquals("/en/cj/", site.page("en/2024/05/markets/index.html").selectFirst(".kicker a").attr("href"));
        // An outlet the mapping does not know: no section, no kicker.
        assertTrue(site.page("zh/2024/05/floods/index.html").select(".kicker").isEmpty());

        Document section = site.page("zh/gn/index.html");
        assertEquals(List.of("新闻sco"), section.select(".item-title a").eachText());
        assertEquals("/en/gn/", section.selectFirst(".translation-link a").attr("href"));
        assertTrue(site.exists("zh/gn/feed.xml") && site.exists("en/ga/feed.xml"));
        assertEquals(List.of("国内", "财经", "港澳"), site.page("zh/index.html").select(".section-nav a").eachText(),
                "the navigation follows the mapping's order");
        assertEquals(List.of("China", "Business", "Hong Kong & Macao"),
                site.page("en/2024/05/floods/index.html").select(".section-nav a").eachText());
    }

    @Test
    void aChannelMappedTwiceAndASlugCleanedAreToldWithTheirLines() throws IOException {
        TestSite site = site();
        site.write("sections.tsv", "example.org\tnews\tlocal\t本地\tLocal\n"
                + "example.org,example.net\tnews\tregion\t地区\tRegion\n"
                + "example.com\tx\t../Etc\t其他\tOther\n");
        story(site, "floods", "2024-05-20", "https://example.org/news/1.html", "", List.of(), List.of());
        assertFalse(site.build().hasErrors());

        List<Problem> told = site.problems().stream().filter(p -> p.code().equals("sections.line")).toList();
        assertEquals(2, told.size(), told.toString());
        assertEquals(2, told.get(0).line());
        assertTrue(told.get(0).message().contains("example.org/news is mapped on line 1 as well"), told.toString());
        assertEquals(3, told.get(1).line());
        assertTrue(told.get(1).message().contains("it is used as 'etc'"), told.toString());
        // The later line wins, as it always did.
        assertEquals("地区", site.page("zh/2024/05/floods/index.html").selectFirst(".kicker a").text());
    }

    @Test
    void anUnknownSectionNameBecomesASectionAndAMalformedMappingLineIsAProblem() throws IOException {
        TestSite site = site();
        site.write("sections.tsv", "# ours\nexample.org\tnews\tlocal\t本地\tLocal\nbroken line without tabs\n");
        story(site, "match", "2024-05-22", "https://example.org/sport/5.html", "体育", List.of(), List.of());
        assertFalse(site.build().hasErrors());

        Problem problem = site.problems().stream().filter(p -> p.code().equals("sections.line")).findFirst()
                .orElseThrow();
        assertEquals("sections.tsv", problem.file());
        assertEquals(3, problem.line());
        assertEquals("本地", site.page("zh/2024/05/floods/index.html").selectFirst(".kicker a").text());
        assertEquals("/zh/local/", site.page("zh/2024/05/floods/index.html").selectFirst(".kicker a").attr("href"));
        assertEquals("体育", site.page("zh/2024/05/match/index.html").selectFirst(".kicker a").text());
        assertTrue(site.exists("zh/" + site.page("zh/2024/05/match/index.html").selectFirst(".kicker a")
                .attr("href").substring(4) + "index.html"));
        // An editor's section in one language's file is the story's: the other language is in it too.
        site.article("2024/talks.zh.md", frontMatter("zh", "新闻talks", "2024-05-17",
                "http://www.chinanews.com/gn/2024/05-17/6.shtml", "国际", List.of()), "第一段。\n");
        site.article("2024/talks.en.md", frontMatter("en", "Story talks", "2024-05-17",
                "http://www.chinanews.com/gn/2024/05-17/6.shtml", "", List.of()), "The first paragraph.\n");
        assertFalse(site.build().hasErrors());
        assertEquals("/en/gj/", site.page("en/2024/05/talks/index.html").selectFirst(".kicker a").attr("href"));
    }

    @Test
    void bylinesLinkToReporterPagesNamedInEachLanguage() throws IOException {
        TestSite site = site();
        assertFalse(site.build().hasErrors());

        Document en = site.page("en/2024/05/sco/index.html");
        assertEquals(List.of("Shan Lu", "Zhang Shuo"), en.select(".byline a").eachText());
        assertEquals("/en/reporters/shan-lu/", en.selectFirst(".byline a").attr("href"));
        Document zh = site.page("zh/reporters/shan-lu/index.html");
        assertEquals("单璐", zh.selectFirst("h1").text().replace("记者：", ""));
        assertEquals(List.of("新闻sco", "新闻markets"), zh.select(".item-title a").eachText());
        assertEquals("/en/reporters/shan-lu/", zh.selectFirst(".translation-link a").attr("href"));
        // No English form: the Chinese name keeps its form, and its page its address.
        Element chen = site.page("zh/2024/05/bridge/index.html").selectFirst(".byline a");
        assertEquals("陳嘉", chen.text());
        assertTrue(site.exists(chen.attr("href").substring(1).replace("%E9%99%B3%E5%98%89", "陳嘉") + "index.html")
                || site.exists(java.net.URLDecoder.decode(chen.attr("href").substring(1),
                java.nio.charset.StandardCharsets.UTF_8) + "index.html"), chen.attr("href"));
        // The English text's dateline names no one: it is credited to the story's reporters.
        Element english = site.page("en/2024/05/bridge/index.html").selectFirst(".byline a");
        assertEquals("陳嘉", english.text());
        assertEquals("zh-Hant", english.attr("lang"), "a Traditional name is read as Traditional Chinese");
        assertTrue(english.attr("href").startsWith("/en/reporters/"), english.attr("href"));
        Document index = site.page("en/reporters/index.html");
        assertEquals(List.of("Shan Lu", "Zhang Shuo", "陳嘉"), index.select(".reporter-index a").eachText());
        assertTrue(site.page("zh/reporters/index.html").select(".reporter-index a").eachText().contains("陳嘉"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonLdNamesTheSectionAndEachReporterAsAPersonWithTheirPage() throws IOException {
        TestSite site = site();
        assertFalse(site.build().hasErrors());

        Map<String, Object> json = jsonLd(site.page("en/2024/05/sco/index.html"));
        assertEquals("China", json.get("articleSection"));
        List<Map<String, Object>> authors = (List<Map<String, Object>>) json.get("author");
        assertEquals(Map.of("@type", "Person", "name", "Shan Lu", "url",
                TestSite.BASE_URL + "en/reporters/shan-lu/"), authors.get(0));
        assertEquals("Zhang Shuo", authors.get(1).get("name"));
        Map<String, Object> none = jsonLd(site.page("zh/2024/05/floods/index.html"));
        assertFalse(none.containsKey("articleSection"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> jsonLd(Document page) {
        // JSON is YAML 1.2.
        return (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(page.selectFirst("script[type=application/ld+json]").data());
    }

    @Test
    void theFrontPageLeadsWithTheNewestStoryThenTheSections() throws IOException {
        TestSite site = site();
        assertFalse(site.build().hasErrors());

        Document home = site.page("zh/index.html");
        assertEquals("新闻sco", home.selectFirst(".lead-story .lead-title a").text());
        // Each story once: the lead is not repeated under its section (国内), which is then empty and left out.
        assertEquals(List.of("财经", "港澳"), home.select(".front-section-title a").eachText());
        assertEquals(List.of("新闻bridge"), home.select(".front-section").get(1).select(".item-title a").eachText());
        assertEquals("/zh/ga/", home.select(".front-section").get(1).selectFirst(".front-section-more a").attr("href"));
        // The stories in no section come last.
        assertEquals("新闻floods", home.select(".front-section").last().selectFirst(".item-title a").text());
        assertEquals("/en/2024/05/markets/", home.select(".front-section").get(0).selectFirst("a.bilingual")
                .attr("href"));
        assertEquals("Also in Chinese", site.page("en/index.html").selectFirst(".lead-story a.bilingual").text());
    }

    @Test
    void theFrontPageShowsAtMostTwelveSections() throws IOException {
        TestSite site = TestSite.in(dir);
        for (int n = 1; n <= 15; n++) {
            story(site, "s" + n, "2024-05-%02d".formatted(n), "https://example.org/news/%d.html".formatted(n),
                    "栏目" + (char) ('A' + n), List.of(), List.of());
        }
        assertFalse(site.build().hasErrors());

        Document home = site.page("zh/index.html");
        assertEquals(12, home.select(".front-section").size());
    }

    /**
     * Every page's navigation shows the first twelve sections and a link to the index of them all, where it listed
     * every section on every page (7.5 KB a page at 200 sections); a new story leaves the index as it is.
     */
    @Test
    void theNavigationShowsTwelveSectionsAndLinksToTheIndexOfThemAll() throws IOException {
        TestSite site = TestSite.in(dir);
        for (int n = 1; n <= 15; n++) {
            story(site, "s" + n, "2024-05-%02d".formatted(n), "https://example.org/news/%d.html".formatted(n),
                    "栏目" + (char) ('A' + n), List.of(), List.of());
        }
        assertFalse(site.build().hasErrors());

        for (String page : List.of("zh/index.html", "en/2024/05/s3/index.html", "zh/tags/index.html")) {
            List<String> nav = site.page(page).select(".section-nav a").eachAttr("href");
            assertEquals(13, nav.size(), page + ": " + nav);
            assertEquals("/" + page.substring(0, 2) + "/sections/", nav.get(12), page);
        }
        Document zh = site.page("zh/sections/index.html");
        assertEquals(15, zh.select("ul.section-index li a").size(), "the index has them all");
        assertEquals("更多栏目", zh.selectFirst(".section-nav [aria-current]").text());
        assertEquals("/en/sections/", zh.selectFirst("link[hreflang=en]").attr("href")
                .replaceFirst("^https?://[^/]+", ""));
        assertEquals(15, site.page("en/sections/index.html").select("ul.section-index li a").size());
        for (String href : zh.select("ul.section-index a").eachAttr("href")) {
            String page = java.net.URLDecoder.decode(href.substring(1), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(site.exists(page + "index.html"), href);
        }

        Map<String, byte[]> before = site.outputTree();
        story(site, "s16", "2024-05-16", "https://example.org/news/16.html", "栏目B", List.of(), List.of());
        assertFalse(site.build().hasErrors());
        Map<String, byte[]> after = site.outputTree();
        assertTrue(java.util.Arrays.equals(before.get("zh/sections/index.html"), after.get("zh/sections/index.html")),
                "a new story in a section the site has leaves the index as it is");

        List<Problem> problems = site.duet().check();
        assertTrue(problems.stream().noneMatch(Problem::isError), problems.toString());
    }

    @Test
    void aSiteOfTwelveSectionsHasThemAllInItsNavigationAndNoIndex() throws IOException {
        TestSite site = TestSite.in(dir);
        for (int n = 1; n <= 12; n++) {
            story(site, "s" + n, "2024-05-%02d".formatted(n), "https://example.org/news/%d.html".formatted(n),
                    "栏目" + (char) ('A' + n), List.of(), List.of());
        }
        assertFalse(site.build().hasErrors());
        assertEquals(12, site.page("zh/index.html").select(".section-nav a").size());
        assertFalse(site.exists("zh/sections/index.html"));
    }

    @Test
    void theFrontPagesOlderLinkLeadsToTheNewestStoryItLeavesOut() throws IOException {
        // Eighteen stories in one section: the front page shows the lead and three more, so the fifth newest (s14)
        // is the newest it leaves out. Pages of six, from the oldest: s1-s6, s7-s12, s13-s18.
        TestSite site = TestSite.in(dir);
        for (int day = 1; day <= 18; day++) {
            String date = "2024-05-%02d".formatted(day);
            story(site, "s" + day, date, "http://www.chinanews.com/gn/2024/05-%02d/%d.shtml".formatted(day, day), "",
                    List.of(), List.of());
        }
        assertFalse(site.duet(site.config().pageSize(6).build()).build().hasErrors());

        Document home = site.page("en/index.html");
        assertEquals(4, home.select(".item-title a, .lead-title a").size());
        assertEquals("/en/page/3/", home.selectFirst("a[rel=next]").attr("href"));
        assertEquals("/en/page/3/", home.selectFirst("link[rel=next]").attr("href"));
        assertEquals(List.of("Older", "1", "2", "3", "Newest"), home.select(".pager a, .pager [aria-current]")
                .eachText());
        assertTrue(site.page("en/page/3/index.html").select(".item-title a").eachText().contains("Story s14"));
        // A section's front page shows a page size of stories: its "older" page is the one after them.
        assertEquals("/en/gn/page/2/", site.page("en/gn/index.html").selectFirst("a[rel=next]").attr("href"));
    }

    @Test
    void aNewStoryChangesTheFrontPageAndItsSectionsFirstPageNotEverySectionPage() throws IOException {
        TestSite site = site();
        assertFalse(site.build().hasErrors());
        Map<String, byte[]> before = site.outputTree();

        story(site, "late", "2024-05-23", "http://www.chinanews.com/gn/2024/05-23/9.shtml", "", List.of("张硕"),
                List.of("Zhang Shuo"));
        assertFalse(site.build().hasErrors());
        Map<String, byte[]> after = site.outputTree();
        Set<String> changed = new TreeSet<>();
        after.forEach((path, bytes) -> {
            if (!Arrays.equals(bytes, before.get(path))) {
                changed.add(path);
            }
        });

        assertTrue(changed.containsAll(List.of("zh/index.html", "en/index.html", "zh/gn/index.html",
                "en/gn/feed.xml", "zh/reporters/zhang-shuo/index.html")), changed.toString());
        for (String unchanged : List.of("zh/cj/index.html", "en/ga/index.html", "zh/ga/feed.xml",
                "en/reporters/shan-lu/index.html", "zh/2024/05/bridge/index.html")) {
            assertFalse(changed.contains(unchanged), unchanged + " changed: " + changed);
        }
    }

    @Test
    void aSitesSectionsFileIsAnInputOfTheBuild() throws IOException {
        TestSite site = site();
        assertFalse(site.build().hasErrors());
        assertTrue(site.build().upToDate(), "nothing changed");

        site.write("sections.tsv", "example.org\tnews\tlocal\t本地\tLocal\n");
        BuildResult again = site.build();

        assertFalse(again.upToDate(), "a new sections.tsv is a change");
        assertEquals("本地", site.page("zh/2024/05/floods/index.html").selectFirst(".kicker a").text());
        assertTrue(site.exists("sitemap.xml") && site.read("sitemap.xml").contains("/zh/local/"));
    }

    @Test
    void aPreviewPatchesSectionAndReporterPagesAfterATextEditAndReassemblesAfterANewSection() throws IOException {
        site();
        PreviewSession preview = Duet.previewing(dev.duet.config.SiteConfig.builder(dir)
                .baseUrl(TestSite.BASE_URL).build(), dev.duet.diagnostic.BuildListener.silent());
        assertFalse(preview.build().hasErrors());
        Path file = dir.resolve("articles/2024/markets.zh.md");
        java.nio.file.Files.writeString(file, java.nio.file.Files.readString(file)
                .replace("title: \"新闻markets\"", "title: \"新闻markets（更新）\""));

        assertTrue(preview.rebuild(Set.of(file)).ok());
        assertTrue(preview.owesFullBuild(), "a text edit takes the quick path");
        // Read as text: a headline keeps its Latin word on one line in a span of its own.
        assertTrue(org.jsoup.Jsoup.parse(java.nio.file.Files.readString(dir.resolve("target/site/zh/cj/index.html")))
                .text().contains("新闻markets（更新）"), "its section page shows the new title");
        assertTrue(org.jsoup.Jsoup.parse(java.nio.file.Files.readString(
                dir.resolve("target/site/zh/reporters/shan-lu/index.html"))).text().contains("新闻markets（更新）"),
                "so does its reporter's page");
        Map<String, byte[]> quick = TestSite.tree(dir.resolve("target/site"));
        int left = preview.settle(() -> false).orElseThrow().pagesWritten();
        Map<String, byte[]> full = TestSite.tree(dir.resolve("target/site"));
        Set<String> missed = new TreeSet<>();
        full.forEach((path, bytes) -> {
            if (path.endsWith(".html") && !Arrays.equals(bytes, quick.get(path))) {
                missed.add(path);
            }
        });
        assertEquals(Set.of(), missed, "no page left for the full build");
        assertEquals(0, left);

        java.nio.file.Files.writeString(file, java.nio.file.Files.readString(file)
                .replace("section: \"财经\"", "section: \"体育\""));
        assertTrue(preview.rebuild(Set.of(file)).ok());
        assertFalse(preview.owesFullBuild(), "a new section makes a new section page: a full build");
        assertTrue(java.nio.file.Files.exists(dir.resolve("target/site/zh/ty/index.html")));
    }
}
