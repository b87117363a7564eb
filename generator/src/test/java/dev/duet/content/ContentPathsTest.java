package dev.duet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.duet.io.SiteFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing the site's files, and their paths relative to the site, as the JDK's walk and relativize give them. */
class ContentPathsTest {

    @TempDir
    Path dir;

    @Test
    void listsRegularFilesAndLinksToThemButNotFoldersOrOtherNames() throws Exception {
        Path articles = dir.resolve("articles");
        Files.createDirectories(articles.resolve("2024/folder.md"));
        Files.writeString(articles.resolve("2024/b.zh.md"), "b");
        Files.writeString(articles.resolve("a.en.md"), "a");
        Files.writeString(articles.resolve("notes.txt"), "n");
        Files.writeString(dir.resolve("outside.md"), "o");
        Files.createSymbolicLink(articles.resolve("2024/link.md"), dir.resolve("outside.md"));
        Files.createSymbolicLink(articles.resolve("dangling.md"), dir.resolve("missing.md"));

        SiteFiles files = new SiteFiles(dir, false);
        assertEquals(List.of(articles.resolve("2024/b.zh.md"), articles.resolve("2024/link.md"),
                articles.resolve("a.en.md")), files.list(articles, ".md").files());
        assertEquals(List.of(), files.list(dir.resolve("none"), ".md").files());
    }

    @Test
    void givesTheRelativePathOfAFileBelowTheSiteAsRelativizeDoes() {
        Path site = Path.of("/srv/news/site");
        for (String file : new String[] {"/srv/news/site/sources/001.txt", "/srv/news/site/articles/2024/a.zh.md",
            "/srv/news/site/.hidden/a.md", "/srv/news/site/a"}) {
            Path path = Path.of(file);
            assertEquals(Optional.of(site.relativize(path).toString()), ContentReader.below(site, path));
            assertEquals(site.relativize(path).toString(), ContentReader.relative(site, path));
        }
    }

    @Test
    void leavesOtherPathsToRelativize() {
        Path site = Path.of("/srv/news/site");
        for (String file : new String[] {"/srv/news/site", "/srv/news/site2/a.txt", "/srv/news/other/a.txt",
            "/srv/news/site/../a.txt", "/srv/news/site/./a.txt", "/srv/news/site/x/../a.txt"}) {
            assertEquals(Optional.empty(), ContentReader.below(site, Path.of(file)), file);
        }
        assertEquals(Optional.empty(), ContentReader.below(Path.of("relative/site"), Path.of("relative/site/a.txt")));
        assertEquals(Optional.empty(), ContentReader.below(Path.of("/srv/./site"), Path.of("/srv/./site/a.txt")));
        assertEquals("a.txt", ContentReader.relative(Path.of("/srv/news/site"), Path.of("/srv/news/site/./a.txt")));
        assertEquals("/srv/news/other/a.txt",
                ContentReader.relative(Path.of("/srv/news/site"), Path.of("/srv/news/other/a.txt")));
    }
}
