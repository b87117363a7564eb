package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.content.ImportReport;
import dev.duet.diagnostic.Problem;
import dev.duet.testing.TestSite;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Control characters in a source or an article reach no page and no feed, and the source's are told of. */
class ControlCharactersTest {

    @TempDir
    Path dir;

    @Test
    void aSourcesControlCharactersAreLeftOutAndToldOfAtTheirLine() throws Exception {
        TestSite site = TestSite.in(dir).write("sources/001_rail.txt", ImportTest.RAIL
                .replace("Railway Opens**", "Railway \b Opens**").replace("rail transport.", "rail\u0007 transport."));

        ImportReport report = site.duet().importSources();

        List<Problem> told = report.problems().stream().filter(p -> p.code().equals("source.control-character"))
                .toList();
        assertEquals(1, told.size(), report.problems().toString());
        assertEquals("sources/001_rail.txt", told.get(0).file());
        assertEquals(5, told.get(0).line(), "the title's line");
        assertTrue(told.get(0).message().startsWith("2 control characters (the first U+0008)"), told.get(0).message());
        String en = Files.readString(dir.resolve(ImportTest.RAIL_PATH + ".en.md"));
        assertTrue(en.contains("Railway  Opens") && en.contains("rail transport"), en);
        assertFalse(en.contains("\\b") || en.contains("\b") || en.contains("\u0007"), en);
        site.build();
        assertEveryXmlFileParses(site);
    }

    @Test
    void anArticlesControlCharacterReachesNoFeedOrSitemap() throws Exception {
        TestSite site = TestSite.in(dir);
        site.article("2024/bell.en.md", """
                title: "A bell \\a and a backspace \\b in a title"
                lang: "en"
                date: "2024-05-01"
                tags: ["tag\\x07a"]
                """, "A body with a form feed \f here.\n");

        BuildResult result = site.build();

        List<Problem> told = result.problems().stream().filter(p -> p.code().equals("content.control-character"))
                .toList();
        assertEquals(2, told.size(), result.problems().toString());
        assertEquals("articles/2024/bell.en.md", told.get(0).file());
        assertEquals(2, told.get(0).line(), "the title's line, after the opening '---'");
        assertTrue(told.get(0).message().startsWith("'title' holds a control character"), told.get(0).message());
        assertEquals(8, told.get(1).line(), "the body's line with the form feed");
        String feed = site.read("en/feed.xml");
        assertTrue(feed.contains("A bell  and a backspace  in a title"), feed);
        assertFalse(site.read("en/2024/05/bell/index.html").contains("\u0007"));
        assertEveryXmlFileParses(site);
    }

    /**
     * Control characters in an article's text are left out of its page, its description and the lists' summaries,
     * with a warning at their line, where they were published into the HTML without a word.
     */
    @Test
    void anArticlesTextsControlCharactersAreLeftOutAndToldOfAtTheirLine() throws Exception {
        TestSite site = TestSite.in(dir);
        site.article("2024/ctl.en.md", "title: \"Ctl\"\nlang: \"en\"\ndate: \"2024-03-05\"\nslug: \"ctl\"",
                "First paragraph.\n\nBody with NUL \u0000, backspace \b, esc \u001b[31m, bell \u0007.\n");
        BuildResult result = site.build();
        List<Problem> told = result.problems().stream().filter(p -> p.code().equals("content.control-character"))
                .toList();
        assertEquals(1, told.size(), result.problems().toString());
        assertEquals(10, told.get(0).line(), result.problems().toString());
        for (String page : List.of("en/2024/03/ctl/index.html", "en/index.html", "en/2024/index.html",
                "en/2024/03/index.html", "en/feed.xml")) {
            String text = site.read(page);
            assertTrue(text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r'), page);
        }
        assertTrue(site.read("en/2024/03/ctl/index.html").contains("Body with NUL , backspace , esc [31m, bell ."));
        assertEveryXmlFileParses(site);
    }

    @Test
    void noncharactersAndHalvesOfSurrogatePairsReachNoFeedOrSitemap() throws Exception {
        TestSite site = TestSite.in(dir);
        site.article("2024/odd.en.md", """
                title: "Odd \\uFFFE\\uFFFF and \\uD800 in a title"
                lang: "en"
                date: "2024-05-01"
                tags: ["t\\uFFFF"]
                """, "A body with a noncharacter \uFFFF here, and an emoji \uD83D\uDE00 kept.\n");

        BuildResult result = site.build();

        Problem told = result.problems().stream().filter(p -> p.code().equals("content.control-character"))
                .findFirst().orElseThrow(() -> new AssertionError(result.problems().toString()));
        assertEquals(2, told.line(), "the title's line, after the opening '---'");
        String feed = site.read("en/feed.xml");
        assertTrue(feed.contains("Odd  and  in a title"), feed);
        assertTrue(feed.contains("\uD83D\uDE00"), "a whole pair is a character like any other");
        assertFalse(feed.contains("\uFFFF") || feed.contains("Odd ?") || feed.contains("? in a title"), feed);
        assertEveryXmlFileParses(site);
    }

    private static void assertEveryXmlFileParses(TestSite site) throws Exception {
        List<Path> xml;
        try (Stream<Path> files = Files.walk(site.out())) {
            xml = files.filter(f -> f.toString().endsWith(".xml")).toList();
        }
        assertFalse(xml.isEmpty());
        for (Path file : xml) {
            byte[] bytes = Files.readAllBytes(file);
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        }
    }
}
