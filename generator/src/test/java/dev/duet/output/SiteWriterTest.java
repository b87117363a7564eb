package dev.duet.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the site writer leaves for the next build when a build stops half way. */
class SiteWriterTest {

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("site");
    }

    private Path cache() {
        return dir.resolve("cache");
    }

    private Path manifest() {
        return cache().resolve(SiteWriter.MANIFEST);
    }

    /** The paths the list holds, less the line that ends it. */
    private List<String> listed() throws IOException {
        List<String> lines = Files.readAllLines(manifest());
        assertEquals(".", lines.get(lines.size() - 1), "a list ends with its end line");
        return lines.subList(0, lines.size() - 1);
    }

    @Test
    void writesNothingBeforeItBegins() {
        SiteWriter writer = new SiteWriter(out(), cache());
        assertThrows(IllegalStateException.class, () -> writer.writeIfChanged(out().resolve("a.html"), new byte[1]));
    }

    @Test
    void beginningSetsTheMarkerAndListsEveryPathTheBuildMayWrite() throws Exception {
        SiteWriter first = new SiteWriter(out(), cache());
        first.begin(List.of("b.html", "a.html"));
        first.writeIfChanged(out().resolve("a.html"), bytes("a"));
        first.writeIfChanged(out().resolve("b.html"), bytes("b"));
        first.finish(List.of("a.html", "b.html"), new java.util.ArrayList<>());
        BuildMarker.in(cache()).clear();

        SiteWriter stopped = new SiteWriter(out(), cache());
        stopped.begin(List.of("a.html", "c/new.html"));
        assertTrue(BuildMarker.in(cache()).isSet());
        assertEquals(List.of("a.html", "b.html", "c/new.html"), listed(),
                "the last build's files and this one's");
        stopped.writeIfChanged(out().resolve("c/new.html"), bytes("new"));

        // The next build no longer makes c/new.html nor b.html: both go.
        SiteWriter next = new SiteWriter(out(), cache());
        next.begin(List.of("a.html"));
        assertEquals(List.of("b.html", "c/new.html"), next.finish(List.of("a.html"), new java.util.ArrayList<>()));
        assertFalse(Files.exists(out().resolve("c")), "the folder it made goes too");
        assertEquals(List.of("a.html"), listed());
    }

    @Test
    void leftoversAreTemporaryFilesAndEmptyFoldersOfListedPaths() throws Exception {
        SiteWriter stopped = new SiteWriter(out(), cache());
        stopped.begin(List.of("zh/2024/story/index.html", "index.html"));
        Files.createDirectories(out().resolve("zh/2024/story"));
        Files.writeString(out().resolve("zh/2024/.index.html.4711-23.tmp"), "half");
        Files.writeString(cache().resolve(".render-cache.txt.4711-1.tmp"), "half");
        Files.createDirectories(out().resolve("mine/empty"));
        Files.writeString(out().resolve("notes.tmp"), "the user's");

        new SiteWriter(out(), cache()).removeLeftovers();

        assertFalse(Files.exists(out().resolve("zh")), "the folders an unfinished build made, empty, go");
        assertFalse(Files.exists(cache().resolve(".render-cache.txt.4711-1.tmp")));
        assertTrue(Files.isDirectory(out().resolve("mine/empty")), "a folder no build makes stays");
        assertTrue(Files.exists(out().resolve("notes.tmp")));
    }

    @Test
    void aListThatIsNotUtf8IsTakenAsMissingAndDeletesNothing() throws Exception {
        SiteWriter first = new SiteWriter(out(), cache());
        first.begin(List.of("a.html", "b.html", "c/old.html"));
        first.writeIfChanged(out().resolve("a.html"), bytes("a"));
        first.writeIfChanged(out().resolve("b.html"), bytes("b"));
        first.writeIfChanged(out().resolve("c/old.html"), bytes("old"));
        first.finish(List.of("a.html", "b.html", "c/old.html"), new java.util.ArrayList<>());
        Files.delete(out().resolve("c/old.html"));
        Files.write(manifest(), new byte[] {'b', '.', 'h', 't', 'm', 'l', '\n', 'c', '/', 'x', '\n', (byte) 0xC3,
                '(', '\n', 'z', '\n'});

        SiteWriter next = new SiteWriter(out(), cache());
        next.removeLeftovers();
        assertTrue(Files.isDirectory(out().resolve("c")), "a damaged list names no folder to remove");
        next.begin(List.of("a.html"));
        assertEquals(List.of("a.html"), listed(), "the list is made again");
        List<dev.duet.diagnostic.Problem> problems = new java.util.ArrayList<>();
        assertEquals(List.of(), next.finish(List.of("a.html"), problems));
        assertTrue(Files.exists(out().resolve("b.html")), "no file is deleted on the word of a damaged list");
        assertTrue(problems.stream().anyMatch(p -> p.code().equals("build.unknown-output")
                && p.message().contains(SiteWriter.MANIFEST + " in the cache folder, was damaged")),
                problems.toString());
        assertEquals(List.of("a.html"), listed());
    }

    @Test
    void aListCutShortIsDamagedAndTheFilesItNoLongerNamesAreAnErrorAtEveryBuildUntilTheyAreGone() throws Exception {
        SiteWriter first = new SiteWriter(out(), cache());
        first.begin(List.of("a.html", "b.html", "z/old.html"));
        for (String path : List.of("a.html", "b.html", "z/old.html")) {
            first.writeIfChanged(out().resolve(path), bytes(path));
        }
        first.finish(List.of("a.html", "b.html", "z/old.html"), new java.util.ArrayList<>());
        BuildMarker.in(cache()).clear();
        // Its second half lost, as a cache restored in part leaves it: z/old.html is no longer named.
        byte[] whole = Files.readAllBytes(manifest());
        Files.write(manifest(), java.util.Arrays.copyOf(whole, "a.html\nb.html\n".length()));

        for (int build = 0; build < 2; build++) {
            SiteWriter next = new SiteWriter(out(), cache());
            next.begin(List.of("a.html"));
            List<dev.duet.diagnostic.Problem> problems = new java.util.ArrayList<>();
            next.finish(List.of("a.html"), problems);
            BuildMarker.in(cache()).clear();
            assertEquals(List.of("build.unknown-output b.html"), problems.stream().map(p -> p.code() + " "
                    + p.file()).toList(), "build " + build);
            assertTrue(problems.get(0).isError());
            assertTrue(problems.get(0).message().contains("z/old.html"), problems.get(0).message());
        }
        Files.delete(out().resolve("b.html"));
        Files.delete(out().resolve("z/old.html"));
        SiteWriter cleaned = new SiteWriter(out(), cache());
        cleaned.begin(List.of("a.html"));
        List<dev.duet.diagnostic.Problem> none = new java.util.ArrayList<>();
        cleaned.finish(List.of("a.html"), none);
        assertEquals(List.of(), none);
        assertFalse(Files.exists(cache().resolve(SiteWriter.STRAYS)));
    }

    @Test
    void writesNothingThroughAFolderOfTheOutputThatIsALink() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("index.html"), "theirs");
        Files.createDirectories(out().resolve("zh"));
        Files.createSymbolicLink(out().resolve("zh/tags"), outside);
        SiteWriter writer = new SiteWriter(out(), cache(), true);
        writer.begin(List.of("zh/tags/index.html", "zh/tags/new/index.html"));

        OutputLinkException index = assertThrows(OutputLinkException.class,
                () -> writer.writeIfChanged(out().resolve("zh/tags/index.html"), bytes("ours")));
        assertThrows(OutputLinkException.class,
                () -> writer.writeIfChanged(out().resolve("zh/tags/new/index.html"), bytes("ours")));

        assertEquals("zh/tags", index.problem().file());
        assertTrue(index.getMessage().startsWith(out().resolve("zh/tags") + " is a link to " + outside),
                index.getMessage());
        assertEquals("theirs", Files.readString(outside.resolve("index.html")));
        assertEquals(List.of("index.html"), List.of(outside.toFile().list()), "nothing made outside");
    }

    @Test
    void aRealFolderBelowALinkIsNoWayThroughEither() throws Exception {
        Path victim = Files.createDirectories(dir.resolve("victim/10"));
        Files.createDirectories(out().resolve("en"));
        Files.createSymbolicLink(out().resolve("en/2023"), victim.getParent());
        SiteWriter writer = new SiteWriter(out(), cache());
        writer.begin(List.of("en/2023/10/a.html", "en/2023/10/b.html"));

        for (String path : List.of("en/2023/10/a.html", "en/2023/10/b.html")) {
            assertThrows(OutputLinkException.class, () -> writer.writeIfChanged(out().resolve(path), bytes("x")),
                    path);
        }
        assertEquals(0, victim.toFile().list().length, "nothing written in the folder the link leads to");
    }

    @Test
    void aFileOfTheOutputThatIsALinkIsReplacedNotWrittenThrough() throws Exception {
        Path outside = Files.writeString(dir.resolve("passwd"), "theirs");
        Path same = Files.writeString(dir.resolve("same"), "ours");
        Files.createDirectories(out());
        Files.createSymbolicLink(out().resolve("a.html"), outside);
        Files.createSymbolicLink(out().resolve("b.html"), same);
        SiteWriter writer = new SiteWriter(out(), cache());
        writer.begin(List.of("a.html", "b.html"));

        assertTrue(writer.writeIfChanged(out().resolve("a.html"), bytes("ours")));
        assertTrue(writer.writeIfChanged(out().resolve("b.html"), bytes("ours")), "even one naming the same bytes");

        for (String name : List.of("a.html", "b.html")) {
            assertFalse(Files.isSymbolicLink(out().resolve(name)), name);
            assertEquals("ours", Files.readString(out().resolve(name)));
        }
        assertEquals("theirs", Files.readString(outside));
    }

    @Test
    void deletesNoStaleFileThroughAFolderThatIsALinkAndListsItForLater() throws Exception {
        SiteWriter first = new SiteWriter(out(), cache());
        first.begin(List.of("en/2023/09/story/index.html", "index.html"));
        first.writeIfChanged(out().resolve("en/2023/09/story/index.html"), bytes("story"));
        first.writeIfChanged(out().resolve("index.html"), bytes("home"));
        first.finish(List.of("en/2023/09/story/index.html", "index.html"), new java.util.ArrayList<>());
        Path victim = dir.resolve("victim");
        Files.move(out().resolve("en/2023"), victim);
        Files.createSymbolicLink(out().resolve("en/2023"), victim);

        SiteWriter next = new SiteWriter(out(), cache());
        next.begin(List.of("index.html"));
        List<dev.duet.diagnostic.Problem> problems = new java.util.ArrayList<>();
        assertEquals(List.of(), next.finish(List.of("index.html"), problems));

        assertTrue(Files.isRegularFile(victim.resolve("09/story/index.html")), "left where the link leads");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("build.output-link", problems.get(0).code());
        assertEquals("en/2023", problems.get(0).file());
        assertEquals(List.of("en/2023/09/story/index.html", "index.html"), listed(),
                "still listed, to be removed once the link is gone");
    }

    @Test
    void aStaleFileThatIsALinkGoesButNotWhatItNames() throws Exception {
        Path outside = Files.writeString(dir.resolve("passwd"), "theirs");
        SiteWriter first = new SiteWriter(out(), cache());
        first.begin(List.of("old.html"));
        first.writeIfChanged(out().resolve("old.html"), bytes("old"));
        first.finish(List.of("old.html"), new java.util.ArrayList<>());
        Files.delete(out().resolve("old.html"));
        Files.createSymbolicLink(out().resolve("old.html"), outside);

        SiteWriter next = new SiteWriter(out(), cache());
        next.begin(List.of());
        assertEquals(List.of("old.html"), next.finish(List.of(), new java.util.ArrayList<>()));

        assertFalse(Files.exists(out().resolve("old.html"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertEquals("theirs", Files.readString(outside));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aBuildWithoutAListTellsOfFilesItFindsButNotOfAFolderOfItsOwnInAnOutputFolderBegunEmpty() throws Exception {
        Files.createDirectories(out().resolve(".git/objects"));
        Files.writeString(out().resolve(".git/HEAD"), "ref: refs/heads/gh-pages\n");
        SiteWriter empty = new SiteWriter(out(), cache());
        empty.begin(List.of("a.html"));
        empty.writeIfChanged(out().resolve("a.html"), bytes("a"));
        List<dev.duet.diagnostic.Problem> none = new java.util.ArrayList<>();
        empty.finish(List.of("a.html"), none);
        assertEquals(List.of(), none);

        Files.delete(manifest());
        Files.writeString(out().resolve("old.html"), "an earlier build's page");
        SiteWriter unlisted = new SiteWriter(out(), cache());
        unlisted.begin(List.of("a.html"));
        List<dev.duet.diagnostic.Problem> told = new java.util.ArrayList<>();
        unlisted.finish(List.of("a.html"), told);
        assertEquals(List.of("build.unknown-output old.html"), told.stream().map(p -> p.code() + " " + p.file())
                .toList());
        assertTrue(Files.exists(out().resolve("old.html")), "kept");
    }

    @Test
    void aBuildThatTrustsNothingTellsOfFilesNoBuildMadeAndRemovesTheLastBuildsOwn() throws Exception {
        SiteWriter first = new SiteWriter(out(), cache());
        first.begin(List.of("a.html", "old.html"));
        first.writeIfChanged(out().resolve("a.html"), bytes("a"));
        first.writeIfChanged(out().resolve("old.html"), bytes("old"));
        first.finish(List.of("a.html", "old.html"), new java.util.ArrayList<>());
        BuildMarker.in(cache()).clear(); // as a build that finished clears it
        Files.writeString(out().resolve("stray.html"), "put there by hand");

        SiteWriter everyday = new SiteWriter(out(), cache());
        everyday.begin(List.of("a.html", "old.html"));
        List<dev.duet.diagnostic.Problem> quiet = new java.util.ArrayList<>();
        everyday.finish(List.of("a.html", "old.html"), quiet);
        BuildMarker.in(cache()).clear();
        assertEquals(List.of(), quiet, "an everyday build walks no folder");

        SiteWriter forced = new SiteWriter(out(), cache());
        forced.trustNothing();
        forced.begin(List.of("a.html"));
        List<dev.duet.diagnostic.Problem> told = new java.util.ArrayList<>();
        assertEquals(List.of("old.html"), forced.finish(List.of("a.html"), told));
        assertEquals(List.of("build.unknown-output stray.html"), told.stream().map(p -> p.code() + " " + p.file())
                .toList());
        assertTrue(told.get(0).message().contains("made by no build of this site"), told.get(0).message());
        assertTrue(Files.exists(out().resolve("stray.html")), "kept");
    }
}
