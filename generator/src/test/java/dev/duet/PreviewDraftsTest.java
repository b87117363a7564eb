package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.testing.TestSite;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code duet:serve -Dduet.drafts=true}: an editor previews a draft as readers would see it once published, in its
 * lists and its search, with the preview's note that it is a draft; no build for publishing shows it, and a preview
 * without drafts drops the pages a preview with them wrote.
 */
class PreviewDraftsTest {

    private static final String DRAFT = "articles/2024/draft-story.en.md";
    private static final String PAGE = "en/2024/06/draft-story/";

    @TempDir
    Path dir;

    @Test
    void aPreviewWithDraftsShowsAndMarksThemAndNothingElseDoes() throws Exception {
        TestSite site = TestSite.in(dir).news().article("2024/draft-story.en.md",
                "title: \"A Story Still Being Written\"\nlang: \"en\"\ndate: \"2024-06-01\"\ndraft: true",
                "The first paragraph of a draft.\n");
        try (Preview preview = site.duet().serve("127.0.0.1", 0, true)) {
            URI base = preview.url();
            assertTrue(PreviewTest.get(base.resolve(PAGE)).contains("The first paragraph of a draft."));
            assertTrue(PreviewTest.get(base.resolve("en/")).contains("A Story Still Being Written"),
                    "the home page lists it");
            assertTrue(PreviewTest.get(base.resolve("en/feed.xml")).contains("A Story Still Being Written"),
                    "and the feed");
            String notes = PreviewTest.get(base.resolve("__duet/notes?page=%2F" + PAGE.replace("/", "%2F")));
            assertTrue(notes.contains("\"code\":\"preview.draft\"") && notes.contains(DRAFT), notes);
            assertTrue(notes.contains("\"code\":\"desk.missing\""), "the desk's notes follow: " + notes);
            assertEquals("{\"problems\":[]}", PreviewTest.get(base.resolve("__duet/notes?page=%2Fen%2F")));

            BlockingQueue<String> events = PreviewTest.listen(base.resolve("__duet/events"));
            Path draft = dir.resolve(DRAFT);
            Files.writeString(draft, Files.readString(draft) + "\nA second paragraph, written while previewing.\n");
            PreviewTest.awaitEvent(events, "reload");
            assertTrue(PreviewTest.get(base.resolve(PAGE)).contains("A second paragraph, written while previewing."));
        }
        assertFalse(Files.exists(dir.resolve("target/site")), "previewing never writes the publishing output");

        assertFalse(site.build().hasErrors(), site.problems().toString());
        assertFalse(Files.exists(site.out().resolve(PAGE + "index.html")), "a build for publishing leaves it out");
        assertFalse(Files.readString(site.out().resolve("en/index.html")).contains("A Story Still Being Written"));

        try (Preview preview = site.duet().serve("127.0.0.1", 0)) {
            URI base = preview.url();
            assertEquals(404, PreviewTest.status(base.resolve(PAGE)),
                    "a preview without drafts drops the draft's page");
            assertFalse(PreviewTest.get(base.resolve("en/")).contains("A Story Still Being Written"));
        }
    }
}
