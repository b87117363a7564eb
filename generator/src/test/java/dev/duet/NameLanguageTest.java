package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.duet.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name in the other language is marked with its language, so that a screen reader reads it in the right voice:
 * a tag no glossary entry names in Chinese keeps its English on the Chinese pages, and a reporter the glossary does
 * not name in English keeps the Chinese name on the English pages. Names in the page's language carry no mark.
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
        assertEquals(List.of("en"), zh.select(".article-tags a[rel=tag]").stream().map(e -> e.attr("lang")).toList());
        assertEquals(List.of(""), zh.select("a[rel=author]").stream().map(e -> e.attr("lang")).toList(), "a Chinese name on a Chinese page");
        Document zhTag = site.page("zh/tags/kazakhstan/index.html");
        assertEquals(List.of("en"), zhTag.select(".item .tags a").stream().map(e -> e.attr("lang")).toList());
        assertEquals("en", zhTag.selectFirst("h1 span").attr("lang"));
        assertEquals("Kazakhstan", zhTag.selectFirst("h1 span").text());
        assertEquals("en", site.page("zh/tags/index.html").selectFirst("a[href=/zh/tags/kazakhstan/]").attr("lang"));

        Document en = site.page("en/2024/05/expo/index.html");
        assertEquals(List.of("zh"), en.select("a[rel=author]").stream().map(e -> e.attr("lang")).toList());
        assertEquals(List.of(""), en.select(".article-tags a[rel=tag]").stream().map(e -> e.attr("lang")).toList(), "an English tag in English");
        assertEquals(List.of("zh"), en.select("dd.reporters a").stream().map(e -> e.attr("lang")).toList());
        String href = site.page("en/reporters/index.html").selectFirst("main li a").attr("href");
        Document enReporter = site.page(java.net.URLDecoder.decode(href.substring(1), "UTF-8") + "index.html");
        assertEquals("zh", enReporter.selectFirst("h1 span").attr("lang"));
        assertEquals("zh", site.page("en/reporters/index.html").selectFirst("main li a").attr("lang"));
    }
}
