package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.diagnostic.Problem;
import dev.duet.diagnostic.Severity;
import dev.duet.testing.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article's life after publishing: scheduled stories wait for their time (and a later build with no file changed
 * publishes them), drafts are never published, withdrawn stories leave a page saying so, and old addresses lead to
 * the article.
 */
class LifecycleTest {

    private static final String LATER = "zh/2024/06/rail-line-opens/index.html";
    private static final String LATER_EN = "en/2024/06/rail-line-opens/index.html";

    @TempDir
    Path dir;

    private TestSite scheduledSite(Path root) throws IOException {
        TestSite site = TestSite.in(root).news();
        site.article("2024/rail-line-opens.zh.md", """
                title: "铁路新线开通运营"
                lang: "zh"
                date: "2024-06-01 08:00"
                slug: "rail-line-opens"
                tags: ["high-speed railway"]
                """, "新线今日开通。\n");
        site.article("2024/rail-line-opens.en.md", """
                title: "Rail Line Opens"
                lang: "en"
                date: "2024-06-01 08:00"
                slug: "rail-line-opens"
                tags: ["high-speed railway"]
                """, "The new line opens today.\n");
        return site;
    }

    @Test
    void aScheduledStoryIsNowhereUntilItsTimeAndALaterBuildWithNoFileChangedPublishesIt() throws Exception {
        TestSite site = scheduledSite(dir);
        age(site);
        BuildResult before = site.duet(site.config().buildTime("2024-06-01T07:59:00+08:00").build()).build();

        assertFalse(before.upToDate());
        assertFalse(site.exists(LATER));
        assertFalse(site.exists(LATER_EN));
        assertNowhere(site, "rail-line-opens", "铁路新线", "Rail Line Opens");
        assertTrue(before.summary().endsWith("; 1 story scheduled, the next due 2024-06-01 08:00 (UTC+8)"),
                before.summary());
        assertTrue(site.duet(site.config().buildTime("2024-06-01T07:59:30+08:00").build()).build().upToDate(),
                "nothing has come due");

        BuildResult due = site.duet(site.config().buildTime("2024-06-01T08:00:00+08:00").build()).build();

        assertFalse(due.upToDate(), "the story came due: no file changed, but the site must");
        assertTrue(site.exists(LATER));
        assertTrue(site.exists(LATER_EN));
        assertTrue(site.read("zh/index.html").contains("铁路新线开通运营"));
        assertTrue(site.read("zh/feed.xml").contains("rail-line-opens"));
        assertTrue(site.read("sitemap.xml").contains("rail-line-opens"));
        assertFalse(due.summary().contains("scheduled"), due.summary());
        assertTrue(site.duet(site.config().buildTime("2024-06-02").build()).build().upToDate());

        BuildResult earlier = site.duet(site.config().buildTime("2024-06-01T07:00:00+08:00").build()).build();
        assertFalse(earlier.upToDate(), "a build at an earlier time does not publish the story");
        assertFalse(site.exists(LATER));
    }

    /**
     * A correction without {@code updated} is a warning at its line: the page shows it, but the feed, the sitemap
     * and the JSON-LD give the article's date as its last change, and no reader of them is told.
     */
    @Test
    void aCorrectionWithoutAnUpdateIsAWarning() throws Exception {
        TestSite site = TestSite.in(dir).news();
        site.article("2024/rail-line-opens.zh.md", """
                title: "铁路新线开通运营"
                lang: "zh"
                date: "2024-06-01"
                slug: "rail-line-opens"
                correction: "更正：线路长度有误。"
                """, "新线今日开通。\n");

        BuildResult result = site.build();

        var warned = result.problems().stream().filter(p -> p.code().equals("content.correction-undated")).toList();
        assertEquals(1, warned.size(), result.problems().toString());
        assertEquals("articles/2024/rail-line-opens.zh.md", warned.get(0).file());
        assertEquals(6, warned.get(0).line());
        assertEquals(1, site.page("zh/2024/06/rail-line-opens/index.html").select("aside.correction").size());
    }

    /**
     * A withdrawn story's page says why when its file's correction does, as newsrooms publish a retraction's
     * reason; its title and text stay unpublished. The correction was ignored, and the page said only that the story
     * was withdrawn.
     */
    @Test
    void aWithdrawnPageSaysWhyWhenItsCorrectionDoes() throws Exception {
        TestSite site = TestSite.in(dir).news();
        site.article("2024/rail-line-opens.zh.md", """
                title: "铁路新线开通运营"
                lang: "zh"
                date: "2024-06-01"
                slug: "rail-line-opens"
                unpublished: true
                correction: ["本文所引数据有误，已撤回。", "详情请见编辑部说明。"]
                """, "新线今日开通。秘密正文\n");
        site.article("2024/rail-line-opens.en.md", """
                title: "Rail Line Opens"
                lang: "en"
                date: "2024-06-01"
                slug: "rail-line-opens"
                """, "The new line opens today.\n");

        BuildResult result = site.build();

        assertFalse(result.problems().stream().anyMatch(p -> p.code().equals("content.correction-undated")),
                result.problems().toString());
        Document zh = site.page("zh/2024/06/rail-line-opens/index.html");
        assertEquals(List.of("本文所引数据有误，已撤回。", "详情请见编辑部说明。"), zh.select("main aside.correction p").eachText());
        assertFalse(site.read("zh/2024/06/rail-line-opens/index.html").contains("铁路新线"), "no title");
        assertFalse(site.read("zh/2024/06/rail-line-opens/index.html").contains("秘密正文"), "no text");
        assertEquals(0, site.page("en/2024/06/rail-line-opens/index.html").select("aside.correction").size());
    }

    @Test
    void anUpdateReachesThePageTheJsonLdTheFeedAndTheSitemap() throws Exception {
        TestSite site = TestSite.in(dir).news();
        site.article("2024/rail-line-opens.en.md", """
                title: "Rail Line Opens"
                lang: "en"
                date: "2099-01-01"
                slug: "rail-line-opens"
                """, "Not yet.\n");
        site.article("2024/rail-line-opens.zh.md", """
                title: "铁路新线开通运营"
                lang: "zh"
                date: "2024-06-01"
                slug: "rail-line-opens"
                updated: "2024-06-02 14:30"
                correction: "<b>更正</b>：线路长度有误。"
                """, "新线今日开通。\n");

        site.build();

        Document page = site.page("zh/2024/06/rail-line-opens/index.html");
        assertEquals("更新于 2024年6月2日 14:30", page.select(".article-meta .updated").text());
        assertEquals("2024-06-02T14:30:00+08:00", page.select(".updated time").attr("datetime"));
        assertEquals("<b>更正</b>：线路长度有误。", page.select("aside.correction p").text(), "text, not markup");
        assertTrue(page.select("aside.correction b").isEmpty());
        String jsonLd = page.select("script[type=application/ld+json]").html();
        assertTrue(jsonLd.contains("\"datePublished\":\"2024-06-01T00:00:00+08:00\""), jsonLd);
        assertTrue(jsonLd.contains("\"dateModified\":\"2024-06-02T14:30:00+08:00\""), jsonLd);
        Document feed = org.jsoup.Jsoup.parse(site.read("zh/feed.xml"), "", org.jsoup.parser.Parser.xmlParser());
        var entry = feed.select("entry").stream()
                .filter(e -> e.select("id").text().endsWith("/zh/2024/06/rail-line-opens/")).findFirst().orElseThrow();
        assertEquals("2024-06-01T00:00:00+08:00", entry.select("published").text());
        assertEquals("2024-06-02T14:30:00+08:00", entry.select("updated").text());
        assertEquals("2024-06-02T14:30:00+08:00", feed.select("feed > updated").text(), "the feed's latest change");
        Document sitemap = org.jsoup.Jsoup.parse(site.read("sitemap.xml"), "", org.jsoup.parser.Parser.xmlParser());
        var url = sitemap.select("url").stream()
                .filter(u -> u.select("loc").text().endsWith("/zh/2024/06/rail-line-opens/")).findFirst().orElseThrow();
        assertEquals("2024-06-02T14:30:00+08:00", url.select("lastmod").text());
        assertFalse(site.exists("en/2099/01/rail-line-opens/index.html"), "scheduled");
    }

    /**
     * A second correction is written as a list: each is a paragraph of the box, on the page, the 中英对照 page and in
     * the feed, where a list was a warning and the story's correction box went from the live page.
     */
    @Test
    void aListOfCorrectionsShowsEachOfThem() throws Exception {
        TestSite site = TestSite.in(dir).news();
        site.article("2024/cpi.zh.md", """
                title: "物价数据公布"
                lang: "zh"
                date: "2024-06-01"
                slug: "cpi"
                updated: "2024-06-02 09:30"
                correction:
                  - "6月1日22时15分：本文此前误将同比涨幅写作0.5%，应为0.6%。"
                  - "6月2日9时30分：本文此前误称核心CPI下降，现已更正。"
                """, "物价数据公布。\n");
        site.article("2024/cpi.en.md", """
                title: "Prices published"
                lang: "en"
                date: "2024-06-01"
                slug: "cpi"
                """, "Prices were published.\n");
        BuildResult result = site.build();
        assertTrue(result.problems().stream().noneMatch(p -> p.code().equals("content.field-type")),
                result.problems().toString());
        List<String> notes = List.of("6月1日22时15分：本文此前误将同比涨幅写作0.5%，应为0.6%。",
                "6月2日9时30分：本文此前误称核心CPI下降，现已更正。");
        assertEquals(notes, site.page("zh/2024/06/cpi/index.html").select("aside.correction p").eachText());
        assertEquals(notes, site.page("zh/2024/06/cpi/parallel/index.html").select("aside.correction p").eachText());
        org.jsoup.nodes.Element zh = entry(site, "zh/feed.xml", "/zh/2024/06/cpi/");
        assertTrue(zh.select("summary").text().startsWith("更正：" + notes.get(0) + " " + notes.get(1)),
                zh.select("summary").text());
    }

    @Test
    void aCorrectionIsOnTheParallelPageAndInTheFeedsToo() throws Exception {
        TestSite site = TestSite.in(dir).news();
        site.article("2024/rail.zh.md", """
                title: "铁路新线开通运营"
                lang: "zh"
                date: "2024-06-01"
                slug: "rail-line-opens"
                updated: "2024-06-02 14:30"
                correction: "<b>更正</b>：线路长度有误。"
                """, "新线今日开通。\n");
        site.article("2024/rail.en.md", """
                title: "Rail Line Opens"
                lang: "en"
                date: "2024-06-01"
                slug: "rail-line-opens"
                correction: "An earlier version gave the wrong length & <i>speed</i>."
                """, "The new line opened today.\n");
        assertFalse(site.duet(site.config().feedFullContent(true).build()).build().hasErrors());

        Document parallel = site.page("zh/2024/06/rail-line-opens/parallel/index.html");
        assertEquals(List.of("<b>更正</b>：线路长度有误。", "An earlier version gave the wrong length & <i>speed</i>."),
                parallel.select("aside.correction p").eachText());
        assertEquals("en", parallel.select("aside.correction p").get(1).attr("lang"));
        assertTrue(parallel.select("aside.correction b, aside.correction i").isEmpty(), "text, not markup");
        assertEquals("更新于 2024年6月2日 14:30", parallel.select(".article-meta .updated").text());

        org.jsoup.nodes.Element zh = entry(site, "zh/feed.xml", "/zh/2024/06/rail-line-opens/");
        assertTrue(zh.select("summary").text().startsWith("更正：<b>更正</b>：线路长度有误。 "), zh.select("summary").text());
        Document content = org.jsoup.Jsoup.parse(zh.select("content").text());
        assertEquals("更正：<b>更正</b>：线路长度有误。", content.selectFirst("p").text());
        assertTrue(content.select("p b").isEmpty(), "the note is text in the content's HTML too");
        assertEquals("新线今日开通。", content.select("p").get(1).text());
        org.jsoup.nodes.Element en = entry(site, "en/feed.xml", "/en/2024/06/rail-line-opens/");
        assertEquals("Correction: An earlier version gave the wrong length & <i>speed</i>.",
                org.jsoup.Jsoup.parse(en.select("content").text()).selectFirst("p").text());
    }

    private static org.jsoup.nodes.Element entry(TestSite site, String feed, String address) throws Exception {
        Document xml = org.jsoup.Jsoup.parse(site.read(feed), "", org.jsoup.parser.Parser.xmlParser());
        return xml.select("entry").stream().filter(e -> e.select("id").text().endsWith(address)).findFirst()
                .orElseThrow();
    }

    @Test
    void aDraftIsNeverPublishedAndItsTranslationIsPublishedAlone() throws Exception {
        TestSite site = TestSite.in(dir).news();
        site.article("2024/rail-line-opens.zh.md", """
                title: "铁路新线开通运营"
                lang: "zh"
                date: "2024-05-01"
                slug: "rail-line-opens"
                """, "新线今日开通。\n");
        site.article("2024/rail-line-opens.en.md", """
                title: "Rail Line Opens"
                lang: "en"
                date: "2024-05-01"
                slug: "rail-line-opens"
                draft: true
                """, "The new line opens today.\n");

        site.build();

        assertTrue(site.exists("zh/2024/05/rail-line-opens/index.html"));
        assertFalse(site.exists("en/2024/05/rail-line-opens/index.html"), "a draft has no page, not even withdrawn");
        assertNowhere(site, "Rail Line Opens");
        assertTrue(site.page("zh/2024/05/rail-line-opens/index.html").select("a[hreflang=en][rel=alternate]")
                .isEmpty());
    }

    @Test
    void withdrawingEitherFileWithdrawsTheStoryInBothLanguagesAndLeavesAPageSayingSo() throws Exception {
        TestSite site = TestSite.in(dir).news();
        site.article("2024/rail-line-opens.zh.md", """
                title: "铁路新线开通运营"
                lang: "zh"
                date: "2024-05-01"
                slug: "rail-line-opens"
                tags: ["high-speed railway", "withdrawn-only-tag"]
                unpublished: true
                """, "新线今日开通。秘密正文\n");
        site.article("2024/rail-line-opens.en.md", """
                title: "Rail Line Opens"
                lang: "en"
                date: "2024-05-01"
                slug: "rail-line-opens"
                tags: ["high-speed railway", "withdrawn-only-tag"]
                """, "The new line opens today. Secret body\n");

        BuildResult result = site.build();

        assertFalse(result.hasErrors(), result.problems().toString());
        Document zh = site.page("zh/2024/05/rail-line-opens/index.html");
        Document en = site.page("en/2024/05/rail-line-opens/index.html");
        assertEquals("本文已撤回", zh.select("main h1").text());
        assertEquals("This article has been withdrawn", en.select("main h1").text());
        for (Document page : List.of(zh, en)) {
            assertEquals("noindex", page.select("meta[name=robots]").attr("content"));
            assertEquals(1, page.select("main a[href=" + page.select("a.brand").attr("href") + "]").size());
            assertTrue(page.select("script[type=application/ld+json]").isEmpty());
        }
        assertFalse(site.read("zh/2024/05/rail-line-opens/index.html").contains("秘密正文"));
        assertFalse(site.read("en/2024/05/rail-line-opens/index.html").contains("Secret body"));
        assertNowhere(site, "铁路新线", "Rail Line Opens", "withdrawn-only-tag", "秘密正文", "Secret body");
        assertFalse(site.exists("en/tags/withdrawn-only-tag/index.html"));
    }

    @Test
    void anAliasLeadsToTheArticleAndHostileOnesAreProblems() throws Exception {
        TestSite site = TestSite.in(dir).news();
        site.article("2024/rail-line-opens.zh.md", """
                title: "铁路新线开通运营"
                lang: "zh"
                date: "2024-05-01"
                slug: "rail-line-opens"
                aliases:
                  - "/zh/2024/05/old-rail/"
                  - "https://news.example.org/news/rail.html"
                  - "../../etc"
                  - "/zh/%2e%2e/%2e%2e/escape/"
                  - "https://evil.example.com/zh/rail/"
                  - "/zh/2024/05/wang-yi-attends-sco-meeting/"
                  - "/zh/tags/"
                  - "/"
                  - "/favicon.svg"
                  - "/zh/feed.xml/old/"
                  - "/.git/HEAD.html"
                  - "/zh/\u202eevil/"
                  - "/zh/2024/05/rail-line-opens/"
                  - "/\u200bzh/2024/05/rail-line-opens/"
                """, "新线今日开通。\n");

        BuildResult result = site.build();

        Document redirect = site.page("zh/2024/05/old-rail/index.html");
        String target = TestSite.BASE_URL + "zh/2024/05/rail-line-opens/";
        // The refresh has no host, so that it leads on wherever the site is served; the canonical link has one.
        assertEquals("0; url=/zh/2024/05/rail-line-opens/",
                redirect.select("meta[http-equiv=refresh]").attr("content"));
        assertEquals(target, redirect.select("link[rel=canonical]").attr("href"));
        assertEquals("noindex", redirect.select("meta[name=robots]").attr("content"));
        assertEquals("/zh/2024/05/rail-line-opens/", redirect.select("body a").attr("href"));
        assertTrue(site.exists("news/rail.html"), "an absolute URL of this site is a path of it");
        List<Problem> aliases = result.problems().stream().filter(p -> p.code().equals("content.alias")).toList();
        assertEquals(13, aliases.size(), aliases.toString());
        assertTrue(aliases.stream().anyMatch(p -> p.line() == 19 && !p.isError()
                && p.message().contains("is this article's own address")), aliases.toString());
        assertTrue(aliases.stream().anyMatch(p -> !p.isError() && p.message().contains("'../../etc' does not start"
                + " with '/'")), aliases.toString());
        // Each at its own line: the list starts on line 7, one alias a line.
        assertTrue(aliases.stream().allMatch(p -> p.file().equals("articles/2024/rail-line-opens.zh.md")
                && p.line() >= 9 && p.line() <= 20), aliases.toString());
        assertEquals(12, aliases.stream().map(Problem::line).distinct().count(), aliases.toString());
        assertTrue(aliases.stream().anyMatch(p -> p.line() == 17 && p.isError() && p.message().contains("hidden")));
        assertTrue(aliases.stream().anyMatch(p -> p.line() == 18 && p.isError() && p.message().contains("\\u202e")));
        assertTrue(aliases.stream().anyMatch(p -> p.line() == 20 && p.isError() && p.message().contains("\\u200b")),
                aliases.toString());
        assertFalse(site.exists(".git/HEAD.html"));
        assertTrue(aliases.stream().anyMatch(p -> p.line() == 11 && p.message().contains("evil.example.com")));
        assertTrue(aliases.stream().anyMatch(p -> p.line() == 15 && p.message().contains("under /favicon.svg")));
        assertTrue(aliases.stream().anyMatch(p -> !p.isError() && p.message().contains("evil.example.com")));
        assertTrue(aliases.stream().anyMatch(p -> p.isError() && p.message().contains("wang-yi-attends")
                && p.message().contains("the article")));
        assertTrue(aliases.stream().anyMatch(p -> p.isError() && p.message().contains("/zh/tags/")));
        // Under a file the site makes, an alias would need it to be a folder: an error, and the rest builds.
        assertTrue(aliases.stream().anyMatch(p -> p.isError() && p.message().contains("under /favicon.svg")));
        assertTrue(aliases.stream().anyMatch(p -> p.isError() && p.message().contains("under /zh/feed.xml")));
        assertTrue(Files.isRegularFile(site.out().resolve("favicon.svg")));
        assertTrue(site.read("zh/feed.xml").contains("<feed"));
        assertTrue(site.read(TestSite.News.WANG_YI_ZH).contains("王毅"), "the article keeps its page");
        assertTrue(site.read("zh/tags/index.html").contains("标签"), "the tag index keeps its page");
        assertFalse(Files.exists(dir.getParent().resolve("escape")));
        assertFalse(Files.exists(site.out().resolve("escape")));
        try (Stream<Path> files = Files.walk(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().equals("etc")));
        }
    }

    @Test
    void anAliasInAFolderTheBuildWritesIsAProblemAndTheSiteBuilds() throws Exception {
        TestSite site = TestSite.in(dir).news();
        site.article("2024/rail-line-opens.zh.md", """
                title: "铁路新线开通运营"
                lang: "zh"
                date: "2024-05-01"
                slug: "rail-line-opens"
                aliases:
                  - "/search/fold.json"
                  - "/search/zh/meta.json"
                  - "/images/0123456789abcdef0123456789abcdef/480.jpg/"
                """, "新线今日开通。\n");

        BuildResult result = site.build();

        List<Problem> aliases = result.problems().stream().filter(p -> p.code().equals("content.alias")).toList();
        assertEquals(List.of(7, 8, 9), aliases.stream().map(Problem::line).sorted().toList(), aliases.toString());
        assertTrue(aliases.stream().allMatch(p -> p.isError() && p.file().equals("articles/2024/rail-line-opens.zh.md")
                && p.message().contains("a folder the build writes its own files in")), aliases.toString());
        assertTrue(site.read("search/fold.json").startsWith("{"), "the search index is written as ever");
        assertTrue(Files.isRegularFile(site.out().resolve("search/zh/meta.json")));
        assertTrue(site.read("zh/2024/05/rail-line-opens/index.html").contains("新线今日开通"));
    }

    @Test
    void anEscapedSlashInAnAliasIsNoFolderAndAnAliasWithTheSitesFolderIsTold() throws Exception {
        TestSite site = TestSite.in(dir).news();
        site.article("2024/rail-line-opens.zh.md", """
                title: "铁路新线开通运营"
                lang: "zh"
                date: "2024-05-01"
                slug: "rail-line-opens"
                aliases:
                  - "/news/a%2Fb.html"
                  - "/site/news/123.html"
                  - "/news/%E9%93%81%E8%B7%AF.html"
                  - "/news/page?id=5"
                  - "old-relative/"
                """, "新线今日开通。\n");

        BuildResult result = site.duet(site.config().baseUrl("https://news.example.org/site/").build()).build();

        List<Problem> aliases = result.problems().stream().filter(p -> p.code().equals("content.alias")).toList();
        assertEquals(4, aliases.size(), aliases.toString());
        assertTrue(aliases.stream().anyMatch(p -> p.line() == 10 && !p.isError()
                && p.message().contains("has a query or a fragment") && p.message().endsWith("such as /news/page")),
                aliases.toString());
        assertTrue(aliases.stream().anyMatch(p -> p.line() == 11 && !p.isError()
                && p.message().contains("does not start with '/'")), aliases.toString());
        assertTrue(site.exists("old-relative/index.html"), "made from the root, as the warning says");
        assertTrue(aliases.stream().anyMatch(p -> p.line() == 7 && p.isError() && p.message().contains("'a/b.html'")),
                aliases.toString());
        assertFalse(site.exists("news/a/b.html"));
        assertTrue(aliases.stream().anyMatch(p -> p.line() == 8 && !p.isError()
                && p.message().contains("made at /site/site/news/123.html")
                && p.message().contains("write it as /news/123.html")), aliases.toString());
        assertTrue(site.exists("site/news/123.html"), "made where it says");
        assertTrue(site.exists("news/铁路.html"), "an escaped name is the name");
    }

    @Test
    void theRedirectsFileListsEveryAliasForNetlifyAndCloudflarePages() throws Exception {
        TestSite site = TestSite.in(dir).news();
        site.article("2024/rail-line-opens.zh.md", """
                title: "铁路新线开通运营"
                lang: "zh"
                date: "2024-05-01"
                slug: "rail-line-opens"
                aliases: ["/zh/2024/05/old-rail/", "/news/rail.html", "/zh/tags/"]
                """, "新线今日开通。\n");

        site.build();
        assertFalse(site.exists("_redirects"), "only when asked");
        site.duet(site.config().redirectsFile(true).build()).build();

        assertEquals("""
                /news/rail.html /zh/2024/05/rail-line-opens/ 301
                /zh/2024/05/old-rail/ /zh/2024/05/rail-line-opens/ 301
                """, site.read("_redirects"));
    }

    @Test
    void aPublishedPageThatDisappearsIsAWarningUnlessAnAliasKeepsIt() throws Exception {
        TestSite site = TestSite.in(dir).news();
        String article = """
                title: "铁路新线开通运营"
                lang: "zh"
                date: "2024-05-01"
                slug: "%s"
                %s
                """;
        site.article("2024/rail.zh.md", article.formatted("rail-line-opens", ""), "新线今日开通。\n");
        site.build();

        site.article("2024/rail.zh.md", article.formatted("new-rail-line-opens", ""), "新线今日开通。\n");
        site.infos().clear();
        BuildResult moved = site.build();
        assertTrue(moved.problems().stream().noneMatch(p -> p.code().equals("check.page-gone")),
                "the build's problems are a fresh build's");
        assertTrue(site.infos().contains("This build removed 1 page an earlier build published, which links and feed"
                + " readers may know: /zh/2024/05/rail-line-opens/. If a story moved, add its old address to its"
                + " aliases; duet:check tells each with what to do"), "the build that removes it says so: "
                + site.infos());
        List<Problem> gone = site.duet().check().stream().filter(p -> p.code().equals("check.page-gone")).toList();
        assertEquals(1, gone.size(), gone.toString());
        assertTrue(gone.get(0).message().contains("\"/zh/2024/05/rail-line-opens/\""), gone.toString());
        site.build();
        assertEquals(1, site.duet().check().stream().filter(p -> p.code().equals("check.page-gone")).count(),
                "told until it is kept");

        site.article("2024/rail.zh.md", article.formatted("new-rail-line-opens",
                "aliases: [\"/zh/2024/05/rail-line-opens/\"]"), "新线今日开通。\n");
        site.build();
        assertTrue(site.duet().check().stream().noneMatch(p -> p.code().equals("check.page-gone")));
    }

    @Test
    void aStoryMovedWithItsOldAddressInItsAliasesKeepsItsFeedEntrysId() throws Exception {
        TestSite site = TestSite.in(dir).news();
        String article = "title: \"铁路新线开通运营\"\nlang: \"zh\"\ndate: \"%s\"\nslug: \"%s\"\n%s";
        site.article("2024/rail.zh.md", article.formatted("2024-05-01", "rail-line-opens", ""), "新线今日开通。\n");
        site.build();
        String id = "<id>https://news.example.org/zh/2024/05/rail-line-opens/</id>";
        assertTrue(site.read("zh/feed.xml").contains(id));

        // A new date and a new slug, the first address in its aliases as the README asks, and one more alias.
        site.article("2024/rail.zh.md", article.formatted("2024-06-01", "new-rail-line-opens",
                "aliases: [\"/zh/2024/05/rail-line-opens/\", \"/news/rail.html\"]"), "新线今日开通。\n");
        site.build();
        String feed = site.read("zh/feed.xml");
        assertTrue(feed.contains(id), feed);
        assertTrue(feed.contains("<link rel=\"alternate\" type=\"text/html\""
                + " href=\"https://news.example.org/zh/2024/06/new-rail-line-opens/\"/>"), feed);
        // The other stories keep their addresses as ids.
        assertTrue(feed.contains("<id>https://news.example.org/zh/2024/05/wang-yi-attends-sco-meeting/</id>"), feed);
    }

    @Test
    void theParallelPageOfAMovedOrWithdrawnStoryLeadsWhereItsArticleDoes() throws Exception {
        TestSite site = TestSite.in(dir).news();
        String zh = "title: \"铁路新线开通运营\"\nlang: \"zh\"\ndate: \"2024-05-01\"\nslug: \"%s\"\n%s";
        String en = "title: \"Rail Line Opens\"\nlang: \"en\"\ndate: \"2024-05-01\"\nslug: \"%s\"\n%s";
        site.article("2024/rail.zh.md", zh.formatted("rail-line-opens", ""), "新线今日开通。\n");
        site.article("2024/rail.en.md", en.formatted("rail-line-opens", ""), "The new line opened today.\n");
        site.build();
        assertTrue(site.exists("zh/2024/05/rail-line-opens/parallel/index.html"));

        String alias = "aliases: [\"/zh/2024/05/rail-line-opens/\"]";
        site.article("2024/rail.zh.md", zh.formatted("new-rail-line-opens", alias), "新线今日开通。\n");
        site.article("2024/rail.en.md", en.formatted("new-rail-line-opens", ""), "The new line opened today.\n");
        assertFalse(site.duet(site.config().redirectsFile(true).build()).build().hasErrors());
        Document moved = site.page("zh/2024/05/rail-line-opens/parallel/index.html");
        assertEquals("/zh/2024/05/new-rail-line-opens/parallel/", moved.selectFirst("body a").attr("href"));
        assertTrue(site.read("_redirects").contains(
                "/zh/2024/05/rail-line-opens/parallel/ /zh/2024/05/new-rail-line-opens/parallel/ 301"));

        site.article("2024/rail.zh.md", zh.formatted("new-rail-line-opens", alias + "\nunpublished: true"),
                "新线今日开通。\n");
        site.build();
        Document withdrawn = site.page("zh/2024/05/new-rail-line-opens/parallel/index.html");
        assertEquals("/zh/2024/05/new-rail-line-opens/", withdrawn.selectFirst("body a").attr("href"));
        assertFalse(site.exists("zh/2024/05/rail-line-opens/parallel/index.html"), "no 中英对照 page to lead to");
    }

    @Test
    void aTagPageGoneWithItsLastStoryIsToldByTheCheckUntilAStoryHasTheTagAgain() throws Exception {
        TestSite site = TestSite.in(dir).news();
        String article = "title: \"Rail Line Opens\"\nlang: \"en\"\ndate: \"2024-05-01\"\nslug: \"rail\"\ntags: [%s]";
        site.article("2024/rail.en.md", article.formatted("\"High-Speed Rail\""), "The line opened.\n");
        site.build();
        assertTrue(site.exists("en/tags/high-speed-rail/feed.xml"));

        site.article("2024/rail.en.md", article.formatted("\"Railways\""), "The line opened.\n");
        site.build();
        List<Problem> gone = site.duet().check().stream().filter(p -> p.code().equals("check.page-gone")).toList();
        assertEquals(1, gone.size(), gone.toString());
        assertTrue(gone.get(0).message().startsWith("an earlier build published the tag page /en/tags/high-speed-rail/"
                + " and its feed, and the site no longer has them"), gone.get(0).message());

        site.article("2024/rail.en.md", article.formatted("\"Railways\", \"High-Speed Rail\""), "The line opened.\n");
        site.build();
        assertTrue(site.duet().check().stream().noneMatch(p -> p.code().equals("check.page-gone")));
    }

    @Test
    void aPageThatMovedWithANewDateIsToldOnItsArticleWithItsNewAddress() throws Exception {
        TestSite site = TestSite.in(dir).news();
        String article = "title: \"铁路新线开通运营\"\nlang: \"zh\"\ndate: \"%s\"\nslug: \"rail-line-opens\"";
        site.article("2024/rail.zh.md", article.formatted("2024-05-01"), "新线今日开通。\n");
        site.build();

        site.article("2024/rail.zh.md", article.formatted("2024-06-01"), "新线今日开通。\n");
        site.build();

        List<Problem> gone = site.duet().check().stream().filter(p -> p.code().equals("check.page-gone")).toList();
        assertEquals(1, gone.size(), gone.toString());
        assertEquals("articles/2024/rail.zh.md", gone.get(0).file());
        assertTrue(gone.get(0).message().contains("it is now at /zh/2024/06/rail-line-opens/")
                && gone.get(0).message().contains("add \"/zh/2024/05/rail-line-opens/\" to its aliases"),
                gone.get(0).message());
    }

    @Test
    void aDamagedListOfPagesGoneIsForgottenAndStartedAgain() throws Exception {
        TestSite site = TestSite.in(dir).news();
        String article = """
                title: "铁路新线开通运营"
                lang: "zh"
                date: "2024-05-01"
                slug: "%s"
                """;
        site.article("2024/rail.zh.md", article.formatted("rail-line-opens"), "新线今日开通。\n");
        site.build();
        Files.write(dir.resolve("target/duet/pages-gone.txt"), new byte[] {'z', 'h', '/', (byte) 0xC3, '(', '\n'});

        site.article("2024/rail.zh.md", article.formatted("new-rail-line-opens"), "新线今日开通。\n");
        BuildResult moved = site.build();

        assertFalse(moved.hasErrors(), moved.problems().toString());
        List<Problem> gone = site.duet().check().stream().filter(p -> p.code().equals("check.page-gone")).toList();
        assertEquals(1, gone.size(), gone.toString());
        assertTrue(gone.get(0).message().contains("\"/zh/2024/05/rail-line-opens/\""), gone.toString());
    }

    @Test
    void aPageGoneWhoseFileIsNowADraftIsToldOnThatFile() throws Exception {
        TestSite site = TestSite.in(dir).news();
        String article = "title: \"铁路新线开通运营\"\nlang: \"zh\"\ndate: \"2024-05-01\"\nslug: \"rail\"\n";
        site.article("2024/rail.zh.md", article, "新线今日开通。\n");
        site.build();
        site.article("2024/rail.zh.md", article + "draft: true\n", "新线今日开通。\n");
        site.build();

        List<Problem> gone = site.duet().check().stream().filter(p -> p.code().equals("check.page-gone")).toList();

        assertEquals(1, gone.size(), gone.toString());
        assertEquals("articles/2024/rail.zh.md", gone.get(0).file());
        assertTrue(gone.get(0).message().contains("/zh/2024/05/rail/") && gone.get(0).message().contains("draft"),
                gone.get(0).message());
    }

    @Test
    void anUpdateBeforeTheDateIsAProblemWithItsLine() throws Exception {
        TestSite site = TestSite.in(dir).news();
        site.article("2024/rail-line-opens.zh.md", """
                title: "铁路新线开通运营"
                lang: "zh"
                date: "2024-05-01"
                slug: "rail-line-opens"
                updated: "2024-04-30"
                """, "新线今日开通。\n");
        site.article("2024/rail-line-opens.en.md", """
                title: "Rail Line Opens"
                lang: "en"
                date: "2024-05-01"
                updated: "yesterday"
                """, "The new line opens today.\n");

        site.build();

        List<Problem> updated = site.problems().stream().filter(p -> p.code().equals("content.updated")).toList();
        assertEquals(2, updated.size(), updated.toString());
        assertTrue(updated.stream().allMatch(p -> p.line() == (p.file().endsWith("zh.md") ? 6 : 5)),
                updated.toString());
        assertTrue(site.page("zh/2024/05/rail-line-opens/index.html").select(".updated").isEmpty());
    }

    @Test
    void anUpdateBeforeADateWhoseTimeCannotBeReadIsAProblemByTheDayAndIsIgnored() throws Exception {
        TestSite site = TestSite.in(dir).news();
        site.article("2025/late.en.md", """
                title: "Late Story"
                lang: "en"
                date: "2025-07-01T24:54"
                updated: "2025-06-01"
                """, "Filed late.\n");
        site.article("2025/same-day.en.md", """
                title: "Same Day Story"
                lang: "en"
                date: "2025-07-01T24:54"
                updated: "2025-07-01"
                """, "Filed late, updated the same day.\n");

        site.build();

        List<Problem> updated = site.problems().stream().filter(p -> p.code().equals("content.updated")).toList();
        assertEquals(1, updated.size(), site.problems().toString());
        assertEquals("articles/2025/late.en.md", updated.get(0).file());
        assertEquals(5, updated.get(0).line());
        assertTrue(updated.get(0).message().contains("(2025-07-01)"), updated.get(0).message());
        assertEquals(2, site.problems().stream().filter(p -> p.code().equals("content.date-time")).count());
        Document late = site.page("en/2025/07/late/index.html");
        assertTrue(late.select(".updated").isEmpty(), late.select(".article-meta").outerHtml());
        String jsonLd = late.select("script[type=application/ld+json]").html();
        assertFalse(jsonLd.contains("2025-06-01"), jsonLd);
        assertFalse(site.page("en/2025/07/same-day/index.html").select(".updated").isEmpty(),
                "an update on the day as read is kept");
    }

    @Test
    void aTimeInTheDateThatCannotBeReadIsAProblemWithItsLine() throws Exception {
        TestSite site = TestSite.in(dir).news();
        site.article("2024/late.en.md", """
                title: "Late Story"
                lang: "en"
                date: "2024-12-31T24:54:00+08:00"
                """, "Filed late.\n");
        site.article("2024/early.en.md", """
                title: "Early Story"
                lang: "en"
                date: "2024-12-31 08:00"
                """, "Filed early.\n");
        site.article("2024/noon.en.md", """
                title: "Noon Story"
                lang: "en"
                date: "2024-12-31t12:00+0800"
                """, "Filed at noon.\n");

        site.build();

        List<Problem> time = site.problems().stream().filter(p -> p.code().equals("content.date-time")).toList();
        assertEquals(1, time.size(), site.problems().toString());
        assertEquals("articles/2024/late.en.md", time.get(0).file());
        assertEquals(4, time.get(0).line());
        assertTrue(time.get(0).message().contains("2024-12-31T24:54:00+08:00"), time.get(0).message());
        assertEquals(Severity.WARNING, time.get(0).severity());
        // Dated by its day alone, it comes before the day's story with a time.
        assertEquals("2024-12-31", site.page("en/2024/12/late/index.html").select("article time").attr("datetime"));
        // The forms a time is read in are those of the date's day as well.
        assertEquals("2024-12-31T12:00:00+08:00",
                site.page("en/2024/12/noon/index.html").select("article time").attr("datetime"));
        assertFalse(site.problems().stream().anyMatch(Problem::isError), site.problems().toString());
    }

    /**
     * A story whose time cannot be read waits until its day is over: it was published at once, however far ahead its
     * day, and counted as no scheduled story, so that a typo in an embargo's time broke the embargo.
     */
    @Test
    void aTimeInTheDateThatCannotBeReadHoldsTheStoryUntilItsDayIsOver() throws Exception {
        TestSite site = TestSite.in(dir).news();
        site.article("2024/christmas.en.md", """
                title: "Christmas Embargo"
                lang: "en"
                date: "2024-12-25T9:00"
                """, "Under embargo.\n");
        String page = "en/2024/12/christmas/index.html";

        BuildResult october = site.duet(site.config().buildTime("2024-10-02T12:00:00+08:00").build()).build();
        assertFalse(site.exists(page));
        assertNowhere(site, "christmas", "Christmas Embargo");
        assertTrue(october.summary().endsWith("; 1 story scheduled, the next due 2024-12-26 00:00 (UTC+8)"),
                october.summary());
        assertTrue(site.problems().stream().anyMatch(p -> p.code().equals("content.date-time")
                && p.message().contains("held until that day is over in Beijing (2024-12-26 00:00 UTC+8)")),
                site.problems().toString());

        site.duet(site.config().buildTime("2024-12-25T23:59:00+08:00").build()).build();
        assertFalse(site.exists(page), "not on its day either: the time meant may be its last minute");
        site.duet(site.config().buildTime("2024-12-26T00:00:00+08:00").build()).build();
        assertTrue(site.exists(page));
        assertEquals("2024-12-25", site.page(page).select("article time").attr("datetime"));
    }

    @Test
    void anUpdateAfterTheBuildsTimeIsAWarning() throws Exception {
        TestSite site = scheduledSite(dir);
        Path file = dir.resolve("articles/2024/rail-line-opens.en.md");
        Files.writeString(file, Files.readString(file).replace("slug:", "updated: \"2024-06-20 12:00\"\nslug:"));

        site.duet(site.config().buildTime("2024-06-04T02:00:00+08:00").build()).build();

        List<Problem> updated = site.problems().stream().filter(p -> p.code().equals("content.updated")).toList();
        assertEquals(1, updated.size(), site.problems().toString());
        assertEquals("articles/2024/rail-line-opens.en.md", updated.get(0).file());
        assertTrue(updated.get(0).message().startsWith("updated (2024-06-20T12:00:00+08:00) is after the build's"
                + " time (2024-06-04T02:00:00+08:00)"), updated.get(0).message());
        site.problems().clear();
        // A build after that time (forced: no file changed, and the pages are as they were) says nothing of it.
        site.duet(site.config().buildTime("2024-06-21T00:00:00+08:00").force(true).build()).build();
        assertTrue(site.problems().stream().noneMatch(p -> p.code().equals("content.updated")),
                site.problems().toString());
    }

    @Test
    void theSameInputAndBuildTimeGiveTheSameBytes() throws Exception {
        Map<String, byte[]> first = lifecycleSite(dir.resolve("a"));
        Map<String, byte[]> second = lifecycleSite(dir.resolve("b"));
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertEquals(new String(bytes, StandardCharsets.UTF_8),
                new String(second.get(path), StandardCharsets.UTF_8), path));
    }

    private Map<String, byte[]> lifecycleSite(Path root) throws IOException {
        TestSite site = scheduledSite(root);
        site.article("2024/old-story.zh.md", """
                title: "旧闻"
                lang: "zh"
                date: "2024-05-02"
                updated: "2024-05-03 10:00"
                correction: "更正了一个日期。"
                unpublished: true
                aliases: ["/zh/old/"]
                """, "旧闻正文。\n");
        site.duet(site.config().buildTime("2024-06-01T08:30:00+08:00").build()).build();
        return site.outputTree();
    }

    /** Dates the site's files an hour back, as files edited long ago are, so that their stamps are trusted. */
    private static void age(TestSite site) throws IOException {
        FileTime old = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        try (Stream<Path> files = Files.walk(site.dir())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, old);
            }
        }
    }

    /** No file of the output holds any of the texts: no list, feed, sitemap, tag page or search index. */
    private static void assertNowhere(TestSite site, String... texts) {
        site.outputTree().forEach((path, bytes) -> {
            if (path.contains("rail-line-opens/index.html")) {
                return; // its own address may hold a withdrawn page
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            for (String t : texts) {
                assertFalse(text.contains(t), path + " holds " + t);
            }
        });
    }

    @Test
    void aParallelPageWhoseTranslationIsTakenBackLeadsToTheChineseArticleUntilItComesBack() throws Exception {
        TestSite site = TestSite.in(dir).news();
        String parallel = "zh/2024/05/wang-yi-attends-sco-meeting/parallel/index.html";
        site.build();
        assertTrue(site.read(parallel).contains("parallel-row"), "a 中英对照 page");
        Path en = dir.resolve("articles/2024/wang-yi-attends-sco-meeting.en.md");
        String english = Files.readString(en);

        // The translation made a draft again: the address leads to the Chinese article, not to a 404.
        Files.writeString(en, english.replaceFirst("\n---", "\ndraft: true\n---"));
        site.build();
        Document standIn = site.page(parallel);
        assertEquals("0; url=/zh/2024/05/wang-yi-attends-sco-meeting/",
                standIn.select("meta[http-equiv=refresh]").attr("content"));
        assertEquals("noindex", standIn.select("meta[name=robots]").attr("content"));
        assertFalse(site.read("sitemap.xml").contains("/parallel/"), "no stand-in in the sitemap");
        assertFalse(site.exists("zh/2024/03/pu-er-coffee-harvest/parallel/index.html"),
                "a story that never had a translation has no 中英对照 address");

        // Published again, the page is the 中英对照 page again.
        Files.writeString(en, english);
        site.build();
        assertTrue(site.read(parallel).contains("parallel-row"));

        // Deleted, its place kept: the address leads to the Chinese article as a clean build's does.
        Files.delete(en);
        site.build();
        assertTrue(Files.readString(dir.resolve("deleted.tsv")).contains("wang-yi-attends-sco-meeting"));
        assertEquals("0; url=/zh/2024/05/wang-yi-attends-sco-meeting/",
                site.page(parallel).select("meta[http-equiv=refresh]").attr("content"));
    }
}
