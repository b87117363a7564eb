package dev.duet.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.diagnostic.Problem;
import dev.duet.io.FileClock;
import dev.duet.model.Lifecycle;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildSnapshotTest {

    private static final long HOUR = TimeUnit.HOURS.toNanos(1);

    @TempDir
    Path dir;

    @Test
    void readsBackWhatItWrote() throws java.io.IOException {
        BuildSnapshot snapshot = snapshot(Map.of("zh/index.html", new BuildSnapshot.Output(new FileStamp(10, 5), ""),
                "search/zh/meta.json", new BuildSnapshot.Output(new FileStamp(20, 6), "0123456789abcdef0123456789abcdef"),
                "odd\tname\\with\nbreaks.txt", new BuildSnapshot.Output(new FileStamp(0, 7), "")));

        String text = SnapshotFile.format(snapshot);

        assertEquals(Optional.of(snapshot), SnapshotFile.parse(text));
        assertEquals(text, SnapshotFile.format(SnapshotFile.parse(text).orElseThrow()), "the same text again");
        assertTrue(text.indexOf("\ninput\t") < text.indexOf("\noutput\t"));
        assertEquals(Optional.of(snapshot.inputs()), SnapshotFile.readInputs(new java.io.ByteArrayInputStream(
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8))), "the inputs alone");
    }

    @Test
    void keepsTheScheduleOfStoriesWaitingAndHoldsOnlyUntilTheNextIsDue() {
        Lifecycle.Schedule schedule = new Lifecycle.Schedule(2, Optional.of(Instant.parse("2024-06-01T00:00:00Z")),
                Optional.of(Instant.parse("2024-05-21T00:00:00Z")));
        BuildSnapshot snapshot = snapshot(Map.of("zh/index.html", output(1))).scheduled(schedule);

        String text = SnapshotFile.format(snapshot);

        assertTrue(text.contains("\nschedule\t2\t2024-06-01T00:00:00Z\t2024-05-21T00:00:00Z\n"), text);
        assertEquals(Optional.of(snapshot), SnapshotFile.parse(text));
        assertTrue(snapshot.holdsAt(Instant.parse("2024-05-31T23:59:59Z")));
        assertFalse(snapshot.holdsAt(Instant.parse("2024-06-01T00:00:00Z")), "the next story is due");
        assertFalse(snapshot.holdsAt(Instant.parse("2024-05-20T00:00:00Z")), "before a story it published");
        assertTrue(snapshot(Map.of()).holdsAt(Instant.EPOCH), "nothing scheduled, nothing dated");
    }

    @Test
    void aLargeSnapshotWithLinesAcrossItsReadingChunksReadsBackWhole() {
        // Many times the reader's chunk, with Chinese paths (several bytes a character, some split between chunks)
        // and escaped characters among plain ones.
        Map<String, BuildSnapshot.Output> outputs = new TreeMap<>();
        for (int i = 0; i < 6_000; i++) {
            String path = switch (i % 3) {
                case 0 -> "zh/tags/经济合作-" + i + "/index.html";
                case 1 -> "en/2024/05/story-" + i + ".html";
                default -> "odd\t" + i + "\name.html";
            };
            outputs.put(path, new BuildSnapshot.Output(new FileStamp(i, 1_000_000L * i), i % 7 == 0 ? "ab" + i : ""));
        }
        BuildSnapshot snapshot = snapshot(outputs);

        String text = SnapshotFile.format(snapshot);

        assertTrue(text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 4 * 65_536);
        assertEquals(Optional.of(snapshot), SnapshotFile.parse(text));
    }

    @Test
    void pathsOutOfOrderOrListedTwiceAreNoSnapshot() {
        String text = SnapshotFile.format(snapshot(Map.of("a.html", output(1), "b.html", output(2))));
        String a = text.lines().filter(l -> l.endsWith("\ta.html")).findFirst().orElseThrow();
        String b = text.lines().filter(l -> l.endsWith("\tb.html")).findFirst().orElseThrow();

        assertEquals(Optional.empty(), SnapshotFile.parse(text.replace(a + "\n" + b, b + "\n" + a)), "out of order");
        assertEquals(Optional.empty(), SnapshotFile.parse(text.replace(b, a)), "twice");
    }

    @Test
    void pathsAreWrittenInOrder() {
        BuildSnapshot snapshot = snapshot(Map.of("b.html", output(1), "a.html", output(1), "a/b.html", output(1)));
        List<String> outputs = SnapshotFile.format(snapshot).lines().filter(l -> l.startsWith("output\t"))
                .map(l -> l.substring(l.lastIndexOf('\t') + 1)).toList();
        assertEquals(List.of("a.html", "a/b.html", "b.html"), outputs);
    }

    @Test
    void anythingButAWholeSnapshotIsNone() {
        String text = SnapshotFile.format(snapshot(Map.of("index.html", output(1))));
        assertEquals(Optional.empty(), SnapshotFile.parse(""));
        assertEquals(Optional.empty(), SnapshotFile.parse("garbage\n"));
        assertEquals(Optional.empty(), SnapshotFile.parse(text.substring(0, text.length() - 1)));
        assertEquals(Optional.empty(), SnapshotFile.parse(text.replace("end\n", "")), "cut before its end");
        assertEquals(Optional.empty(), SnapshotFile.parse(text + "output\t1\t1\t-\textra.html\n"), "more after the end");
        assertEquals(Optional.empty(), SnapshotFile.parse(text.replace("duet-build-snapshot\t4", "duet-build-snapshot\t3")),
                "another version of the format");
        assertEquals(Optional.empty(), SnapshotFile.parse(text.replace("WARNING", "NOTICE")));
        assertEquals(Optional.empty(), SnapshotFile.parse(text.replace("a\\tb", "a\\qb")), "an unknown escape");
        assertEquals(Optional.empty(), SnapshotFile.parse(text.replace("\nfiles\t1\n", "\nfiles\tone\n")));
        assertEquals(Optional.empty(), SnapshotFile.parse(text.replace("\noutput\t", "\noutput\t\t")),
                "a field too many");
    }

    @Test
    void aLostSnapshotIsNone() throws Exception {
        assertEquals(Optional.empty(), BuildSnapshot.load(dir));
        BuildSnapshot snapshot = snapshot(Map.of("index.html", output(1)));
        snapshot.save(dir);
        assertEquals(Optional.of(snapshot), BuildSnapshot.load(dir));
        Files.write(dir.resolve(BuildSnapshot.FILE), new byte[] {(byte) 0xc3, '\n'});
        assertEquals(Optional.empty(), BuildSnapshot.load(dir), "not UTF-8");
        BuildSnapshot.delete(dir);
        assertEquals(Optional.empty(), BuildSnapshot.load(dir));
    }

    @Test
    void findsOutputsChangedDeletedOrReplacedByAFolder() throws Exception {
        Path out = dir.resolve("site");
        Files.createDirectories(out);
        for (String name : List.of("same.html", "longer.html", "touched.html", "deleted.html", "folder.html")) {
            Files.writeString(out.resolve(name), "<p>" + name + "</p>");
            Files.setLastModifiedTime(out.resolve(name), FileTime.from(Instant.now().minusSeconds(3600)));
        }
        BuildSnapshot snapshot = BuildSnapshot.take("d", inputs(), out, List.of("same.html", "longer.html",
                "touched.html", "deleted.html", "folder.html", "../escapes.html"), 1, List.of(), 2);
        assertTrue(snapshot.outputs().values().stream().allMatch(o -> o.content().isEmpty()), "old files: stamps");
        Files.writeString(out.resolve("longer.html"), "<p>longer.html, longer</p>");
        Files.setLastModifiedTime(out.resolve("longer.html"),
                FileTime.from(snapshot.outputs().get("longer.html").stamp().modified(), TimeUnit.NANOSECONDS));
        Files.setLastModifiedTime(out.resolve("touched.html"), FileTime.from(Instant.now()));
        Files.delete(out.resolve("deleted.html"));
        Files.delete(out.resolve("folder.html"));
        Files.createDirectories(out.resolve("folder.html"));

        BuildSnapshot.OutputCheck check = snapshot.checkOutputs(out, 2);

        assertEquals(Set.of("longer.html", "touched.html", "deleted.html", "folder.html", "../escapes.html"),
                check.changed());
    }

    /**
     * The snapshot at the end of a build records the files the build did not write with the stamps the check before
     * it found, without looking at them again: a file changed by someone else while the build ran is then found
     * changed by the next check, where looking again would have recorded the change as the build's own.
     */
    @Test
    void aSnapshotTakesTheStampsOfFilesTheBuildDidNotWriteFromTheCheckBeforeIt() throws Exception {
        Path out = dir.resolve("site");
        Files.createDirectories(out);
        for (String name : List.of("kept.html", "changed-during.html", "rewritten.html", "by-hand.html")) {
            Files.writeString(out.resolve(name), "<p>" + name + "</p>");
            Files.setLastModifiedTime(out.resolve(name), FileTime.from(Instant.now().minusSeconds(3600)));
        }
        List<String> files = List.of("kept.html", "changed-during.html", "rewritten.html", "by-hand.html");
        BuildSnapshot last = BuildSnapshot.take("d", inputs(), out, files, 1, List.of(), 2);
        Files.writeString(out.resolve("by-hand.html"), "<p>edited by hand</p>");
        BuildSnapshot.OutputCheck check = last.checkOutputs(out, 2);
        assertEquals(Set.of("by-hand.html"), check.changed());
        KnownOutputs known = last.known(check);
        assertEquals(3, known.size(), "the files found as they were");

        // The build writes two files; someone else changes a third while it runs.
        Files.writeString(out.resolve("rewritten.html"), "<p>rewritten</p>");
        Files.writeString(out.resolve("by-hand.html"), "<p>by-hand.html, rendered again</p>");
        Files.writeString(out.resolve("changed-during.html"), "<p>changed while the build ran</p>");
        List<String> newFiles = new java.util.ArrayList<>(files);
        newFiles.add("new.html");
        Files.writeString(out.resolve("new.html"), "<p>new</p>");
        BuildSnapshot taken = BuildSnapshot.take("d", inputs(), out, newFiles,
                Set.of("rewritten.html", "by-hand.html", "new.html"), known, 1, List.of(), 2);

        assertEquals(last.outputs().get("kept.html"), taken.outputs().get("kept.html"));
        assertEquals(Set.of("changed-during.html"), taken.checkOutputs(out, 2).changed());
        BuildSnapshot lookedAgain = BuildSnapshot.take("d", inputs(), out, newFiles, 1, List.of(), 2);
        assertEquals(Set.of(), lookedAgain.checkOutputs(out, 2).changed(), "looking again misses the change");
    }

    @Test
    void comparesTheBytesOfFilesWrittenJustBeforeTheSnapshot() throws Exception {
        Path out = dir.resolve("site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("new.html"), "<p>one</p>");
        BuildSnapshot snapshot = BuildSnapshot.take("d", inputs(), out, List.of("new.html"), 1, List.of(), 1);
        FileTime time = Files.getLastModifiedTime(out.resolve("new.html"));
        assertFalse(snapshot.outputs().get("new.html").content().isEmpty(), "a new file: its bytes too");
        assertEquals(Set.of(), snapshot.checkOutputs(out, 1).changed());

        Files.writeString(out.resolve("new.html"), "<p>two</p>");
        Files.setLastModifiedTime(out.resolve("new.html"), time);

        assertEquals(Set.of("new.html"), snapshot.checkOutputs(out, 1).changed());
    }

    @Test
    void aCheckThatComparedBytesLetsTheNextOneTrustOldStamps() {
        long now = FileClock.now();
        BuildSnapshot snapshot = snapshot(Map.of(
                "old.html", new BuildSnapshot.Output(new FileStamp(3, now - HOUR), "0123456789abcdef0123456789abcdef"),
                "new.html", new BuildSnapshot.Output(new FileStamp(3, now - 1_000_000), "00000000000000000000000000000000"),
                "plain.html", output(now - HOUR)));

        BuildSnapshot refreshed = snapshot.refreshed(new BuildSnapshot.OutputCheck(now, Set.of()), inputs()).orElseThrow();

        assertEquals("", refreshed.outputs().get("old.html").content());
        assertEquals("00000000000000000000000000000000", refreshed.outputs().get("new.html").content(),
                "still too new for its stamp to tell");
        assertEquals(now, refreshed.stamped());
        assertEquals(snapshot.inputs(), refreshed.inputs());
        assertEquals(snapshot.problems(), refreshed.problems());
        assertEquals(Optional.empty(), refreshed.refreshed(new BuildSnapshot.OutputCheck(now, Set.of()), inputs()),
                "nothing left to refresh");
        assertEquals(Optional.empty(), snapshot.refreshed(new BuildSnapshot.OutputCheck(now, Set.of("old.html")), inputs()),
                "a check that found a change refreshes nothing");
    }

    @Test
    void inputsChangedNearTheirListingAreComparedByTheirBytes() throws Exception {
        Path site = dir.resolve("racy");
        Files.createDirectories(site.resolve("articles"));
        Path article = site.resolve("articles/a.md");
        Files.writeString(article, "first");
        List<BuildInputs.Root> roots = List.of(BuildInputs.Root.of(site.resolve("articles"), ".md"),
                BuildInputs.Root.of(site.resolve("glossary.yaml")));
        BuildInputs listed = BuildInputs.scan(site, roots);
        assertEquals(List.of("articles/a.md"), List.copyOf(listed.contents().keySet()), "written just now");
        BuildSnapshot snapshot = SnapshotFile.parse(SnapshotFile.format(snapshot(listed))).orElseThrow();
        assertEquals(listed, snapshot.inputs(), "the digest survives the file");
        assertTrue(snapshot.matches("d", listed, site));
        assertFalse(snapshot.matches("other", listed, site));

        // Another edit within the same clock tick keeps size and time: only the bytes tell.
        FileTime time = Files.getLastModifiedTime(article);
        Files.writeString(article, "other");
        Files.setLastModifiedTime(article, time);
        assertEquals(listed.files(), BuildInputs.scan(site, roots).files(), "the stamps cannot tell");
        assertFalse(snapshot.matches("d", listed, site));

        Files.delete(article);
        assertFalse(snapshot.matches("d", listed, site), "a file that cannot be read is a change");

        Files.writeString(article, "first");
        Files.setLastModifiedTime(article, FileTime.from(Instant.now().minusSeconds(60)));
        BuildInputs old = BuildInputs.scan(site, roots);
        assertEquals(Map.of(), old.contents(), "a file left alone for a minute is known by its stamp");
        assertTrue(snapshot(old).matches("d", old, site));
        assertFalse(snapshot(old).matches("d", BuildInputs.scan(site, List.of(roots.get(0))), site),
                "the glossary was absent");
    }

    @Test
    void listsFilesWithTheirStampsAndAbsentPlaces() throws Exception {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("articles/2024"));
        Files.writeString(site.resolve("articles/2024/a.zh.md"), "a");
        Files.writeString(site.resolve("articles/notes.txt"), "not an article");
        Files.createDirectories(site.resolve("static/css"));
        Files.writeString(site.resolve("static/css/site.css"), "css");
        Files.createSymbolicLink(site.resolve("articles/link.en.md"), site.resolve("articles/2024/a.zh.md"));

        BuildInputs inputs = BuildInputs.scan(site, List.of(BuildInputs.Root.of(site.resolve("articles"), ".md"),
                BuildInputs.Root.of(site.resolve("static")), BuildInputs.Root.of(site.resolve("theme")),
                BuildInputs.Root.of(site.resolve("glossary.yaml"))));

        assertEquals(Set.of("articles/2024/a.zh.md", "articles/link.en.md", "static/css/site.css", "theme",
                "glossary.yaml"), inputs.files().keySet());
        assertEquals(1, inputs.files().get("articles/link.en.md").size(), "a link stands for the file it names");
        assertEquals(FileStamp.ABSENT, inputs.files().get("theme"));
        assertEquals(Files.getLastModifiedTime(site.resolve("static/css/site.css")).to(TimeUnit.NANOSECONDS),
                inputs.files().get("static/css/site.css").modified());
    }

    @Test
    void listsALinkOutOfTheSiteByItsOwnStampAndTheFilesOfLinksInsideIt() throws Exception {
        Path site = dir.resolve("site");
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("passwd"), "a secret of some length");
        Files.createDirectories(site.resolve("static"));
        Files.createDirectories(site.resolve("assets"));
        Files.writeString(site.resolve("assets/logo.svg"), "svg");
        Files.createSymbolicLink(site.resolve("static/passwd"), outside.resolve("passwd"));
        Files.createSymbolicLink(site.resolve("static/img"), site.resolve("assets"));

        BuildInputs inputs = BuildInputs.scan(site, List.of(BuildInputs.Root.of(site.resolve("static"))));

        assertEquals(Set.of("static/passwd", "static/img/logo.svg"), inputs.files().keySet());
        assertEquals(Files.readAttributes(site.resolve("static/passwd"), BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS).size(), inputs.files().get("static/passwd").size(),
                "the link, not the file it names");
        assertFalse(inputs.contents().containsKey("static/passwd"), "what the link names is not read");
        assertEquals(3, inputs.files().get("static/img/logo.svg").size());
    }

    /** {@code articles/a.md} under the site, with the text, last modified an hour ago. */
    private static Path anHourOld(Path site, String text) throws Exception {
        Path article = Files.createDirectories(site.resolve("articles")).resolve("a.md");
        Files.writeString(article, text);
        Files.setLastModifiedTime(article, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        return article;
    }

    private static List<BuildInputs.Root> articlesRoot(Path site) {
        return List.of(BuildInputs.Root.of(site.resolve("articles"), ".md"));
    }

    @Test
    void inputsWhoseStampsChangedButNotTheirBytesAreTheSame() throws Exception {
        Path site = dir.resolve("site");
        Path article = anHourOld(site, "the same bytes");
        FileTime hourAgo = Files.getLastModifiedTime(article);
        List<BuildInputs.Root> roots = articlesRoot(site);
        BuildInputs built = BuildInputs.scan(site, roots).withDigests(Optional.empty(), site, 2);
        assertTrue(built.digests().containsKey("articles/a.md"), "every file read is digested");

        Files.setLastModifiedTime(article, FileTime.from(hourAgo.toInstant().plusSeconds(60)));
        BuildInputs touched = BuildInputs.scan(site, roots);
        assertNotEquals(built.files(), touched.files());
        assertTrue(snapshot(built).matches("d", touched, site), "a new time, the same bytes");
        assertEquals(touched.files(), built.restamped(touched).files(), "known by the new stamp from then on");

        Files.writeString(article, "other  bytes!!");
        Files.setLastModifiedTime(article, FileTime.from(hourAgo.toInstant().plusSeconds(120)));
        assertFalse(snapshot(built).matches("d", BuildInputs.scan(site, roots), site), "other bytes, same size");

        BuildInputs undigested = new BuildInputs(built.listed(), built.files(), Map.of(), Map.of());
        Files.writeString(article, "the same bytes");
        assertFalse(snapshot(undigested).matches("d", touched, site), "a file without a digest is a change");
    }

    @Test
    void aFileChangedSinceItWasListedGetsNoDigestAndDigestsCarryOverByStamp() throws Exception {
        Path site = dir.resolve("site");
        Path article = anHourOld(site, "as listed");
        FileTime hourAgo = Files.getLastModifiedTime(article);
        List<BuildInputs.Root> roots = articlesRoot(site);
        BuildInputs listed = BuildInputs.scan(site, roots);

        BuildInputs carried = listed.withDigests(Optional.of(new BuildInputs(1, listed.files(), Map.of(),
                Map.of("articles/a.md", "digest of the last build"))), site, 1);
        assertEquals("digest of the last build", carried.digests().get("articles/a.md"), "same stamp: not read");

        Files.writeString(article, "changed during the build");
        assertEquals(Map.of(), listed.withDigests(Optional.empty(), site, 1).digests(),
                "the build may have read either text");
    }

    private static BuildSnapshot.Output output(long modified) {
        return new BuildSnapshot.Output(new FileStamp(1, modified), "");
    }

    private static BuildInputs inputs() {
        return new BuildInputs(1_000, Map.of("articles/a.md", new FileStamp(12, 500), "glossary.yaml", FileStamp.ABSENT),
                Map.of("articles/a.md", "0123456789abcdef0123456789abcdef"),
                Map.of("articles/a.md", "0123456789abcdef0123456789abcdef"));
    }

    private static BuildSnapshot snapshot(Map<String, BuildSnapshot.Output> outputs) {
        return new BuildSnapshot("d", inputs(), 2_000, new TreeMap<>(outputs), 1, outputs.size(),
                List.of(Problem.warning("content.no-date", "articles/a.md", 0, "a\tb\nc \\ d"),
                        Problem.error("x.y", "", 3, "message")));
    }

    private static BuildSnapshot snapshot(BuildInputs inputs) {
        return new BuildSnapshot("d", inputs, 2_000, new TreeMap<>(), 1, 0, List.of());
    }
}
