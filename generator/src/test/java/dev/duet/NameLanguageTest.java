package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.duet.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name in the other language is marked with its language, so that a screen reader reads it in the right voice:
 * a tag no glossary entry names in Chinese keeps its English on the Chinese pages, and a reporter the glossary does
 * not name in English keeps the Chinese name on the English pages; names in the page's language are in the page's.
 */
class NameLanguageTest {

    @TempDir
    Path dir;

    @Test
    void aNameInTheOtherLanguageIsMarkedWithItsLanguageOnEveryPageThatShowsIt() throws Exception {
        TestSite site = TestSite.in(dir)
                .article("2024/expo.zh.md", "title: \"博览会开幕\"\nlang: \"zh\"\ndate: \"2024-05-10\"\n"
                        + "tags: [\"Kazakhstan\"]\nreporters: [\"单璐\"]", "博览会开幕。\n")
                .article("2024/expo.en.md", "title: \"The Expo Opens\"\nlang: \"en\"\ndate: \"2024-05-10\"\n"
                        + "tags: [\"Kazakhstan\"]\nreporters: [\"单璐\"]", "The expo opens.\n");
        site.build();

        Document zh = site.page("zh/2024/05/expo/index.html");
        assertEquals(List.of("en"), langs(zh.select(".article-tags a[rel=tag]")));
        assertEquals(List.of("zh-Hans"), langs(zh.select("a[rel=author]")), "a Chinese name on a Chinese page");
        Document zhTag = site.page("zh/tags/kazakhstan/index.html");
        assertEquals(List.of("en"), zhTag.select(".item .tags a").stream().map(NameLanguageTest::lang).toList());
        assertEquals("en", lang(zhTag.selectFirst("h1 span")));
        assertEquals("Kazakhstan", zhTag.selectFirst("h1 span").text());
        assertEquals("en", lang(site.page("zh/tags/index.html").selectFirst("a[href=/zh/tags/kazakhstan/]")));

        Document en = site.page("en/2024/05/expo/index.html");
        assertEquals(List.of("zh"), en.select("a[rel=author]").stream().map(NameLanguageTest::lang).toList());
        assertEquals(List.of("en"), langs(en.select(".article-tags a[rel=tag]")), "an English tag in English");
        assertEquals(List.of("zh"), en.select("dd.reporters a").stream().map(NameLanguageTest::lang).toList());
        String href = site.page("en/reporters/index.html").selectFirst("main li a").attr("href");
        Document enReporter = site.page(java.net.URLDecoder.decode(href.substring(1), "UTF-8") + "index.html");
        assertEquals("zh", lang(enReporter.selectFirst("h1 span")));
        assertEquals("zh", lang(site.page("en/reporters/index.html").selectFirst("main li a")));
    }

    private static List<String> langs(org.jsoup.select.Elements elements) {
        return elements.stream().map(NameLanguageTest::lang).toList();
    }

    /** The language a reader's tools take the element's text to be in: the nearest {@code lang} attribute's. */
    private static String lang(Element element) {
        return element.closest("[lang]").attr("lang");
    }
}
