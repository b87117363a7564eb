package dev.duet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.testing.TestSite;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Atom feeds per language and per tag, the sitemap with hreflang alternates, robots.txt and the 404 pages. */
class FeedsAndSitemapTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() throws Exception {
        site = TestSite.in(dir).news();
        assertFalse(site.duet(site.config().feedSize(3).build()).build().hasErrors());
        assertFalse(site.duet(site.config().feedSize(3).feedFullContent(false).outputDir("target/summaries")
                .cacheDir("target/cache-summaries").build()).build().hasErrors());
        assertFalse(site.duet(site.config().feedSize(3).tagFeedsFullContent(true).outputDir("target/full-tags")
                .cacheDir("target/cache-full-tags").build()).build().hasErrors());
    }

    private static Element parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(file)))
                .getDocumentElement();
    }

    private static List<Element> children(Element parent, String ns, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, ATOM, name);
        assertEquals(1, found.size(), "one <" + name + "> in <" + parent.getLocalName() + ">");
        String text = found.get(0).getTextContent().strip();
        assertFalse(text.isEmpty(), name);
        return text;
    }

    private static Element feed(String path) throws Exception {
        Element feed = parse(site.out().resolve(path));
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        text(feed, "id");
        text(feed, "title");
        text(feed, "updated");
        for (Element entry : children(feed, ATOM, "entry")) {
            text(entry, "id");
            text(entry, "title");
            text(entry, "updated");
            assertFalse(children(entry, ATOM, "link").get(0).getAttribute("href").isEmpty());
        }
        return feed;
    }

    private static List<String> entryLinks(Element feed) {
        return children(feed, ATOM, "entry").stream()
                .map(e -> children(e, ATOM, "link").get(0).getAttribute("href")).toList();
    }

    @Test
    void languageFeedsAreAtomNewestFirstAndCutToFeedSize() throws Exception {
        Element zh = feed("zh/feed.xml");
        Element en = feed("en/feed.xml");

        assertEquals("zh-Hans", zh.getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
        assertEquals("en", en.getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
        assertEquals(TestSite.BASE_URL + "zh/feed.xml", text(zh, "id"));
        assertEquals("2024-05-21T00:00:00+08:00", text(zh, "updated"));
        assertEquals(List.of(TestSite.BASE_URL + "zh/2024/05/wang-yi-attends-sco-meeting/",
                TestSite.BASE_URL + "zh/2024/04/nev-exports/", TestSite.BASE_URL + "zh/2024/03/pu-er-coffee-harvest/"),
                entryLinks(zh));
        List<String> enLinks = entryLinks(en);
        assertEquals(3, enLinks.size());
        assertFalse(enLinks.stream().anyMatch(l -> l.contains("undated")), "undated articles have no feed date");
        List<String> updated = children(zh, ATOM, "entry").stream().map(e -> text(e, "updated")).toList();
        List<String> sorted = new ArrayList<>(updated);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, updated);
    }

    @Test
    void tagFeedListsTheTagsArticles() throws Exception {
        Element tag = feed("zh/tags/wang-yi/feed.xml");
        assertEquals("zh-Hans", tag.getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
        assertEquals(List.of(TestSite.BASE_URL + "zh/2024/05/wang-yi-attends-sco-meeting/"), entryLinks(tag));
        assertEquals(TestSite.BASE_URL + "zh/tags/wang-yi/feed.xml", text(tag, "id"));
    }

    @Test
    void feedCarriesFullContentOrOnlySummariesAsConfigured() throws Exception {
        Element full = children(feed("zh/feed.xml"), ATOM, "entry").get(0);
        assertEquals("html", children(full, ATOM, "content").get(0).getAttribute("type"));
        assertTrue(text(full, "content").contains("<p>王毅在会上发表讲话。</p>"), text(full, "content"));
        text(full, "summary");

        Element summaries = parse(dir.resolve("target/summaries/zh/feed.xml"));
        for (Element entry : children(summaries, ATOM, "entry")) {
            assertEquals(List.of(), children(entry, ATOM, "content"));
            text(entry, "summary");
        }
        assertEquals(3, children(summaries, ATOM, "entry").size());
    }

    @Test
    void tagFeedsCarrySummariesUnlessAsked() throws Exception {
        List<Element> entries = children(feed("zh/tags/wang-yi/feed.xml"), ATOM, "entry");
        assertFalse(entries.isEmpty());
        for (Element entry : entries) {
            assertEquals(List.of(), children(entry, ATOM, "content"), "the main feed has the text");
            text(entry, "summary");
        }
        Element full = children(parse(dir.resolve("target/full-tags/zh/tags/wang-yi/feed.xml")), ATOM, "entry")
                .get(0);
        assertTrue(text(full, "content").contains("<p>王毅在会上发表讲话。</p>"), text(full, "content"));
        Element summariesOnly = parse(dir.resolve("target/summaries/zh/tags/wang-yi/feed.xml"));
        assertEquals(List.of(), children(children(summariesOnly, ATOM, "entry").get(0), ATOM, "content"),
                "no feed carries whole articles when feedFullContent is off");
    }

    @Test
    void sitemapIsValidAndListsEveryLanguageVersion() throws Exception {
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(getClass().getResourceAsStream("/feeds/sitemap.xsd")));
        schema.newValidator().validate(new StreamSource(site.out().resolve("sitemap.xml").toFile()));

        Element urlset = parse(site.out().resolve("sitemap.xml"));
        Map<String, Map<String, String>> alternates = new TreeMap<>();
        for (Element url : children(urlset, SITEMAP, "url")) {
            String loc = children(url, SITEMAP, "loc").get(0).getTextContent();
            Map<String, String> byLang = new TreeMap<>();
            for (Element link : children(url, XHTML, "link")) {
                assertEquals("alternate", link.getAttribute("rel"));
                byLang.put(link.getAttribute("hreflang"), link.getAttribute("href"));
            }
            alternates.put(loc, byLang);
        }
        String zh = TestSite.BASE_URL + "zh/2024/05/wang-yi-attends-sco-meeting/";
        String en = TestSite.BASE_URL + "en/2024/05/wang-yi-attends-sco-meeting/";
        Map<String, String> pair = Map.of("zh-Hans", zh, "en", en, "x-default", zh);
        assertEquals(pair, alternates.get(zh));
        assertEquals(pair, alternates.get(en));
        String bridge = TestSite.BASE_URL + "zh/2023/10/hong-kong-bridge/";
        assertEquals(Map.of("zh-Hant", bridge, "en", TestSite.BASE_URL + "en/2023/10/hong-kong-bridge/",
                "x-default", bridge), alternates.get(bridge));
        assertEquals(Map.of(), alternates.get(TestSite.BASE_URL + "zh/2024/03/pu-er-coffee-harvest/"),
                "no alternate for a missing translation");
        long articles = alternates.keySet().stream().filter(l -> l.matches(".*/(zh|en)/(\\d{4}/\\d{2}|undated)/.*"))
                .count();
        assertEquals(10, articles);
        alternates.forEach((loc, links) -> {
            if (loc.matches(".*/(zh|en)/\\d{4}/\\d{2}/.*") && !links.isEmpty()) {
                assertTrue(links.containsValue(loc), loc + " lists itself");
                assertTrue(links.containsKey("x-default"), loc);
            }
        });
    }

    @Test
    void robotsPointsAtTheSitemapAndHostingFilesExist() throws Exception {
        assertTrue(site.read("robots.txt").lines().anyMatch(l -> l.equals("Sitemap: " + TestSite.BASE_URL
                + "sitemap.xml")), site.read("robots.txt"));
        for (String file : List.of(".nojekyll", "404.html", "zh/404.html", "en/404.html", "index.html")) {
            assertTrue(site.exists(file), file);
        }
        assertEquals("zh-Hans", site.page("zh/404.html").selectFirst("html").attr("lang"));
        assertEquals("en", site.page("en/404.html").selectFirst("html").attr("lang"));
    }
}
