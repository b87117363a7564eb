package dev.duet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.testing.TestSite;
import dev.duet.testing.TestSite.News;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** schema.org NewsArticle metadata on article pages, read back as data (JSON is YAML 1.2). */
class JsonLdTest {

    private static final String BREAKOUT = "</script><script>alert(1)</script>";

    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() throws Exception {
        site = TestSite.in(dir).news();
        site.article("2024/breakout.en.md", """
                title: "%s <!-- \\u2028 \\"quoted\\""
                lang: "en"
                date: "2024-01-05"
                reporters: ["</script>"]
                """.formatted(BREAKOUT), "Body.\n");
        assertFalse(site.build().hasErrors());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> jsonLd(String page) throws Exception {
        Document doc = site.page(page);
        List<Element> scripts = doc.select("script[type=application/ld+json]");
        assertEquals(1, scripts.size());
        Object loaded = new Load(LoadSettings.builder().build()).loadFromString(scripts.get(0).data());
        return (Map<String, Object>) loaded;
    }

    @SuppressWarnings("unchecked")
    private static <T> T get(Map<String, Object> map, String key) {
        return (T) map.get(key);
    }

    @Test
    void chineseArticleDescribesItselfAndPointsAtItsTranslation() throws Exception {
        Map<String, Object> json = jsonLd(News.WANG_YI_ZH);
        assertEquals("https://schema.org", json.get("@context"));
        assertEquals("NewsArticle", json.get("@type"));
        assertEquals("王毅出席上合组织外长会议", json.get("headline"));
        assertEquals("2024-05-21T00:00:00+08:00", json.get("datePublished"));
        assertEquals("zh-Hans", json.get("inLanguage"));
        List<Map<String, Object>> authors = get(json, "author");
        assertEquals(List.of("张三", "李四"), authors.stream().map(a -> a.get("name")).toList());
        // The site publishes it, at its home page's address; the agency that filed it is its source.
        assertEquals(Map.of("@type", "Organization", "name", "双语新闻", "url", TestSite.BASE_URL + "zh/"),
                json.get("publisher"));
        assertEquals(Map.of("@type", "Organization", "name", "新华社"), json.get("sourceOrganization"));
        assertEquals(List.of("王毅", "上海合作组织"), json.get("keywords"));
        assertEquals(News.WANG_YI_SOURCE, json.get("isBasedOn"));
        Map<String, Object> translation = get(json, "workTranslation");
        assertEquals(TestSite.BASE_URL + "en/2024/05/wang-yi-attends-sco-meeting/", translation.get("@id"));
        assertEquals("en", translation.get("inLanguage"));
        assertNull(json.get("translationOfWork"));
    }

    @Test
    void englishArticleIsATranslationOfTheChinese() throws Exception {
        Map<String, Object> json = jsonLd(News.WANG_YI_EN);
        assertEquals("Wang Yi Attends SCO Foreign Ministers' Meeting", json.get("headline"));
        assertEquals("en", json.get("inLanguage"));
        List<Map<String, Object>> authors = get(json, "author");
        assertEquals(List.of("Zhang San", "Li Si"), authors.stream().map(a -> a.get("name")).toList());
        assertEquals(List.of("Wang Yi", "Shanghai Cooperation Organization (SCO)"), json.get("keywords"));
        Map<String, Object> original = get(json, "translationOfWork");
        assertEquals(TestSite.BASE_URL + "zh/2024/05/wang-yi-attends-sco-meeting/", original.get("@id"));
        assertNull(json.get("workTranslation"));
    }

    @Test
    void titleCannotBreakOutOfTheScriptElement() throws Exception {
        String page = "en/2024/01/breakout/index.html";
        // The theme's own script of the "most read" box is a file of the site, not the page's: leave it out.
        String html = site.read(page).replace("<script src=\"/js/most-read.js\" defer></script>", "");
        int first = html.indexOf("<script");
        assertTrue(first >= 0);
        assertEquals(-1, html.indexOf("<script", first + 1), "a second <script> in the page");
        assertEquals(1, html.split("</script>", -1).length - 1, "one </script> only");
        Map<String, Object> json = jsonLd(page);
        assertEquals(BREAKOUT + " <!-- \u2028 \"quoted\"", json.get("headline"));
        List<Map<String, Object>> authors = get(json, "author");
        assertEquals("</script>", authors.get(0).get("name"));
        assertTrue(site.page(page).select("script:not([src=/js/most-read.js])").stream()
                .allMatch(s -> s.attr("type").equals("application/ld+json")));
    }
}
