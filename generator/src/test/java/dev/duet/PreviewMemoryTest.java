package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.config.SiteConfig;
import dev.duet.content.ContentReader;
import dev.duet.diagnostic.BuildListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a preview remembers of its last full build decides how it rebuilds the next edit. */
class PreviewMemoryTest {

    @TempDir
    Path dir;

    @Test
    void anArticleThatCannotBeReadKeepsItsLastReadingForTheBuildsUntilItIsMendedOrDeleted() throws IOException {
        Path site = dir.resolve("site");
        Path article = site.resolve("articles/2024/story.en.md");
        Files.createDirectories(article.getParent());
        String good = "---\ntitle: \"Story\"\nlang: \"en\"\ndate: \"2024-03-01\"\n---\n\nThe first paragraph.\n";
        String broken = good.replace("title: \"Story\"", "title: \"Err");
        Files.writeString(article, good);
        ArticleCache articles = new ArticleCache(SiteConfig.builder(site).build());
        assertEquals(1, articles.read(Set.of()).files().size());

        Files.writeString(article, broken);
        ContentReader.Result built = articles.read(Set.of(article));
        assertEquals("Story", built.files().get(0).frontMatter().title(), "the builds keep its last reading");
        assertTrue(built.problems().get(0).message().endsWith("the last version read is kept until the file is"
                + " fixed"), built.problems().toString());
        assertEquals(List.of(), articles.found(Set.of()).files(), "import takes the file as it is: not an article");
        assertEquals(built.problems(), articles.problems());

        Files.writeString(article, good.replace("Story", "Mended story"));
        assertEquals("Mended story", articles.read(Set.of(article)).files().get(0).frontMatter().title());

        Files.delete(article);
        assertEquals(List.of(), articles.read(Set.of(article)).files());
        Files.writeString(article, broken);
        ContentReader.Result again = articles.read(Set.of(article));
        assertEquals(List.of(), again.files(), "a file deleted since has no last reading");
        assertFalse(again.problems().get(0).message().contains("kept"), again.problems().toString());
    }

    @Test
    void aTextEditAfterABuildWithErrorsIsBuiltInFullUntilTheErrorIsMended() throws IOException {
        Path site = dir.resolve("site");
        Path article = site.resolve("articles/2024/story.en.md");
        Files.createDirectories(article.getParent());
        Files.writeString(article, "---\ntitle: \"Story\"\nlang: \"en\"\ndate: \"2024-03-01\"\ntags: [\"economy\"]\n"
                + "---\n\nThe first paragraph.\n");
        Path glossary = site.resolve("glossary.yaml");
        Files.writeString(glossary, "economy: [经济\n");
        PreviewSession preview = Duet.previewing(SiteConfig.builder(site).baseUrl("https://news.example.org/")
                .build(), BuildListener.silent());
        assertTrue(preview.build().hasErrors(), "the glossary is not valid YAML");

        Files.writeString(article, Files.readString(article) + "\nA second paragraph.\n");
        assertFalse(preview.rebuild(Set.of(article)).ok(), "the glossary is still broken");
        assertFalse(preview.owesFullBuild(), "a build with errors leaves no model to patch: the edit is built in full");

        Files.writeString(glossary, "economy: 经济\n");
        assertTrue(preview.rebuild(Set.of(glossary)).ok());
        assertFalse(preview.owesFullBuild(), "a changed glossary is built in full");

        Files.writeString(article, Files.readString(article) + "\nA third paragraph.\n");
        assertTrue(preview.rebuild(Set.of(article)).ok());
        assertTrue(preview.owesFullBuild(), "a build without errors leaves its model: the edit patches it");
        assertTrue(Files.readString(site.resolve("target/site/en/2024/03/story/index.html"))
                .contains("A third paragraph."));
    }
}
