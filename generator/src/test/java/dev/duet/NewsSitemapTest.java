package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.testing.TestSite;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

/**
 * The Google News sitemap lists the articles of the two days before the build time, valid against Google's schema
 * and the sitemaps.org schema, is named in robots.txt, and makes a build with a later build time a real one once an
 * article has aged out of it.
 */
class NewsSitemapTest {

    /** A day after the sample site's newest story (2024-05-21, China Standard Time). */
    private static final String DAY_AFTER = "2024-05-22T10:00:00+08:00";

    @TempDir
    Path dir;

    private TestSite site;

    private BuildResult build(String buildTime) throws IOException {
        return site.duet(site.config().buildTime(buildTime).build()).build();
    }

    @Test
    void listsTheLastTwoDaysArticlesInBothLanguagesValidAgainstGooglesSchema() throws Exception {
        site = TestSite.in(dir).news();
        assertFalse(build(DAY_AFTER).hasErrors());

        String xml = site.read("news-sitemap.xml");
        validate(xml);
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        List<String> locs = doc.select("url > loc").eachText();
        assertEquals(List.of(TestSite.BASE_URL + "en/2024/05/wang-yi-attends-sco-meeting/",
                TestSite.BASE_URL + "zh/2024/05/wang-yi-attends-sco-meeting/"), locs);
        Element zh = doc.select("url").get(1);
        assertEquals("zh-cn", zh.selectFirst("news|language").text());
        assertEquals("王毅出席上合组织外长会议", zh.selectFirst("news|title").text());
        assertEquals("2024-05-21", zh.selectFirst("news|publication_date").text());
        assertFalse(zh.selectFirst("news|name").text().isBlank());
        assertEquals("en", doc.select("url").get(0).selectFirst("news|language").text());
        assertTrue(site.read("robots.txt").lines()
                .anyMatch(l -> l.equals("Sitemap: " + TestSite.BASE_URL + "news-sitemap.xml")), site.read("robots.txt"));
    }

    @Test
    void theSchemasRejectALanguageGoogleDoesNotKnow() throws Exception {
        site = TestSite.in(dir).news();
        assertFalse(build(DAY_AFTER).hasErrors());

        String bad = site.read("news-sitemap.xml").replace("<news:language>zh-cn<", "<news:language>zh-Hans<");
        assertThrows(SAXException.class, () -> validate(bad));
    }

    @Test
    void traditionalChineseArticlesAreZhTw() throws Exception {
        site = TestSite.in(dir).news();
        assertFalse(build("2023-10-25T09:00:00+08:00").hasErrors());

        String xml = site.read("news-sitemap.xml");
        validate(xml);
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        assertEquals(List.of("en", "zh-tw"), doc.select("news|language").eachText());
        assertEquals("港珠澳大橋通車五週年", doc.select("news|title").get(1).text());
    }

    @Test
    void aSiteWithNoRecentArticleHasNoNewsSitemap() throws Exception {
        site = TestSite.in(dir).news();
        assertFalse(build("2024-05-23T00:00:00+08:00").hasErrors());

        assertFalse(site.exists("news-sitemap.xml"));
        assertFalse(site.read("robots.txt").contains("news-sitemap"), site.read("robots.txt"));
    }

    @Test
    void aBuildAfterAnArticleAgedOutIsNotUpToDate() throws Exception {
        site = TestSite.in(dir).news();
        ageSite();
        assertFalse(build(DAY_AFTER).upToDate());
        assertTrue(site.exists("news-sitemap.xml"));

        // Within the window nothing changes, so the build is skipped.
        assertTrue(build("2024-05-22T23:59:59+08:00").upToDate());

        // The 21st's articles leave the window at midnight on the 23rd (China Standard Time).
        BuildResult later = build("2024-05-23T00:00:00+08:00");
        assertFalse(later.upToDate());
        assertFalse(site.exists("news-sitemap.xml"));
        assertFalse(site.read("robots.txt").contains("news-sitemap"));

        // With nothing left to age out, time no longer matters.
        assertTrue(build("2030-01-01T00:00:00+08:00").upToDate());

        // A build set back to a time in the window has the news sitemap again, as a build from nothing would.
        assertFalse(build("2024-05-22T12:00:00+08:00").upToDate());
        assertTrue(site.exists("news-sitemap.xml"));
        assertTrue(site.read("robots.txt").contains("news-sitemap"), site.read("robots.txt"));
    }

    @Test
    void aFutureDatedArticleComesInWhenItsDayBegins() throws Exception {
        site = TestSite.in(dir).news();
        ageSite();
        assertFalse(build("2024-05-20T12:00:00+08:00").upToDate());
        assertFalse(site.exists("news-sitemap.xml"));

        assertFalse(build("2024-05-21T00:00:00+08:00").upToDate());
        assertTrue(site.exists("news-sitemap.xml"));
    }

    /** Validates against the sitemaps.org schema with Google's news extension, both under src/test/resources/xsd. */
    static void validate(String xml) throws SAXException, IOException, URISyntaxException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // Both schemas are local: the validator fetches nothing.
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Schema schema = factory.newSchema(new Source[] {
                new StreamSource(resource("/xsd/sitemap.xsd").toFile()),
                new StreamSource(resource("/xsd/sitemap-news.xsd").toFile())});
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(NewsSitemapTest.class.getResource(name).toURI());
    }

    private void ageSite() throws IOException {
        age(dir, p -> !p.startsWith(dir.resolve("target")));
    }

    /** Dates files an hour back, so that the up-to-date check trusts their stamps. */
    private static void age(Path root, java.util.function.Predicate<Path> which) throws IOException {
        FileTime old = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).filter(which)::iterator) {
                Files.setLastModifiedTime(p, old);
            }
        }
    }
}
