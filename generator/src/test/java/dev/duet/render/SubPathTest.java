package dev.duet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.check.SiteCheck;
import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.Problem;
import dev.duet.testing.TestSite;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A site served from a sub-path (GitHub project pages) or from the root links only within itself. */
class SubPathTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"https://user.github.io/repo/, /repo/", "https://user.github.io/, /",
            "https://news.example.org/a/b, /a/b/"})
    void everyLinkStaysUnderTheBaseUrl(String baseUrl, String basePath) throws Exception {
        TestSite site = TestSite.in(dir).news();
        SiteConfig config = site.config().baseUrl(baseUrl).build();
        assertFalse(site.duet(config).build().hasErrors());
        String absolute = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        Map<String, byte[]> files = TestSite.tree(site.out());

        for (var file : files.entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            if (file.getKey().endsWith(".html")) {
                checkPage(file.getKey(), Jsoup.parse(text), absolute, basePath);
            } else if (file.getKey().endsWith(".xml")) {
                checkXml(file.getKey(), text, absolute);
            } else if (file.getKey().endsWith(".css")) {
                Matcher url = Pattern.compile("url\\(\\s*['\"]?(/[^)'\"]*)").matcher(text);
                while (url.find()) {
                    assertTrue(url.group(1).startsWith(basePath), file.getKey() + ": " + url.group());
                }
            }
        }
        assertTrue(new String(files.get("robots.txt"), StandardCharsets.UTF_8)
                .contains("Sitemap: " + absolute + "sitemap.xml"));

        List<Problem> errors = new SiteCheck(site.out(), URI.create(absolute)).run().stream()
                .filter(Problem::isError).toList();
        assertEquals(List.of(), errors);
    }

    private static void checkPage(String path, Document page, String absolute, String basePath) {
        for (Element el : page.select("a[href], link[href], script[src], img[src]")) {
            String link = el.hasAttr("href") ? el.attr("href") : el.attr("src");
            if (link.startsWith("#")) {
                continue;
            }
            boolean external = el.hasClass("source-link") || el.parents().hasClass("article-body");
            if (link.startsWith("http")) {
                assertTrue(external || link.startsWith(absolute), path + ": " + el);
            } else {
                assertTrue(link.startsWith(basePath), path + ": " + el);
            }
        }
        for (Element el : page.select("link[rel=canonical], link[rel=alternate][hreflang]")) {
            assertTrue(el.attr("href").startsWith(absolute), path + ": " + el);
        }
        for (Element el : page.select("meta[property=og:url]")) {
            assertTrue(el.attr("content").startsWith(absolute), path + ": " + el);
        }
        assertEquals(page.selectFirst("link[rel=canonical]").attr("href"),
                page.select("meta[property=og:url]").isEmpty() ? page.selectFirst("link[rel=canonical]").attr("href")
                        : page.selectFirst("meta[property=og:url]").attr("content"), path);
    }

    private static void checkXml(String path, String text, String absolute) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        for (String name : List.of("id", "loc")) {
            var nodes = doc.getElementsByTagNameNS("*", name);
            for (int i = 0; i < nodes.getLength(); i++) {
                String value = nodes.item(i).getTextContent().strip();
                assertTrue(value.startsWith(absolute), path + ": <" + name + "> " + value);
            }
        }
        var links = doc.getElementsByTagNameNS("*", "link");
        for (int i = 0; i < links.getLength(); i++) {
            String href = ((org.w3c.dom.Element) links.item(i)).getAttribute("href");
            assertTrue(href.startsWith(absolute), path + ": link " + href);
        }
    }
}
