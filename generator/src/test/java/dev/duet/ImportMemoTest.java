package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.config.SiteConfig;
import dev.duet.content.ImportMemo;
import dev.duet.content.ImportReport;
import dev.duet.content.ImportReport.Status;
import dev.duet.diagnostic.Problem;
import dev.duet.testing.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import memo ({@code target/duet/import-memo.bin}): an import of sources and article files that are as they
 * were reads none of them again, and reports what an import without the memo reports; a file whose stamp changed is
 * read, and a file whose stamp was too new to trust is read again however it changed.
 */
class ImportMemoTest {

    private static final String ZH = ImportTest.RAIL_PATH + ".zh.md";
    private static final String EN = ImportTest.RAIL_PATH + ".en.md";
    /** The same story under another name: marked as a duplicate of the first. */
    private static final String RESENT = ImportTest.RAIL.replace("进一步完善了长三角地区高速铁路网。",
            "进一步完善了长三角地区高速铁路网，方便了沿线群众出行。");
    /** A story without a year: a warning each import repeats. */
    private static final String UNDATED = """
            春季茶叶出口增长
            新华社杭州4月2日电（记者 王林）今年一季度，浙江茶叶出口量同比增长百分之十二。
            英语如下：
            **Title: Spring Tea Exports Grow**
            Keywords: tea, exports.
            **News Content:**
            Spring Tea Exports Grow
            HANGZHOU, April 2 (Xinhua) -- Tea exports from Zhejiang grew by 12 percent in the first quarter.
            Views: 90
            """;

    @TempDir
    Path dir;

    private TestSite site() throws IOException {
        return TestSite.in(dir).write("sources/001_rail.txt", ImportTest.RAIL)
                .write("sources/007_rail_resent.txt", RESENT).write("sources/009_tea.txt", UNDATED);
    }

    /**
     * The site imported, its files aged, and imported again: the second import keeps a memo that knows every file
     * by its stamp.
     */
    private TestSite withMemo() throws IOException {
        TestSite site = site();
        site.duet().importSources();
        age();
        site.duet().importSources();
        return site;
    }

    /** Every source and article file as if saved an hour ago: old enough for the memo to trust its stamp. */
    private void age() throws IOException {
        timeAll(FileTime.from(Instant.now().minusSeconds(3600)));
    }

    /** Gives every source and article file the time {@code time}, its bytes unchanged. */
    private void timeAll(FileTime time) throws IOException {
        for (String folder : List.of("sources", "articles")) {
            try (Stream<Path> files = Files.walk(dir.resolve(folder))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.setLastModifiedTime(file, time);
                }
            }
        }
    }

    private Path memo() {
        return dir.resolve("target/duet/import-memo.bin");
    }

    private static Map<String, Status> outcomes(ImportReport report) {
        return report.files().stream().collect(Collectors.toMap(ImportReport.FileOutcome::path,
                ImportReport.FileOutcome::status, (a, b) -> a, TreeMap::new));
    }

    /** Replaces a file's bytes with others of the same length, keeping its time: a change its stamp cannot tell. */
    private void sameStampOtherBytes(String path, String from, String to) throws IOException {
        Path file = dir.resolve(path);
        FileTime time = Files.getLastModifiedTime(file);
        String text = Files.readString(file);
        assertEquals(from.getBytes(StandardCharsets.UTF_8).length, to.getBytes(StandardCharsets.UTF_8).length);
        assertTrue(text.contains(from), path);
        Files.writeString(file, text.replace(from, to));
        Files.setLastModifiedTime(file, time);
    }

    @Test
    void anImportOfFilesAsTheyWereReportsWhatAnImportWithoutTheMemoReports() throws Exception {
        TestSite site = site();
        site.duet().importSources();
        age();
        ImportReport withoutMemo = site.duet().importSources();
        assertTrue(Files.isRegularFile(memo()));

        ImportReport withMemo = site.duet().importSources();

        assertEquals(outcomes(withoutMemo), outcomes(withMemo));
        assertEquals(withoutMemo.problems(), withMemo.problems());
        assertEquals(withoutMemo.summary(), withMemo.summary());
        assertTrue(withMemo.problems().stream().map(Problem::code).toList().containsAll(
                List.of("import.duplicate", "source.no-date")), withMemo.problems().toString());
        assertEquals(6, withMemo.count(Status.UNCHANGED));
    }

    /** An import with the memo the last one left, and what it found as the memo knew it. */
    private record Counted(ImportReport report, ImportMemo.Known known) {
    }

    private Counted importCounted(TestSite site) throws IOException {
        SiteConfig config = site.config().build();
        ImportMemo memo = ImportMemo.load(config.cacheDir());
        ImportReport report = new SourceImport(config, site.listener()).importAll(SourceImport.onDisk(config), memo);
        return new Counted(report, memo.known());
    }

    /** Every source and article file with a new time and the same bytes, as a fresh checkout leaves them. */
    private void touch() throws IOException {
        timeAll(FileTime.from(Instant.now()));
    }

    @Test
    void filesAsTheyWereAreKnownByTheirStamps() throws Exception {
        TestSite site = site();
        // The first import of a site keeps no memo; the next one keeps what it reads.
        site.duet().importSources();
        assertFalse(Files.exists(memo()));
        age();
        Counted first = importCounted(site);

        Counted second = importCounted(site);

        assertEquals(new ImportMemo.Known(0, 0, 0), first.known());
        // Three sources; six article files; the duplicate's two files are compared too.
        assertEquals(new ImportMemo.Known(3, 6, 6), second.known());
        assertEquals(outcomes(first.report()), outcomes(second.report()));
    }

    @Test
    void aCheckoutsNewTimesKeepTheMemoByTheFilesBytes() throws Exception {
        TestSite site = site();
        site.duet().importSources();
        age();
        ImportReport before = site.duet().importSources();

        touch();
        Counted checkout = importCounted(site);
        // Too new to trust by their times, the files are known by their bytes again at the next import.
        Counted again = importCounted(site);

        for (Counted counted : List.of(checkout, again)) {
            assertEquals(new ImportMemo.Known(3, 6, 6), counted.known());
            assertEquals(outcomes(before), outcomes(counted.report()));
            assertEquals(before.problems(), counted.report().problems());
        }

        // A file's bytes changed with its time: read, and its change seen.
        site.write("sources/001_rail.txt", ImportTest.RAIL.replace("全长278.5公里", "全长279.5公里"));
        Counted changed = importCounted(site);
        assertEquals(new ImportMemo.Known(2, 6, 4), changed.known());
        assertEquals(Status.UPDATED, outcomes(changed.report()).get(ZH));
    }

    @Test
    void aSourceWithTheStampItHadIsNotReadAgain() throws Exception {
        TestSite site = withMemo();
        String zh = Files.readString(dir.resolve(ZH));

        // Bytes changed under the same size and time: only a reading would see them, and the memo spares it.
        sameStampOtherBytes("sources/001_rail.txt", "全长278.5公里", "全长279.5公里");
        ImportReport report = site.duet().importSources();

        assertEquals(Status.UNCHANGED, outcomes(report).get(ZH));
        assertEquals(zh, Files.readString(dir.resolve(ZH)));
    }

    /**
     * A tree whose files were all given one time (a reproducible tarball, {@code touch -d}): a source edited to the
     * same size and given that time back is read, since a time on a whole second is put on a file, and the first
     * import takes the edit. It told of a source "changed while import ran" and left the edit to the next import.
     */
    @Test
    void aSourceEditedUnderAWholeSecondTimeIsImportedAtOnce() throws Exception {
        TestSite site = site();
        site.duet().importSources();
        FileTime fixed = FileTime.from(Instant.parse("2024-01-01T00:00:00Z"));
        timeAll(fixed);
        site.duet().importSources();

        sameStampOtherBytes("sources/001_rail.txt", "全长278.5公里", "全长279.5公里");
        ImportReport report = site.duet().importSources();

        assertEquals(List.of(), report.problems().stream().filter(p -> p.code().equals("import.source-changed"))
                .toList());
        assertEquals(Status.UPDATED, outcomes(report).get(ZH));
        assertTrue(Files.readString(dir.resolve(ZH)).contains("全长279.5公里"));
    }

    @Test
    void forceReadsEveryFileAndKeepsANewMemo() throws Exception {
        TestSite site = withMemo();

        // A change the memo would hide: force reads the file anyway, and the memo it keeps knows the new bytes.
        sameStampOtherBytes("sources/001_rail.txt", "全长278.5公里", "全长279.5公里");
        ImportReport forced = site.duet(site.config().force(true).build()).importSources();
        Counted after = importCounted(site);

        assertEquals(Status.UPDATED, outcomes(forced).get(ZH));
        assertTrue(Files.readString(dir.resolve(ZH)).contains("全长279.5公里"));
        assertEquals(Status.UNCHANGED, outcomes(after.report()).get(ZH));
        // Every source known; the two article files force wrote are too new to be known by their stamps.
        assertEquals(3, after.known().sources());
    }

    @Test
    void aSourceChangedWithinTheClockTickOfItsReadingIsReadAgain() throws Exception {
        TestSite site = site();
        // Imported at once: the sources' times are too close to the reading for the memo to keep them.
        site.duet().importSources();
        site.duet().importSources();

        sameStampOtherBytes("sources/001_rail.txt", "全长278.5公里", "全长279.5公里");
        ImportReport report = site.duet().importSources();

        assertEquals(Status.UPDATED, outcomes(report).get(ZH));
        assertTrue(Files.readString(dir.resolve(ZH)).contains("全长279.5公里"));
    }

    @Test
    void aChangedSourceUpdatesItsArticles() throws Exception {
        TestSite site = withMemo();

        site.write("sources/001_rail.txt", ImportTest.RAIL.replace("全长278.5公里", "全长279.5公里"));
        ImportReport report = site.duet().importSources();

        assertEquals(Status.UPDATED, outcomes(report).get(ZH));
        assertEquals(Status.UNCHANGED, outcomes(report).get(EN));
        assertTrue(Files.readString(dir.resolve(ZH)).contains("全长279.5公里"));
    }

    @Test
    void anEditorsChangeIsSeenAndKept() throws Exception {
        TestSite site = withMemo();

        Path zh = dir.resolve(ZH);
        String edited = Files.readString(zh).replace("title: \"沪宁沿江高铁开通运营\"", "title: \"沪宁沿江高铁今日开通\"");
        assertTrue(edited.contains("今日开通"));
        Files.writeString(zh, edited);
        ImportReport report = site.duet().importSources();

        assertEquals(Status.KEPT_EDITED, outcomes(report).get(ZH));
        assertEquals(edited, Files.readString(zh));

        // The source changes too: its change is merged into the edited file, as without the memo.
        site.write("sources/001_rail.txt", ImportTest.RAIL.replace("全长278.5公里", "全长279.5公里"));
        ImportReport merged = site.duet().importSources();
        assertEquals(Status.MERGED, outcomes(merged).get(ZH), merged.problems().toString());
        String text = Files.readString(zh);
        assertTrue(text.contains("今日开通") && text.contains("全长279.5公里"), text);
    }

    @Test
    void aDeletedArticleFileIsWrittenAgain() throws Exception {
        TestSite site = withMemo();
        String en = Files.readString(dir.resolve(EN));

        Files.delete(dir.resolve(EN));
        ImportReport report = site.duet().importSources();

        assertEquals(Status.CREATED, outcomes(report).get(EN));
        assertEquals(Status.UNCHANGED, outcomes(report).get(ZH));
        assertEquals(en, Files.readString(dir.resolve(EN)));
    }

    @Test
    void aSourceChangedWhileImportRanIsLeftForTheNextImportWithAWarning() throws Exception {
        TestSite site = withMemo();
        // The article's file is gone, so import reads the source to write it; by then the source holds other bytes
        // under the stamp the memo knew.
        Files.delete(dir.resolve(ZH));
        sameStampOtherBytes("sources/001_rail.txt", "全长278.5公里", "全长279.5公里");

        ImportReport report = site.duet().importSources();

        assertTrue(report.problems().stream().anyMatch(p -> p.code().equals("import.source-changed")
                && p.file().equals("sources/001_rail.txt")), report.problems().toString());
        assertFalse(Files.exists(dir.resolve(ZH)));

        // The memo forgot the source: the next import reads it, and writes the file from what it now says.
        ImportReport next = site.duet().importSources();
        assertEquals(Status.CREATED, outcomes(next).get(ZH), next.problems().toString());
        assertTrue(Files.readString(dir.resolve(ZH)).contains("全长279.5公里"));
    }

    @Test
    void aDamagedOrMissingMemoIsNoMemo() throws Exception {
        TestSite site = site();
        site.duet().importSources();
        age();
        ImportReport first = site.duet().importSources();
        byte[] memo = Files.readAllBytes(memo());

        Files.write(memo(), java.util.Arrays.copyOf(memo, memo.length / 2));
        ImportReport cut = site.duet().importSources();
        Files.write(memo(), "not a memo".getBytes(StandardCharsets.UTF_8));
        ImportReport damaged = site.duet().importSources();
        Files.delete(memo());
        ImportReport none = site.duet().importSources();

        for (ImportReport report : List.of(cut, damaged, none)) {
            assertEquals(outcomes(first), outcomes(report));
            assertEquals(first.problems(), report.problems());
        }
        // Each of them read the files again, and kept what it read.
        assertEquals(memo.length, Files.size(memo()));
    }
}
