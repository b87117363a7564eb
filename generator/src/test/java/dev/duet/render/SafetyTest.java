package dev.duet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.BuildResult;
import dev.duet.testing.TestSite;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * Hostile article files, as a careless or malicious editor could write them, must not put script into any page,
 * make a {@code javascript:} link, or write a file outside the output folder.
 */
class SafetyTest {

    private static final Pattern SCRIPT_URL = Pattern.compile("^[\\s\\x00-\\x1f]*(javascript|vbscript|data):",
            Pattern.CASE_INSENSITIVE);

    @TempDir
    static Path dir;
    static TestSite site;
    static BuildResult result;

    @BeforeAll
    static void build() throws Exception {
        site = TestSite.in(dir);
        site.article("2024/hostile.zh.md", """
                title: "<script>alert(1)</script>"
                lang: "zh"
                date: "2024-05-01"
                slug: "../../etc/passwd"
                tags: ["<script>alert(4)</script>", "\\" onerror=\\"alert(5)"]
                dateline: "\\"><script>alert(7)</script>"
                agency: "<img src=x onerror=alert(8)>"
                reporters: ["<b onmouseover=alert(6)>x</b>"]
                source:
                  url: "javascript:alert(1)"
                  name: "<script>alert(9)</script>"
                """, """
                [x](javascript:alert(1)) and [y](JaVaScRiPt:alert(2)) and [z](  javascript:alert(3))

                [w](java&#115;cript:alert(10)) <javascript:alert(11)> [d](data:text/html;base64,PHNjcmlwdD4=)

                <img src=x onerror=alert(1)>

                <script>alert(12)</script>

                <a href="javascript:alert(13)" onclick="alert(14)">raw link</a>

                ![img](javascript:alert(15))

                [ok](https://example.org/fine)
                """);
        site.article("2024/hostile.en.md", """
                title: "</title><script>alert(1)</script>"
                lang: "en"
                date: "2024-05-01"
                slug: "../../etc/passwd"
                tags: ["<script>alert(4)</script>"]
                headline: "<svg onload=alert(16)>"
                source:
                  url: " JAVASCRIPT:alert(1)"
                """, "<iframe src=\"javascript:alert(17)\"></iframe> [e](javascript:alert(18))\n");
        site.article("2024/🎉！.zh.md", """
                title: "🎉🎉！！？？"
                lang: "zh"
                date: "2024-05-02"
                """, "🎉\n");
        site.article("2024/punct.en.md", """
                title: "?!... ***"
                lang: "en"
                date: "2024-05-03"
                slug: "///"
                """, "...\n");
        Files.createDirectories(dir.resolve("target/sibling"));
        result = site.build();
    }

    private static Map<String, byte[]> output() {
        return TestSite.tree(site.out());
    }

    @Test
    void noPageRunsScriptFromContent() {
        output().forEach((path, bytes) -> {
            if (!path.endsWith(".html")) {
                return;
            }
            Document doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
            for (Element script : doc.select("script")) {
                // The exceptions: the search page and the article pages' "most read" box load the theme's own
                // scripts from the site, never inline.
                if (path.endsWith("/search/index.html") && script.attr("src").equals("/js/search.js")
                        && script.data().isEmpty()) {
                    continue;
                }
                if (script.attr("src").equals("/js/most-read.js") && script.data().isEmpty()) {
                    continue;
                }
                assertEquals("application/ld+json", script.attr("type"), path + ": " + script);
            }
            assertNoScriptElements(path, doc);
        });
    }

    private static void assertNoScriptElements(String path, Document doc) {
        assertTrue(doc.select("iframe, object, embed, svg, img[onerror]").isEmpty(), path);
        for (Element el : doc.getAllElements()) {
            for (Attribute attr : el.attributes()) {
                assertFalse(attr.getKey().toLowerCase(Locale.ROOT).startsWith("on"), path + ": " + el);
                if (List.of("href", "src", "action", "formaction").contains(attr.getKey())) {
                    assertFalse(SCRIPT_URL.matcher(attr.getValue()).find(), path + ": " + el);
                }
            }
        }
    }

    @Test
    void noFileAnywhereHasAJavascriptLink() throws Exception {
        Pattern href = Pattern.compile("(href|src)\\s*=\\s*[\"']?\\s*(javascript|vbscript):", Pattern.CASE_INSENSITIVE);
        for (var file : output().entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            if (file.getKey().endsWith(".html")) {
                // Parsed, so that hostile text shown escaped on the page is not mistaken for a link.
                for (Element el : Jsoup.parse(text).select("[href], [src]")) {
                    assertFalse(SCRIPT_URL.matcher(el.attr("href") + el.attr("src")).find(), file.getKey() + ": " + el);
                }
                continue;
            }
            var match = href.matcher(text);
            assertFalse(match.find(), () -> file.getKey() + ": "
                    + text.substring(Math.max(0, match.start() - 200), Math.min(text.length(), match.end() + 80)));
            if (file.getKey().endsWith(".xml")) {
                // Feed content is HTML escaped into XML: unescape it and check it as HTML.
                var factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                NodeList contents = factory.newDocumentBuilder().parse(new ByteArrayInputStream(file.getValue()))
                        .getElementsByTagNameNS("*", "content");
                for (int i = 0; i < contents.getLength(); i++) {
                    Document html = Jsoup.parseBodyFragment(contents.item(i).getTextContent());
                    assertTrue(html.select("script").isEmpty(), file.getKey());
                    assertNoScriptElements(file.getKey(), html);
                }
            }
        }
    }

    @Test
    void hostileTextIsShownAsText() throws Exception {
        Document zh = site.page("zh/2024/05/etc-passwd/index.html");
        assertEquals("<script>alert(1)</script>", zh.selectFirst("h1.article-title").text());
        assertEquals("<script>alert(1)</script> · 双语新闻", zh.title());
        assertEquals("\"><script>alert(7)</script>", zh.selectFirst(".attribution .dateline").text());
        assertEquals("<b onmouseover=alert(6)>x</b>", zh.selectFirst(".attribution .reporters").text());
        assertTrue(zh.select(".article-tags a").eachText().contains("<script>alert(4)</script>"));
        assertEquals("</title><script>alert(1)</script>",
                site.page("en/2024/05/etc-passwd/index.html").selectFirst("h1.article-title").text());
        assertTrue(zh.select(".article-body a").eachAttr("href").contains("https://example.org/fine"));
    }

    @Test
    void nonWebSourceUrlIsNotALink() throws Exception {
        assertNull(site.page("zh/2024/05/etc-passwd/index.html").selectFirst("a.source-link"));
        assertNull(site.page("en/2024/05/etc-passwd/index.html").selectFirst("a.source-link"));
        // The source's name is still credited, as text.
        assertEquals("<script>alert(9)</script>",
                site.page("zh/2024/05/etc-passwd/index.html").selectFirst(".attribution .source").text());
        assertNull(site.page("en/2024/05/etc-passwd/index.html").selectFirst(".attribution .source"));
        assertTrue(result.problems().stream().anyMatch(p -> p.code().equals("content.source-url")
                && p.file().equals("articles/2024/hostile.zh.md") && p.line() == 10), result.problems().toString());
    }

    @Test
    void everyFileIsWrittenInsideTheOutputFolder() throws Exception {
        Path out = site.out().toRealPath();
        try (Stream<Path> walk = Files.walk(out)) {
            walk.forEach(p -> {
                try {
                    assertTrue(p.toRealPath().startsWith(out), p.toString());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<String> stray = walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("articles/") && !p.startsWith("target/site/")
                            && !p.startsWith("target/duet/"))
                    .toList();
            assertEquals(List.of(), stray);
        }
        try (Stream<Path> sibling = Files.list(dir.resolve("target/sibling"))) {
            assertEquals(0, sibling.count());
        }
        assertFalse(Files.exists(dir.resolve("etc")));
        assertFalse(output().keySet().stream().anyMatch(p -> p.contains("..") || p.contains("passwd/")
                && !p.contains("etc-passwd")));
    }

    @Test
    void unusableSlugsBecomeSafeOnes() {
        Pattern safe = Pattern.compile("[a-z0-9][a-z0-9_-]*");
        List<String> articles = output().keySet().stream()
                .filter(p -> p.matches("(zh|en)/2024/05/[^/]+/index\\.html")).sorted().toList();
        assertEquals(4, articles.size(), articles.toString());
        for (String path : articles) {
            String slug = path.split("/")[3];
            assertTrue(safe.matcher(slug).matches(), path);
        }
        assertTrue(articles.contains("zh/2024/05/etc-passwd/index.html"), articles.toString());
        assertTrue(result.problems().stream().anyMatch(p -> p.code().equals("content.slug")
                && p.file().equals("articles/2024/hostile.zh.md")), result.problems().toString());
    }
}
