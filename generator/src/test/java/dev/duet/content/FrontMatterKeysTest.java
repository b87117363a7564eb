package dev.duet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.BuildResult;
import dev.duet.diagnostic.Problem;
import dev.duet.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Front matter written for another generator or with a slip of the keyboard: a draft never goes live because its
 * switch was written {@code yes}, {@code True}, {@code Draft} or JBake's {@code status: draft}, and a key Duet does
 * not read, but might have been meant as one it does, is a warning at its line.
 */
class FrontMatterKeysTest {

    private static final String FRONT = "title: \"Rail line opens\"\ndate: \"2024-05-20\"\nslug: \"rail\"";
    private static final String PAGE = "en/2024/05/rail/index.html";

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void anotherStory() throws Exception {
        site = TestSite.in(dir);
        site.article("2024/other.en.md", "title: \"Other\"\ndate: \"2024-05-19\"", "Other story.");
    }

    private BuildResult build(String extra) throws Exception {
        site.article("2024/rail.en.md", FRONT + "\n" + extra, "The line opens today.");
        return site.build();
    }

    private static List<Problem> on(BuildResult result, String code) {
        return result.problems().stream().filter(p -> p.code().equals(code)
                && p.file().equals("articles/2024/rail.en.md")).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"draft: yes", "draft: \"true\"", "draft: True", "draft: on", "Draft: true",
        "DRAFT: yes", "status: draft"})
    void aDraftWrittenAnotherWayStaysADraftWithAWarningAtItsLine(String line) throws Exception {
        BuildResult result = build(line);

        assertFalse(site.exists(PAGE), line + " must keep the article out");
        assertTrue(site.exists("en/2024/05/other/index.html"));
        List<Problem> told = result.problems().stream().filter(p -> p.file().equals("articles/2024/rail.en.md"))
                .toList();
        assertFalse(told.isEmpty(), result.problems().toString());
        told.forEach(p -> assertEquals(5, p.line(), p.toString()));
        assertFalse(result.problems().stream().anyMatch(Problem::isError), result.problems().toString());
    }

    @Test
    void aSwitchNoOneCanReadKeepsTheArticleBackAndIsAnError() throws Exception {
        BuildResult result = build("draft: \"maybe\"");

        assertFalse(site.exists(PAGE));
        List<Problem> told = on(result, "content.field-type");
        assertEquals(1, told.size(), result.problems().toString());
        assertTrue(told.get(0).isError());
        assertEquals(5, told.get(0).line());
        assertTrue(told.get(0).message().contains("is read as true, so the article is kept back"), told.toString());
    }

    @Test
    void aWithdrawalWrittenYesWithdraws() throws Exception {
        build("");
        assertTrue(site.page(PAGE).select("meta[name=robots]").isEmpty());

        BuildResult result = build("unpublished: yes");

        assertEquals("noindex", site.page(PAGE).select("meta[name=robots]").attr("content"), "withdrawn");
        assertEquals(1, on(result, "content.field-type").size(), result.problems().toString());
    }

    @Test
    void draftNoPublishesWithAWarning() throws Exception {
        BuildResult result = build("draft: no");

        assertTrue(site.exists(PAGE));
        assertEquals(List.of("'draft: no' is read as false: write false without quotes"),
                on(result, "content.field-type").stream().map(Problem::message).toList());
    }

    @Test
    void aKeyWrittenWithCapitalsIsRead() throws Exception {
        site.article("2024/rail.en.md", "Title: \"Rail line opens\"\nDate: \"2024-05-20\"\nslug: \"rail\"\n"
                + "Tags: [\"Rail\"]", "The line opens today.");
        BuildResult result = site.build();

        assertEquals("Rail line opens", site.page(PAGE).selectFirst("h1").text());
        assertTrue(site.exists("en/tags/rail/index.html"));
        assertEquals(List.of(2, 3, 5), on(result, "content.key").stream().map(Problem::line).toList());
    }

    @Test
    void foreignAndMisspeltKeysAreWarningsAndTheEditorsOwnAreNot() throws Exception {
        BuildResult result = build("lastmod: \"2024-05-21\"\ntagz: [\"Rail\"]\ntitel: \"x\"\ndeskNote: \"call back\"\n"
                + "note: \"x\"\ndescription: \"A line.\"");

        List<Problem> told = on(result, "content.key");
        assertEquals(List.of(5, 6, 7, 10), told.stream().map(Problem::line).toList(), told.toString());
        assertTrue(told.get(0).message().contains("write 'updated'"), told.get(0).message());
        assertTrue(told.get(1).message().contains("did you mean 'tags'?"), told.get(1).message());
        assertTrue(told.get(2).message().contains("did you mean 'title'?"), told.get(2).message());
        assertTrue(told.get(3).message().contains("first paragraph"), told.get(3).message());
        assertTrue(site.exists(PAGE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"publishDate: 2099-01-01", "publishDate: \"2024-05-20T09:00:00+08:00\"",
        "pubDate: \"next week\"", "expiryDate: 2024-04-10", "expiryDate: 2099-04-10", "published: false",
        "unpublishDate: \"2030-01-01\""})
    void aStoryHeldBackByAnotherGeneratorsKeyIsHeldBackWithAnErrorAtItsLine(String line) throws Exception {
        BuildResult result = build(line);

        assertFalse(site.exists(PAGE), line + " must keep the article out");
        assertTrue(site.exists("en/2024/05/other/index.html"));
        List<Problem> told = result.problems().stream().filter(p -> p.file().equals("articles/2024/rail.en.md"))
                .toList();
        assertEquals(1, told.size(), told.toString());
        assertTrue(told.get(0).isError(), told.toString());
        assertEquals(5, told.get(0).line());
        assertTrue(told.get(0).message().contains("held back"), told.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"publishDate: 2024-05-20", "publishDate: \"2024-05-19 08:00\"", "published: true"})
    void aPublicationMomentNoLaterThanTheDateIsAWarning(String line) throws Exception {
        BuildResult result = build(line);

        assertTrue(site.exists(PAGE), line);
        List<Problem> told = on(result, "content.key");
        assertEquals(1, told.size(), result.problems().toString());
        assertEquals(5, told.get(0).line());
        assertFalse(result.problems().stream().anyMatch(Problem::isError), result.problems().toString());
    }
}
