package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.content.ImportReport;
import dev.duet.diagnostic.Problem;
import dev.duet.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story whose files an editor deleted, and whose deletion a build noted in {@code deleted.tsv}, is not written
 * again by the next import while its source stays: a story taken down stays down. Removing its line imports it again.
 */
class ImportDeletedTest {

    private static final String ZH = ImportTest.RAIL_PATH + ".zh.md";
    private static final String EN = ImportTest.RAIL_PATH + ".en.md";
    private static final String SOURCE = "sources/001_rail.txt";

    @TempDir
    Path dir;

    private static List<Problem> leftDeleted(ImportReport report) {
        return report.problems().stream().filter(p -> p.code().equals("import.deleted")).toList();
    }

    @Test
    void aDeletedStoryIsNotImportedAgainUntilItsLineIsRemoved() throws Exception {
        TestSite site = TestSite.in(dir).write(SOURCE, ImportTest.RAIL);
        assertEquals(2, site.duet().importSources().count(ImportReport.Status.CREATED));
        assertFalse(site.build().hasErrors());
        Files.delete(dir.resolve(ZH));
        Files.delete(dir.resolve(EN));
        assertFalse(site.build().hasErrors());
        String places = Files.readString(dir.resolve("deleted.tsv"));

        ImportReport again = site.duet().importSources();
        assertFalse(Files.exists(dir.resolve(ZH)), "not written again");
        assertFalse(Files.exists(dir.resolve(EN)));
        assertEquals(List.of(), again.files());
        assertTrue(again.summary().startsWith("1 source file read: 0 stories imported as 0 articles"), again.summary());
        List<Problem> told = leftDeleted(again);
        assertEquals(1, told.size(), again.problems().toString());
        assertEquals(SOURCE, told.get(0).file());
        assertFalse(told.get(0).isError());
        assertTrue(told.get(0).message().matches("its story was deleted, so " + ZH + " \\(deleted\\.tsv:\\d+\\) and "
                + EN + " \\(deleted\\.tsv:\\d+\\) are not written again: delete this source file, or remove their"
                + " lines of deleted\\.tsv to import the story again"), told.get(0).message());
        site.problems().clear();
        assertTrue(site.build().upToDate(), "the import changed nothing");

        // The lines removed, the next import writes the story again.
        Files.writeString(dir.resolve("deleted.tsv"), places.lines().filter(line -> line.startsWith("#"))
                .map(line -> line + "\n").reduce("", String::concat));
        ImportReport restored = site.duet().importSources();
        assertEquals(List.of(), leftDeleted(restored));
        assertEquals(2, restored.count(ImportReport.Status.CREATED));
    }

    @Test
    void aLanguageDeletedStaysDeletedAndTheOtherIsImportedAsBefore() throws Exception {
        TestSite site = TestSite.in(dir).write(SOURCE, ImportTest.RAIL);
        site.duet().importSources();
        assertFalse(site.build().hasErrors());
        Files.delete(dir.resolve(EN));
        assertFalse(site.build().hasErrors());
        String zh = Files.readString(dir.resolve(ZH));

        ImportReport again = site.duet().importSources();
        assertFalse(Files.exists(dir.resolve(EN)));
        assertEquals(List.of(new ImportReport.FileOutcome(ZH, ImportReport.Status.UNCHANGED)), again.files());
        assertEquals(zh, Files.readString(dir.resolve(ZH)));
        List<Problem> told = leftDeleted(again);
        assertEquals(1, told.size(), again.problems().toString());
        assertTrue(told.get(0).message().startsWith("its story was deleted, so " + EN + " (deleted.tsv:"),
                told.get(0).message());
        assertTrue(told.get(0).message().endsWith("is not written again: delete this source file, or remove its line"
                + " of deleted.tsv to import the story again"), told.get(0).message());
    }

    @Test
    void filesDeletedSinceTheLastBuildAreNotWrittenAgainByTheImportBeforeTheBuildThatNotesThem() throws Exception {
        TestSite site = TestSite.in(dir).write(SOURCE, ImportTest.RAIL);
        site.duet().importSources();
        assertFalse(site.build().hasErrors());
        Path page = site.out().resolve("zh/2023/09/" + ImportTest.RAIL_PATH.substring(ImportTest.RAIL_PATH
                .lastIndexOf('/') + 1) + "/index.html");
        assertTrue(Files.exists(page), page.toString());
        Files.delete(dir.resolve(ZH));
        Files.delete(dir.resolve(EN));

        // mvn site: the import first, then the build.
        ImportReport again = site.duet().importSources();
        assertFalse(Files.exists(dir.resolve(ZH)), "not written again, unedited");
        assertFalse(Files.exists(dir.resolve(EN)));
        List<Problem> told = leftDeleted(again);
        assertEquals(1, told.size(), again.problems().toString());
        assertTrue(told.get(0).message().startsWith("its story was deleted, so " + ZH + " (deleted since the last"
                + " build, which notes its place in deleted.tsv) and " + EN), told.get(0).message());
        assertFalse(site.build().hasErrors());
        assertFalse(Files.exists(page), "the story is taken down");
        assertTrue(Files.readString(dir.resolve("deleted.tsv")).contains(ImportTest.RAIL_PATH), "its place noted");
        assertTrue(leftDeleted(site.duet().importSources()).get(0).message().contains("(deleted.tsv:"));

        // Without noteDeletions (CI), import does as a clean checkout's would: only the file's lines count.
        Files.writeString(dir.resolve("deleted.tsv"), "");
        assertEquals(2, site.duet(site.config().noteDeletions(false).build()).importSources()
                .count(ImportReport.Status.CREATED));
    }

    @Test
    void anotherStoryOfTheSameTitleTakesOtherPaths() throws Exception {
        TestSite site = TestSite.in(dir).write(SOURCE, ImportTest.RAIL);
        site.duet().importSources();
        assertFalse(site.build().hasErrors());
        Files.delete(dir.resolve(ZH));
        Files.delete(dir.resolve(EN));
        assertFalse(site.build().hasErrors());

        // The same headline a day later, the deleted story's source gone too: another story, which does not take the
        // deleted one's paths, nor so its place.
        Files.delete(dir.resolve(SOURCE));
        site.write("sources/002_rail_again.txt", ImportTest.RAIL.replace("2023-09/28/c_1129890123", "2023-09/29/c_1129890456")
                .replace("9月28日", "9月29日").replace("沿线设句容、金坛、武进", "首日乘客超过三万人次，")
                .replace("Stations along the line include", "More than 30,000 passengers rode on the first day, from"));
        ImportReport again = site.duet().importSources();
        assertEquals(List.of(new ImportReport.FileOutcome(ImportTest.RAIL_PATH + "-2.zh.md",
                ImportReport.Status.CREATED), new ImportReport.FileOutcome(ImportTest.RAIL_PATH + "-2.en.md",
                ImportReport.Status.CREATED)), again.files().stream().filter(f -> f.path().contains("-2.")).toList());
        assertTrue(again.problems().stream().anyMatch(p -> p.code().equals("import.duplicate-slug")
                && p.file().equals("sources/002_rail_again.txt") && p.message().contains("a deleted story (deleted.tsv:")),
                again.problems().toString());
        assertFalse(Files.exists(dir.resolve(ZH)), "the deleted story stays deleted");
        assertEquals(List.of(), leftDeleted(again));
    }

    @Test
    void aFilePutBackByHandIsImportedAsAnyOther() throws Exception {
        TestSite site = TestSite.in(dir).write(SOURCE, ImportTest.RAIL);
        site.duet().importSources();
        assertFalse(site.build().hasErrors());
        byte[] en = Files.readAllBytes(dir.resolve(EN));
        Files.delete(dir.resolve(EN));
        assertFalse(site.build().hasErrors());
        Files.write(dir.resolve(EN), en);

        ImportReport again = site.duet().importSources();
        assertEquals(List.of(), leftDeleted(again));
        assertEquals(2, again.count(ImportReport.Status.UNCHANGED), again.files().toString());
    }

    /**
     * An editor who deletes a story's files while only previewing (no build noted its place) finds it deleted at the
     * next import, with a warning, where import wrote it again and the next build published it.
     */
    @Test
    void aStoryDeletedAfterImportWithNoBuildInBetweenStaysDeleted() throws Exception {
        TestSite site = TestSite.in(dir).write(SOURCE, ImportTest.RAIL);
        site.duet().importSources();
        assertEquals(2, site.duet().importSources().count(ImportReport.Status.UNCHANGED), "the memo knows the files");
        Files.delete(dir.resolve(ZH));
        Files.delete(dir.resolve(EN));

        ImportReport again = site.duet().importSources();
        assertFalse(Files.exists(dir.resolve(ZH)), "not written again");
        assertFalse(Files.exists(dir.resolve(EN)));
        List<Problem> told = leftDeleted(again);
        assertEquals(1, told.size(), again.problems().toString());
        assertTrue(told.get(0).message().contains("were deleted after import wrote them"), told.get(0).message());
        assertTrue(again.summary().startsWith("1 source file read: 0 stories imported as 0 articles"), again.summary());
        assertEquals(1, leftDeleted(site.duet().importSources()).size(), "and at every import after");

        Files.delete(dir.resolve("target/duet/import-memo.bin"));
        site.duet().importSources();
        assertTrue(Files.exists(dir.resolve(ZH)), "without the memo, the story is imported again");
    }
}
