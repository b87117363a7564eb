package dev.duet.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.Problem;
import dev.duet.testing.TestSite;
import dev.duet.testing.TestSite.News;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link SiteCheck} passes a built site and reports each kind of damage done to a copy of it, naming the page. */
class SiteCheckTest {

    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() throws Exception {
        site = TestSite.in(dir).news();
        assertFalse(site.build().hasErrors());
    }

    private static List<Problem> check(Path root) throws Exception {
        return new SiteCheck(root, URI.create(TestSite.BASE_URL)).run();
    }

    private static List<Problem> errors(List<Problem> problems) {
        return problems.stream().filter(Problem::isError).toList();
    }

    @Test
    void builtSiteHasNoErrors() throws Exception {
        assertEquals(List.of(), errors(check(site.out())));
    }

    @Test
    void duetCheckPassesTheBuiltSite() throws Exception {
        assertEquals(List.of(), errors(site.duet().check()));
    }

    static List<Arguments> damages() {
        return List.of(
                damage("check.broken-link", News.WANG_YI_ZH,
                        html -> html.replace("</main>", "<a href=\"/zh/nowhere/\">x</a></main>")),
                damage("check.broken-link", "zh/tags/index.html",
                        html -> html.replace("</main>", "<a href=\"../2099/01/gone/\">x</a></main>")),
                damage("check.broken-anchor", News.WANG_YI_EN,
                        html -> html.replace("</main>", "<a href=\"/en/#no-such-id\">x</a></main>")),
                damage("check.no-title", "zh/tags/index.html",
                        html -> html.replaceAll("<title>.*</title>", "")),
                damage("check.no-lang", "zh/archive/index.html",
                        html -> html.replace("<html lang=\"zh-Hans\">", "<html>")),
                damage("check.one-way-translation", News.WANG_YI_ZH, News.WANG_YI_EN,
                        html -> html.replaceAll("<link rel=\"alternate\" hreflang=\"zh-Hans\"[^>]*>", "")),
                damage("check.empty-tag", "zh/tags/wang-yi/index.html",
                        html -> html.replaceAll("(?s)<article class=\"item\">.*?</article>", "")),
                damage("check.invalid-xml", "zh/feed.xml", xml -> xml.substring(0, xml.length() / 2)),
                damage("check.xml-kind", "sitemap.xml", xml -> xml.replace("urlset", "html")));
    }

    private static Arguments damage(String code, String file, UnaryOperator<String> change) {
        return damage(code, file, file, change);
    }

    /** {@code reported}: the page the problem is reported on, which may differ from the damaged file. */
    private static Arguments damage(String code, String reported, String file, UnaryOperator<String> change) {
        return Arguments.of(code, reported, file, change);
    }

    @ParameterizedTest(name = "{0} in {2}")
    @MethodSource("damages")
    void reportsDamageWithItsCodeAndPage(String code, String reported, String file, UnaryOperator<String> change,
            @TempDir Path copy) throws Exception {
        TestSite.copy(site.out(), copy);
        Path damaged = copy.resolve(file);
        String before = Files.readString(damaged, StandardCharsets.UTF_8);
        String after = change.apply(before);
        assertFalse(before.equals(after), "the damage must change " + file);
        Files.writeString(damaged, after, StandardCharsets.UTF_8);

        List<Problem> errors = errors(check(copy));

        assertTrue(errors.stream().anyMatch(p -> p.code().equals(code) && p.file().equals(reported)),
                errors.toString());
        assertTrue(errors.stream().allMatch(p -> p.code().equals(code)), "only the damage is reported: " + errors);
    }

    @Test
    void duetCheckReportsTwoArticlesAtOneAddress(@TempDir Path other) throws Exception {
        TestSite twins = TestSite.in(other);
        twins.article("2024/a.zh.md", "title: \"甲\"\nlang: \"zh\"\ndate: \"2024-06-01\"\nslug: \"same\"", "甲。\n");
        twins.article("2024/b.zh.md", "title: \"乙\"\nlang: \"zh\"\ndate: \"2024-06-01\"\nslug: \"same\"", "乙。\n");
        twins.build();

        List<Problem> problems = twins.duet().check();

        assertTrue(problems.stream().anyMatch(p -> p.code().equals("content.duplicate-slug") && p.isError()
                && p.file().equals("articles/2024/b.zh.md")
                && p.message().startsWith("another zh article, articles/2024/a.zh.md, published no later, already"
                + " has the address")), problems.toString());
        assertTrue(twins.exists("zh/2024/06/same/index.html") && twins.exists("zh/2024/06/same-2/index.html"));
    }

    @Test
    void aNewerArticleAskingForAnOlderOnesAddressNeverTakesItWhateverItsFileIsCalled(@TempDir Path other)
            throws Exception {
        TestSite twins = TestSite.in(other);
        twins.article("2024/older.en.md",
                "title: \"The Meeting\"\nlang: \"en\"\ndate: \"2024-05-21\"\nslug: \"meeting\"",
                "The meeting.\n");
        twins.build();
        String page = twins.read("en/2024/05/meeting/index.html");
        String feed = twins.read("en/feed.xml");
        // A follow-up whose writer copied the front matter, in a file whose name sorts first.
        twins.article("2024/a-follow-up.en.md", "title: \"After the Meeting\"\nlang: \"en\"\ndate: \"2024-05-30\"\n"
                + "slug: \"meeting\"", "After it.\n");
        twins.problems().clear();
        twins.build();

        assertTrue(twins.problems().stream().anyMatch(p -> p.code().equals("content.duplicate-slug") && p.isError()
                && p.file().equals("articles/2024/a-follow-up.en.md")), twins.problems().toString());
        assertTrue(twins.read("en/2024/05/meeting/index.html").contains("The meeting."), "the older keeps its page");
        assertTrue(twins.read("en/2024/05/meeting-2/index.html").contains("After it."));
        org.jsoup.nodes.Document entries = org.jsoup.Jsoup.parse(twins.read("en/feed.xml"), "",
                org.jsoup.parser.Parser.xmlParser());
        assertTrue(entries.select("entry").stream()
                .filter(e -> e.selectFirst("title").text().equals("The Meeting")).findFirst().orElseThrow()
                .selectFirst("id").text().endsWith("/en/2024/05/meeting/"), "and its feed entry's id");
        assertTrue(page.contains("The Meeting") && feed.contains("/en/2024/05/meeting/"));
    }

    @Test
    void aNewerArticleCopyingAnOlderOnesTranslationKeyIsLeftOutNotTheOlder(@TempDir Path other) throws Exception {
        TestSite twins = TestSite.in(other);
        twins.article("2024/older.en.md", "title: \"Older\"\nlang: \"en\"\ndate: \"2024-05-21\"\ntranslationKey: \"k\"",
                "Older.\n");
        twins.article("2024/older.zh.md", "title: \"旧\"\nlang: \"zh\"\ndate: \"2024-05-21\"\ntranslationKey: \"k\"",
                "旧。\n");
        twins.build();
        twins.article("2024/a-copy.en.md", "title: \"Copy\"\nlang: \"en\"\ndate: \"2024-05-30\"\ntranslationKey: \"k\"",
                "Copy.\n");
        twins.problems().clear();
        twins.build();

        assertTrue(twins.problems().stream().anyMatch(p -> p.code().equals("content.duplicate-translation")
                && p.isError() && p.file().equals("articles/2024/a-copy.en.md") && p.message().startsWith(
                "another en file, articles/2024/older.en.md, published no later,")), twins.problems().toString());
        assertTrue(twins.read("en/2024/05/older/index.html").contains("Older."), "the older keeps its page");
        assertFalse(twins.exists("en/2024/05/a-copy/index.html"));
    }

    @Test
    void builtSiteCheckedWithItsOwnBaseUrlHasNoWarningAboutIt() throws Exception {
        assertTrue(check(site.out()).stream().noneMatch(p -> p.code().startsWith("check.base-url")
                || p.code().equals("check.default-base-url")), check(site.out()).toString());
    }

    @Test
    void warnsWhenTheSiteWasBuiltForAnotherBaseUrlThanTheCheckRunsWith() throws Exception {
        List<Problem> problems = new SiteCheck(site.out(), URI.create("https://other.example.org/")).run();

        Problem p = problems.stream().filter(q -> q.code().equals("check.base-url")).findFirst()
                .orElseThrow(() -> new AssertionError(problems.toString()));
        assertFalse(p.isError());
        assertTrue(p.message().contains("https://other.example.org/"), p.message());
        assertTrue(p.message().contains(TestSite.BASE_URL), "names a URL of the site as built: " + p.message());
    }

    @Test
    void warnsThatASiteBuiltForTheDefaultBaseUrlCannotBePublished(@TempDir Path other) throws Exception {
        TestSite local = TestSite.in(other).news();
        local.duet(local.config().baseUrl(SiteConfig.DEFAULT_BASE_URL).build()).build();

        List<Problem> problems = local.duet(local.config().baseUrl(SiteConfig.DEFAULT_BASE_URL).build()).check();

        Problem p = problems.stream().filter(q -> q.code().equals("check.default-base-url")).findFirst()
                .orElseThrow(() -> new AssertionError(problems.toString()));
        assertFalse(p.isError());
        assertTrue(p.message().contains("-Dduet.baseUrl"), p.message());
        assertEquals(List.of(), errors(problems));
    }

    @Test
    void saysWhenTheSiteWasBuiltForTheDefaultBaseUrlAndCheckedWithAnother(@TempDir Path other) throws Exception {
        TestSite local = TestSite.in(other).news();
        local.duet(local.config().baseUrl(SiteConfig.DEFAULT_BASE_URL).build()).build();

        List<Problem> problems = local.duet().check();

        Problem p = problems.stream().filter(q -> q.code().equals("check.base-url")).findFirst()
                .orElseThrow(() -> new AssertionError(problems.toString()));
        assertTrue(p.message().contains("default base URL " + SiteConfig.DEFAULT_BASE_URL), p.message());
    }

    @Test
    void aSiteBuiltForAnotherBasePathIsOneErrorAndItsLinksAreCheckedAsBuilt() throws Exception {
        List<Problem> problems = new SiteCheck(site.out(), URI.create("https://user.github.io/my-news/")).run();

        List<Problem> errors = errors(problems);
        assertEquals(1, errors.size(), errors.toString());
        Problem p = errors.get(0);
        assertEquals("check.base-url", p.code());
        assertEquals("robots.txt", p.file());
        assertTrue(p.line() > 0);
        assertTrue(p.message().contains("https://user.github.io/my-news/") && p.message().contains(TestSite.BASE_URL),
                p.message());
        assertEquals(check(site.out()).stream().filter(q -> !q.code().startsWith("check.base-url")).toList(),
                problems.stream().filter(q -> !q.code().startsWith("check.base-url")).toList(),
                "the other findings are those of a check with the base the site was built for");
    }
}
