package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.config.SiteConfig;
import dev.duet.io.SiteFiles;
import dev.duet.output.BuildInputs;
import dev.duet.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A publishing build lists its article files once: the walk of the whole articles folder that stamps the build's
 * inputs hands them on. What it hands on is what a walk for article files alone finds: the same files in the same
 * order, the same warnings for links left out, the same total size, and each file's stamp.
 */
class ArticleListingTest {

    @TempDir
    Path dir;

    @Test
    void theInputsWalkFindsWhatAWalkForArticlesFinds() throws Exception {
        Path outside = dir.resolve("outside");
        Files.createDirectories(outside.resolve("folder"));
        Files.writeString(outside.resolve("leaked.en.md"), "---\ntitle: \"Leaked\"\n---\n\nLeaked.\n");
        Files.writeString(outside.resolve("leaked.txt"), "not an article");
        Files.writeString(outside.resolve("folder/more.en.md"), "---\ntitle: \"More\"\n---\n\nMore.\n");
        TestSite site = TestSite.in(dir.resolve("site"));
        site.article("2024/b-story.en.md", "title: \"B\"\nlang: \"en\"\ndate: \"2024-05-02\"", "B story.");
        site.article("2024/a-story.zh.md", "title: \"甲\"\nlang: \"zh\"\ndate: \"2024-05-01\"", "甲的故事。");
        site.article("2023/old.en.md", "title: \"Old\"\nlang: \"en\"\ndate: \"2023-01-01\"", "Old story.");
        site.write("articles/2024/picture.png", "not really a picture");
        site.write("drafts/kept.en.md", "---\ntitle: \"Kept\"\nlang: \"en\"\n---\n\nKept.\n");
        Path articles = site.dir().resolve("articles");
        Files.createSymbolicLink(articles.resolve("2024/leaked.en.md"), outside.resolve("leaked.en.md"));
        Files.createSymbolicLink(articles.resolve("2024/leaked-note.txt"), outside.resolve("leaked.txt"));
        Files.createSymbolicLink(articles.resolve("2024/outside-folder"), outside.resolve("folder"));
        Files.createSymbolicLink(articles.resolve("2024/kept.en.md"), site.dir().resolve("drafts/kept.en.md"));
        Files.createSymbolicLink(articles.resolve("2023/loop"), articles);
        SiteConfig config = site.config().build();

        ArticleFiles.Collector collector = new ArticleFiles.Collector(config.siteDir());
        BuildInputs.Root root = BuildInputs.Root.of(config.articlesDir());
        BuildInputs.scan(SiteFiles.of(config), List.of(root, root), Map.of(root, collector));
        collector.finish();
        ArticleFiles.Listed handedOn = collector.listed();
        ArticleFiles.Listed walked = ArticleFiles.listed(config);

        assertEquals(List.of("articles/2023/old.en.md", "articles/2024/a-story.zh.md", "articles/2024/b-story.en.md",
                "articles/2024/kept.en.md"), walked.files());
        assertEquals(walked.files(), handedOn.files());
        assertEquals(3, walked.problems().size(), walked.problems().toString());
        assertEquals(walked.problems(), handedOn.problems());
        assertEquals(walked.bytes(), handedOn.bytes());
        assertTrue(handedOn.stamps().isPresent());
        for (int i = 0; i < handedOn.files().size(); i++) {
            BasicFileAttributes attributes = Files.readAttributes(site.dir().resolve(handedOn.files().get(i)),
                    BasicFileAttributes.class);
            assertEquals(attributes.size(), handedOn.stamps().get().sizes()[i]);
            assertEquals(attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), handedOn.stamps().get().modified()[i]);
        }
    }

    @Test
    void articlesOutsideTheSiteFolderAreHandedOnByTheirAbsolutePaths() throws Exception {
        Path shared = dir.resolve("shared-articles");
        Files.createDirectories(shared.resolve("2024"));
        Files.writeString(shared.resolve("2024/story.en.md"),
                "---\ntitle: \"Shared Story\"\nlang: \"en\"\ndate: \"2024-05-02\"\n---\n\nShared.\n");
        TestSite site = TestSite.in(dir.resolve("site"));
        SiteConfig config = site.config().articlesDir(shared.toString()).build();

        ArticleFiles.Collector collector = new ArticleFiles.Collector(config.siteDir());
        BuildInputs.Root root = BuildInputs.Root.of(config.articlesDir());
        BuildInputs.scan(SiteFiles.of(config), List.of(root), Map.of(root, collector));
        collector.finish();
        assertEquals(ArticleFiles.listed(config).files(), collector.listed().files());
        assertEquals(List.of(shared.resolve("2024/story.en.md").toString().replace('\\', '/')),
                collector.listed().files());

        assertFalse(site.duet(config).build().hasErrors());
        Files.writeString(shared.resolve("2024/later.en.md"),
                "---\ntitle: \"Later Story\"\nlang: \"en\"\ndate: \"2024-05-03\"\n---\n\nLater.\n");
        dev.duet.BuildResult second = site.duet(config).build();
        assertFalse(second.hasErrors());
        assertTrue(site.exists("en/2024/05/story/index.html"), second.problems().toString());
        assertTrue(site.read("en/index.html").contains("Later Story"));
    }
}
