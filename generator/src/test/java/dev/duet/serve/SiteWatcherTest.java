package dev.duet.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWatcherTest {

    @TempDir
    Path temp;

    private final BlockingQueue<ChangeSet> changes = new LinkedBlockingQueue<>();
    private SiteWatcher watcher;

    @AfterEach
    void stopWatching() throws Exception {
        if (watcher != null) {
            watcher.close();
        }
    }

    private void watch(List<Path> paths, List<Path> ignored) throws Exception {
        watch(paths, ignored, Duration.ofMillis(50));
    }

    private void watch(List<Path> paths, List<Path> ignored, Duration quiet) throws Exception {
        watcher = new SiteWatcher(new WatchSettings(paths, ignored, quiet), changes::add);
        watcher.start();
    }

    @Test
    void reportsABurstOfWritesToAFileOnce() throws Exception {
        Path content = Files.createDirectories(temp.resolve("content/zh"));
        // A quiet period long enough that a busy machine cannot pause the three writes past it.
        watch(List.of(temp.resolve("content")), List.of(), Duration.ofMillis(500));

        Path article = content.resolve("article.md");
        Files.writeString(article, "one");
        Files.writeString(article, "two");
        Files.writeString(article, "three");

        ChangeSet first = changes.poll(5, TimeUnit.SECONDS);
        assertNotNull(first, "no change reported");
        assertTrue(first.paths().contains(article.toAbsolutePath()), first.paths().toString());
        assertNull(changes.poll(1, TimeUnit.SECONDS), "the burst was reported more than once");
    }

    @Test
    void seesFilesInDirectoriesCreatedAfterStart() throws Exception {
        Path content = Files.createDirectories(temp.resolve("content"));
        watch(List.of(content), List.of());

        Path created = Files.createDirectories(content.resolve("en/news"));
        awaitChangeContaining(created);
        Path article = created.resolve("new.md");
        Files.writeString(article, "new");

        awaitChangeContaining(article);
    }

    /**
     * A site's folder that does not exist when the preview starts ({@code static/}, a theme of its own) is watched
     * once it is made, with what is put in it; the preview made every such folder, empty, so as to watch it.
     */
    @Test
    void aWatchedFolderMadeAfterTheStartIsWatchedWithWhatIsPutInIt() throws Exception {
        Path site = Files.createDirectories(temp.resolve("site"));
        Path staticDir = site.resolve("static");
        watch(List.of(staticDir, site.resolve("glossary.yaml")), List.of());
        assertFalse(Files.exists(staticDir), "watching makes no folder");

        Files.createDirectories(staticDir);
        awaitChangeContaining(staticDir.toAbsolutePath());
        Path nested = Files.createDirectories(staticDir.resolve("images"));
        Path picture = Files.writeString(nested.resolve("logo.svg"), "<svg/>");
        awaitChangeContaining(picture.toAbsolutePath());
        Files.writeString(picture, "<svg></svg>");
        awaitChangeContaining(picture.toAbsolutePath());

        // Deleted and made again: watched again, where what was saved in it went unseen.
        Files.delete(picture);
        Files.delete(nested);
        Files.delete(staticDir);
        awaitChangeContaining(staticDir.toAbsolutePath());
        Files.createDirectories(staticDir);
        awaitChangeContaining(staticDir.toAbsolutePath());
        Path again = Files.writeString(staticDir.resolve("again.txt"), "again");
        awaitChangeContaining(again.toAbsolutePath());
    }

    /** A folder there at the start, deleted and made again while the preview runs, is watched again. */
    @Test
    void aWatchedFolderDeletedAndMadeAgainIsWatchedAgain() throws Exception {
        Path site = Files.createDirectories(temp.resolve("site"));
        Path theme = Files.createDirectories(site.resolve("theme"));
        watch(List.of(theme), List.of());
        Files.delete(theme);
        awaitChangeContaining(theme.toAbsolutePath());
        Files.createDirectories(theme);
        awaitChangeContaining(theme.toAbsolutePath());
        Path template = Files.writeString(theme.resolve("layout.ftlh"), "<#-- a theme of its own -->");
        awaitChangeContaining(template.toAbsolutePath());
    }

    @Test
    void ignoresEditorScratchFilesAndTheOutputDirectory() throws Exception {
        Path project = Files.createDirectories(temp.resolve("project"));
        Path output = Files.createDirectories(project.resolve("target/site"));
        watch(List.of(project), List.of(output));

        Files.writeString(output.resolve("index.html"), "built");
        for (String scratch : new String[] {"4913", ".#a.md", "a.md~", ".a.md.swp", "a.md.tmp"}) {
            Files.writeString(project.resolve(scratch), "x");
        }
        assertNull(changes.poll(250, TimeUnit.MILLISECONDS), "scratch files or output triggered a change");

        Path real = project.resolve("a.md");
        Files.writeString(real, "edit");
        ChangeSet change = awaitChangeContaining(real);
        assertTrue(change.paths().stream().allMatch(p -> p.equals(real) || Files.isDirectory(p)),
                change.paths().toString());
    }

    @Test
    void watchesASingleFileThroughItsParent() throws Exception {
        Path project = Files.createDirectories(temp.resolve("project"));
        Path glossary = Files.writeString(project.resolve("glossary.yaml"), "a: b\n");
        Files.writeString(project.resolve("README.md"), "readme");
        watch(List.of(glossary), List.of());

        Files.writeString(project.resolve("README.md"), "edited");
        assertNull(changes.poll(250, TimeUnit.MILLISECONDS), "a neighbour of the watched file triggered a change");

        Files.writeString(glossary, "a: c\n");
        assertEquals(java.util.Set.of(glossary), awaitChangeContaining(glossary).paths());
    }

    @Test
    void seesASingleFileCreatedAfterStart() throws Exception {
        Path project = Files.createDirectories(temp.resolve("project"));
        Path glossary = project.resolve("glossary.yaml");
        watch(List.of(glossary), List.of());

        Files.writeString(glossary, "a: b\n");
        assertEquals(java.util.Set.of(glossary), awaitChangeContaining(glossary).paths());

        Files.writeString(glossary, "a: c\n");
        assertEquals(java.util.Set.of(glossary), awaitChangeContaining(glossary).paths());
    }

    @Test
    void skipsPathsThatDoNotExist() throws Exception {
        Path content = Files.createDirectories(temp.resolve("content"));
        watch(List.of(content, temp.resolve("missing"), temp.resolve("missing.yaml")), List.of());

        assertEquals(List.of(content.toAbsolutePath()), watcher.watchedDirectories());
    }

    private ChangeSet awaitChangeContaining(Path path) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (System.nanoTime() < deadline) {
            ChangeSet change = changes.poll(100, TimeUnit.MILLISECONDS);
            if (change != null && change.paths().contains(path.toAbsolutePath())) {
                return change;
            }
        }
        assertFalse(true, "no change reported for " + path);
        return null;
    }
}
