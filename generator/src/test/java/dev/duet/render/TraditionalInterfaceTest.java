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
    }
}
