package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.content.ContentFile;
import dev.duet.content.ContentReader;
import dev.duet.content.FrontMatter;
import dev.duet.content.ImportReport;
import dev.duet.content.ImportReport.Status;
import dev.duet.diagnostic.Problem;
import dev.duet.diagnostic.Problems;
import dev.duet.testing.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import merges a story's source changes into its hand-edited Markdown files field by field: what only the source
 * changed is updated, what only the editor changed is kept, what both changed is a conflict reported with both
 * values, and the two languages of a story stay in step.
 */
class ImportMergeTest {

    private static final String RAIL = ImportTest.RAIL;
    private static final String ZH = ImportTest.RAIL_PATH + ".zh.md";
    private static final String EN = ImportTest.RAIL_PATH + ".en.md";

    @TempDir
    Path dir;

    private TestSite imported(String source) throws Exception {
        return imported(source, ZH, EN);
    }

    private TestSite imported(String source, String zh, String en) throws Exception {
        TestSite site = TestSite.in(dir).write("sources/001_rail.txt", source);
        ImportReport first = site.duet().importSources();
        assertEquals(Map.of(zh, Status.CREATED, en, Status.CREATED), outcomes(first));
        return site;
    }

    private ImportReport reimport(TestSite site, String source) throws Exception {
        site.write("sources/001_rail.txt", source);
        return site.duet().importSources();
    }

    private void edit(String path, String from, String to) throws Exception {
        Path file = dir.resolve(path);
        String text = Files.readString(file);
        assertTrue(text.contains(from), from + " in " + text);
        Files.writeString(file, text.replace(from, to));
    }

    private String text(String path) throws Exception {
        return Files.readString(dir.resolve(path));
    }

    private FrontMatter frontMatter(String path) throws Exception {
        Problems problems = new Problems();
        ContentFile read = new ContentReader().read(path, Files.readAllBytes(dir.resolve(path)), problems)
                .orElseThrow(() -> new AssertionError(problems.toList().toString()));
        assertEquals(List.of(), problems.toList());
        return read.frontMatter();
    }

    private static Map<String, Status> outcomes(ImportReport report) {
        return report.files().stream().collect(Collectors.toMap(ImportReport.FileOutcome::path,
                ImportReport.FileOutcome::status));
    }

    private static List<Problem> conflicts(ImportReport report) {
        return report.problems().stream().filter(p -> p.code().equals("import.conflict")).toList();
    }

    /**
     * A source re-sent with a changed figure changes a published story: import makes the time of the change the
     * articles' {@code updated}, so that the pages say so and the feed entries and sitemap lines move, where the live
     * text changed without a sign. A change of the view count alone keeps the time, and the files still read as
     * import wrote them.
     */
    @Test
    void aPublishedStorysTextChangedByItsSourceIsUpdatedAtTheTimeOfTheImport() throws Exception {
        TestSite site = imported(RAIL);
        String time = "2023-10-02T09:30:00+08:00";
        site.write("sources/001_rail.txt", RAIL.replace("全长278.5公里", "全长278.6公里")
                .replace("Stations along the line include", "Stations on the line include"));
        ImportReport changed = site.duet(site.config().buildTime(time).build()).importSources();
        assertEquals(Map.of(ZH, Status.UPDATED, EN, Status.UPDATED), outcomes(changed), changed.summary());
        assertTrue(text(ZH).contains("全长278.6公里"), text(ZH));
        assertEquals("2023-10-02 09:30", frontMatter(ZH).publication().updated().orElseThrow().timestamp()
                .substring(0, 16).replace('T', ' '), text(ZH));
        assertTrue(text(ZH).contains("updated: \"2023-10-02 09:30\"\n"), text(ZH));

        // The views alone: the time stays; the files are still as import wrote them.
        site.write("sources/001_rail.txt", RAIL.replace("全长278.5公里", "全长278.6公里")
                .replace("Stations along the line include", "Stations on the line include")
                .replace("Views: 1,508", "Views: 1,900"));
        ImportReport views = site.duet(site.config().buildTime("2023-10-03T08:00:00+08:00").build()).importSources();
        assertEquals(Map.of(ZH, Status.UPDATED, EN, Status.UPDATED), outcomes(views), views.summary());
        assertTrue(text(ZH).contains("updated: \"2023-10-02 09:30\"\n"), text(ZH));
        assertEquals(Optional.of(1900), frontMatter(ZH).views());

        // The site says so: the page, the feed entry.
        assertFalse(site.build().hasErrors());
        String feed = site.read("zh/feed.xml");
        assertTrue(feed.contains("<updated>2023-10-02T09:30:00+08:00</updated>"), feed);
    }

    /**
     * A slug changed by hand in both files is the files' address, which import keeps: an import of the same source
     * leaves both files as they are, bytes and time, and counts them as kept because they were edited, where it
     * rewrote their digest lines (an editor with a file open was told it had changed) and counted them unchanged.
     */
    @Test
    void aSlugChangedByHandIsNeitherRewrittenNorCountedUnchanged() throws Exception {
        TestSite site = imported(RAIL);
        String slug = "slug: \"shanghai-nanjing-riverside-high-speed-railway-opens\"";
        edit(ZH, slug, "slug: \"riverside-railway\"");
        edit(EN, slug, "slug: \"riverside-railway\"");
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(1_600_000_000_000L);
        Files.setLastModifiedTime(dir.resolve(ZH), old);
        Files.setLastModifiedTime(dir.resolve(EN), old);
        byte[] zh = Files.readAllBytes(dir.resolve(ZH));
        byte[] en = Files.readAllBytes(dir.resolve(EN));

        ImportReport report = reimport(site, RAIL);

        assertEquals(Map.of(ZH, Status.KEPT_EDITED, EN, Status.KEPT_EDITED), outcomes(report));
        assertTrue(java.util.Arrays.equals(zh, Files.readAllBytes(dir.resolve(ZH))), text(ZH));
        assertTrue(java.util.Arrays.equals(en, Files.readAllBytes(dir.resolve(EN))), text(EN));
        assertEquals(old, Files.getLastModifiedTime(dir.resolve(ZH)));
        assertTrue(report.summary().contains("2 kept because they were edited"), report.summary());

        // The source's next change still arrives, and the slug stays the editor's.
        ImportReport changed = reimport(site, RAIL.replace("Views: 1,508", "Views: 2,000"));
        assertEquals(Optional.of(2000), frontMatter(EN).views(), changed.summary());
        assertEquals("riverside-railway", frontMatter(EN).slug().orElseThrow());
        assertEquals("riverside-railway", frontMatter(ZH).slug().orElseThrow());
    }

    /**
     * The same with files an older version of Duet imported, whose digest line has fewer fields (the sample site's):
     * import merged them only to write a digest line of the newer form, rewriting both files while it counted them as
     * kept.
     */
    @Test
    void aSlugChangedByHandInFilesOfAnOlderImportIsLeftAsItIs() throws Exception {
        TestSite site = imported(RAIL);
        for (String file : List.of(ZH, EN)) {
            edit(file, " duplicateOf:e3b0c442", "");
            edit(file, "slug: \"shanghai-nanjing-riverside-high-speed-railway-opens\"", "slug: \"riverside-railway\"");
        }
        edit(ZH, "title: \"沪宁沿江高铁开通运营\"", "title: \"沪宁沿江高铁今日开通\"");
        byte[] zh = Files.readAllBytes(dir.resolve(ZH));
        byte[] en = Files.readAllBytes(dir.resolve(EN));

        ImportReport report = reimport(site, RAIL);

        assertTrue(java.util.Arrays.equals(zh, Files.readAllBytes(dir.resolve(ZH))), report.summary() + text(ZH));
        assertTrue(java.util.Arrays.equals(en, Files.readAllBytes(dir.resolve(EN))), report.summary() + text(EN));
        assertEquals(Map.of(ZH, Status.KEPT_EDITED, EN, Status.KEPT_EDITED), outcomes(report));
    }

    @Test
    void aFieldOnlyTheEditorChangedIsKeptAndTheSourcesOtherChangesArrive() throws Exception {
        TestSite site = imported(RAIL);
        edit(ZH, "title: \"沪宁沿江高铁开通运营\"", "title: \"沪宁沿江高铁今日开通\"");

        ImportReport report = reimport(site, RAIL.replace("Views: 1,508", "Views: 2,000")
                .replace("进一步完善了", "完善了"));

        assertEquals(Map.of(ZH, Status.MERGED, EN, Status.UPDATED), outcomes(report));
        assertEquals(List.of(), report.problems());
        FrontMatter zh = frontMatter(ZH);
        assertEquals("沪宁沿江高铁今日开通", zh.title());
        assertEquals(Optional.of(2000), zh.views());
        assertTrue(text(ZH).contains("等站，完善了长三角"), text(ZH));
        assertEquals(Optional.of(2000), frontMatter(EN).views());
        assertTrue(report.summary().contains("1 edited by hand and merged"), report.summary());

        // Merged once, the same source again changes nothing.
        String merged = text(ZH);
        ImportReport again = site.duet().importSources();
        assertEquals(Map.of(ZH, Status.KEPT_EDITED, EN, Status.UNCHANGED), outcomes(again));
        assertEquals(merged, text(ZH));
        assertEquals(List.of(), again.problems());
    }

    @Test
    void aFieldOnlyTheSourceChangedIsUpdatedInAnEditedFileAndTheEditedBodyStays() throws Exception {
        TestSite site = imported(RAIL);
        edit(ZH, "沿线设句容", "沿线共设句容");

        ImportReport report = reimport(site, RAIL.replace("沪宁沿江高铁开通运营", "沪宁沿江高铁正式开通运营"));

        assertEquals(Status.MERGED, outcomes(report).get(ZH));
        assertEquals(List.of(), report.problems());
        assertEquals("沪宁沿江高铁正式开通运营", frontMatter(ZH).title());
        assertTrue(text(ZH).contains("沿线共设句容"), text(ZH));
    }

    @Test
    void aFieldBothChangedIsAConflictReportedOnceWithBothValuesAndTheEditorsValueStays() throws Exception {
        TestSite site = imported(RAIL);
        edit(ZH, "title: \"沪宁沿江高铁开通运营\"", "title: \"编辑改过的标题\"");

        ImportReport report = reimport(site, RAIL.replace("沪宁沿江高铁开通运营", "来源改过的标题"));

        assertEquals(Status.KEPT_EDITED, outcomes(report).get(ZH));
        assertEquals("编辑改过的标题", frontMatter(ZH).title());
        List<Problem> conflicts = conflicts(report);
        assertEquals(1, conflicts.size(), report.problems().toString());
        Problem conflict = conflicts.get(0);
        assertEquals(ZH, conflict.file());
        assertEquals(2, conflict.line(), "the title's line");
        assertFalse(conflict.isError());
        assertTrue(conflict.message().contains("编辑改过的标题"), conflict.message());
        assertTrue(conflict.message().contains("来源改过的标题"), conflict.message());

        // Told in full once; after that, until it is settled, a reminder at each import (an import stopped before it
        // told its conflicts leaves them to the next).
        ImportReport again = site.duet().importSources();
        assertEquals(List.of("import.conflict-open"), again.problems().stream().map(Problem::code).toList());
        assertEquals(ZH, again.problems().get(0).file());
        assertTrue(again.problems().get(0).message().contains("target/duet/incoming/" + ZH),
                again.problems().get(0).message());
        assertEquals("编辑改过的标题", frontMatter(ZH).title());

        edit(ZH, "title: \"编辑改过的标题\"", "title: \"编辑再改的标题\"");
        assertEquals(List.of(), site.duet().importSources().problems(), "saved by its editor: settled");
        assertEquals(List.of(), site.duet().importSources().problems());
    }

    @Test
    void aConflictReportedByAnEarlierImportIsTakenWhenAskedTo() throws Exception {
        TestSite site = imported(RAIL);
        edit(ZH, "title: \"沪宁沿江高铁开通运营\"", "title: \"编辑改过的标题\"");
        ImportReport reported = reimport(site, RAIL.replace("沪宁沿江高铁开通运营", "来源改过的标题"));
        assertEquals(1, conflicts(reported).size(), reported.problems().toString());
        assertTrue(conflicts(reported).get(0).message().contains("-Dduet.overwriteEdited=true"));

        // As `mvn site` imports before anyone reads the warning: the later import asked to overwrite still takes it.
        ImportReport taken = site.duet(site.config().overwriteEdited(true).build()).importSources();

        assertEquals(Status.UPDATED, outcomes(taken).get(ZH));
        assertEquals("来源改过的标题", frontMatter(ZH).title());
        assertTrue(taken.problems().stream().anyMatch(p -> p.code().equals("import.overwrote-edited")
                && p.file().equals(ZH)), taken.problems().toString());
        assertTrue(Files.readString(dir.resolve("target/duet/edited").resolve(ZH)).contains("编辑改过的标题"));
        assertFalse(Files.exists(dir.resolve("target/duet/incoming").resolve(ZH)));
        ImportReport after = site.duet(site.config().overwriteEdited(true).build()).importSources();
        assertEquals(Map.of(ZH, Status.UNCHANGED, EN, Status.UNCHANGED), outcomes(after));
        assertEquals(List.of(), after.problems());
    }

    @Test
    void anEditTheSourceNeverChangedIsNotOverwrittenByALaterImportAskedTo() throws Exception {
        TestSite site = imported(RAIL);
        edit(ZH, "title: \"沪宁沿江高铁开通运营\"", "title: \"编辑改过的标题\"");
        // A conflict settled by taking the source's value, and a later edit of the same file.
        reimport(site, RAIL.replace("沪宁沿江高铁开通运营", "来源改过的标题"));
        Files.delete(dir.resolve("target/duet/incoming").resolve(ZH));

        ImportReport report = site.duet(site.config().overwriteEdited(true).build()).importSources();

        assertEquals(Status.KEPT_EDITED, outcomes(report).get(ZH));
        assertEquals("编辑改过的标题", frontMatter(ZH).title());
        assertEquals(List.of(), report.problems());
    }

    @Test
    void aConflictMergedByHandIsNotOverwrittenByALaterImportAskedToTakeAnotherStorysChange() throws Exception {
        TestSite site = imported(RAIL);
        edit(EN, "Stations along the line", "Stations on the line");
        ImportReport reported = reimport(site, RAIL.replace("Stations along the line include",
                "The line's stations include"));
        assertEquals(1, conflicts(reported).size(), reported.problems().toString());
        // The editor merges the two by hand, as the message asks; a CRLF save alone would settle nothing.
        edit(EN, "Stations on the line include", "The line's stations, the editor says, include");

        ImportReport later = site.duet(site.config().overwriteEdited(true).build()).importSources();

        assertEquals(Status.KEPT_EDITED, outcomes(later).get(EN));
        assertTrue(text(EN).contains("the editor says"), text(EN));
        assertEquals(List.of("import.settled"), later.problems().stream().map(Problem::code).toList());
        assertFalse(Files.exists(dir.resolve("target/duet/incoming").resolve(EN)));
        assertFalse(Files.exists(dir.resolve("target/duet/edited").resolve(EN)), "nothing was overwritten");
        ImportReport after = site.duet(site.config().overwriteEdited(true).build()).importSources();
        assertEquals(List.of(), after.problems());
        assertTrue(text(EN).contains("the editor says"));
    }

    @Test
    void aConflictStillOpenAfterTheFileIsSavedWithOtherLineEndsIsTakenWhenAskedTo() throws Exception {
        TestSite site = imported(RAIL);
        edit(EN, "Stations along the line", "Stations on the line");
        reimport(site, RAIL.replace("Stations along the line include", "The line's stations include"));
        Files.writeString(dir.resolve(EN), text(EN).replace("\n", "\r\n"));

        ImportReport taken = site.duet(site.config().overwriteEdited(true).build()).importSources();

        assertEquals(Status.UPDATED, outcomes(taken).get(EN));
        assertTrue(text(EN).contains("The line's stations include"), text(EN));
    }

    @Test
    void aFileWhoseDigestLineWasDeletedIsKeptAndTheWarningSaysSo() throws Exception {
        TestSite site = imported(RAIL);
        Path file = dir.resolve(ZH);
        Files.writeString(file, Files.readString(file).replaceAll("(?m)^importDigest:.*\n", ""));

        ImportReport report = reimport(site, RAIL.replace("沪宁沿江高铁开通运营", "来源改过的标题"));

        List<Problem> kept = report.problems().stream().filter(p -> p.code().equals("import.kept-edited")).toList();
        assertEquals(1, kept.size(), report.problems().toString());
        assertTrue(kept.get(0).message().contains("its 'importDigest' line, which notes what import wrote, is gone"),
                kept.get(0).message());
        assertFalse(kept.get(0).message().contains("source changed"), "import cannot tell: " + kept.get(0).message());
    }

    @Test
    void bothMakingTheSameChangeIsNoConflict() throws Exception {
        TestSite site = imported(RAIL);
        edit(ZH, "title: \"沪宁沿江高铁开通运营\"", "title: \"沪宁沿江高铁正式开通运营\"");

        ImportReport report = reimport(site, RAIL.replace("沪宁沿江高铁开通运营", "沪宁沿江高铁正式开通运营"));

        assertEquals(List.of(), report.problems());
        assertEquals("沪宁沿江高铁正式开通运营", frontMatter(ZH).title());
    }

    @Test
    void aBodyBothChangedKeepsTheEditorsAndLeavesTheSourcesVersionInTheCacheFolder() throws Exception {
        TestSite site = imported(RAIL);
        edit(EN, "Stations along the line", "Stations on the line");

        ImportReport report = reimport(site, RAIL.replace("Stations along the line include",
                "The line's stations include"));

        assertTrue(text(EN).contains("Stations on the line"), text(EN));
        Problem conflict = conflicts(report).stream().filter(p -> p.file().equals(EN)).findFirst()
                .orElseThrow(() -> new AssertionError(report.problems().toString()));
        Path incoming = dir.resolve("target/duet/incoming").resolve(EN);
        assertTrue(conflict.message().contains("target/duet/incoming/" + EN), conflict.message());
        assertTrue(Files.readString(incoming).contains("The line's stations include"));
        assertEquals(Status.UNCHANGED, outcomes(report).get(ZH), "the Chinese text did not change");
    }

    @Test
    void aBodyConflictNamesTheBodysFirstLine() throws Exception {
        TestSite site = imported(RAIL);
        edit(ZH, "沿线设句容", "沿线共设句容");

        ImportReport report = reimport(site, RAIL.replace("进一步完善了", "完善了"));

        Problem conflict = conflicts(report).stream().filter(p -> p.file().equals(ZH)).findFirst()
                .orElseThrow(() -> new AssertionError(report.problems().toString()));
        List<String> lines = List.of(text(ZH).split("\n", -1));
        int close = lines.subList(1, lines.size()).indexOf("---") + 1;
        // 1-based: the closing line is close + 1, then a blank line, then the body's text.
        int firstBodyLine = close + 3;
        assertEquals("", lines.get(firstBodyLine - 2), "a blank line after the front matter");
        assertTrue(lines.get(firstBodyLine - 1).startsWith("新华社南京9月28日电"), lines.get(firstBodyLine - 1));
        assertEquals(firstBodyLine, conflict.line(), "the body's first line");
    }

    @Test
    void overwriteEditedKeepsADraftADraftAndAPairJoined() throws Exception {
        TestSite site = imported(RAIL);
        edit(EN, "lang: \"en\"", "lang: \"en\"\ndraft: true\ntranslationKey: \"rail-2023\"");
        edit(EN, "began operation on Thursday.", "began operation on Thursday, Sept. 28.");
        reimport(site, RAIL.replace("began operation on Thursday.", "opened on Thursday."));

        ImportReport taken = site.duet(site.config().overwriteEdited(true).build()).importSources();

        assertEquals(Status.UPDATED, outcomes(taken).get(EN), taken.problems().toString());
        FrontMatter en = frontMatter(EN);
        assertTrue(en.draft(), "still a draft: " + Files.readString(dir.resolve(EN)));
        assertEquals(Optional.of("rail-2023"), en.translationKey());
        assertTrue(Files.readString(dir.resolve(EN)).contains("opened on Thursday."));
        assertTrue(taken.problems().stream().anyMatch(p -> p.message().contains("keeping your own draft,"
                + " translationKey")), taken.problems().toString());
    }

    @Test
    void overwriteEditedTakesASharedFieldInConflictIntoBothLanguages() throws Exception {
        TestSite site = imported(RAIL);
        edit(ZH, "views: 1508", "views: 1600");
        edit(EN, "views: 1508", "views: 1600");
        ImportReport reported = reimport(site, RAIL.replace("Views: 1,508", "Views: 2,000"));
        assertEquals(1, conflicts(reported).size(), reported.problems().toString());

        ImportReport taken = site.duet(site.config().overwriteEdited(true).build()).importSources();

        assertEquals(Map.of(ZH, Status.UPDATED, EN, Status.UPDATED), outcomes(taken), taken.problems().toString());
        assertEquals(Optional.of(2000), frontMatter(ZH).views());
        assertEquals(Optional.of(2000), frontMatter(EN).views(), "the pair in step");
        assertTrue(Files.readString(dir.resolve("target/duet/edited").resolve(EN)).contains("views: 1600"));
    }

    @Test
    void theTwoLanguagesOfAStoryStayInStep() throws Exception {
        TestSite site = imported(RAIL);
        // The editor corrects the view count in one language only: the source's later count reaches neither.
        edit(ZH, "views: 1508", "views: 1600");

        ImportReport report = reimport(site, RAIL.replace("Views: 1,508", "Views: 2,000"));

        assertEquals(Optional.of(1600), frontMatter(ZH).views());
        assertEquals(Optional.of(1508), frontMatter(EN).views(), "held with the edited file, not half-updated");
        List<Problem> conflicts = conflicts(report);
        assertEquals(1, conflicts.size(), report.problems().toString());
        assertTrue(conflicts.get(0).message().contains("1600") && conflicts.get(0).message().contains("2000"),
                conflicts.get(0).message());

        // Imported again with the same source: the edited file is as the last import left it, and the other still
        // waits for it rather than taking the source's count alone.
        ImportReport again = site.duet().importSources();
        assertEquals(Optional.of(1508), frontMatter(EN).views(), "the pair stays in step at the next import");
        assertEquals(Map.of(ZH, Status.KEPT_EDITED, EN, Status.UNCHANGED), outcomes(again));
        assertEquals(List.of("import.conflict-open"), again.problems().stream().map(Problem::code).toList());

        // A later change the editor did not touch reaches both files again.
        ImportReport later = reimport(site, RAIL.replace("Views: 1,508", "Views: 2,000")
                .replace("沪宁沿江高铁开通运营", "沪宁沿江高铁开通"));
        assertEquals(List.of(), later.problems());
        assertEquals("沪宁沿江高铁开通", frontMatter(ZH).title());
        assertEquals(Optional.of(1600), frontMatter(ZH).views());
        assertEquals(Optional.of(1508), frontMatter(EN).views());
    }

    @Test
    void aFieldHeldWhileTheOtherLanguageCannotBeReadReachesBothOnceItCan() throws Exception {
        TestSite site = imported(RAIL);
        String en = text(EN);
        edit(EN, "views: 1508", "views: [1508");

        ImportReport held = reimport(site, RAIL.replace("Views: 1,508", "Views: 2,000"));

        assertTrue(held.problems().stream().anyMatch(p -> p.code().equals("import.kept-edited")
                && p.file().equals(EN)), held.problems().toString());
        assertEquals(Optional.of(1508), frontMatter(ZH).views(), "held with the file that cannot be read");
        // While the file stays unreadable, the held file is left as it is: neither its bytes nor its time change.
        java.nio.file.attribute.FileTime heldTime = Files.getLastModifiedTime(dir.resolve(ZH));
        String heldText = text(ZH);
        Thread.sleep(20);
        ImportReport still = site.duet().importSources();
        assertEquals(Status.UNCHANGED, outcomes(still).get(ZH));
        assertEquals(heldText, text(ZH));
        assertEquals(heldTime, Files.getLastModifiedTime(dir.resolve(ZH)));

        // The editor mends the file: the source's count reaches both, and neither is taken for edited.
        Files.writeString(dir.resolve(EN), en);
        ImportReport mended = site.duet().importSources();

        assertEquals(Optional.of(2000), frontMatter(ZH).views());
        assertEquals(Optional.of(2000), frontMatter(EN).views());
        assertEquals(Map.of(ZH, Status.UPDATED, EN, Status.UPDATED), outcomes(mended));
        assertEquals(List.of(), mended.problems());
        ImportReport again = site.duet().importSources();
        assertEquals(Map.of(ZH, Status.UNCHANGED, EN, Status.UNCHANGED), outcomes(again));
    }

    @Test
    void aDateAddedByHandIsKeptAndIsNoReasonToStopOtherUpdates() throws Exception {
        String undated = RAIL.replace("http://www.xinhuanet.com/local/2023-09/28/c_1129890123.htm",
                "http://www.xinhuanet.com/local/c_1129890123.htm");
        String zh = ZH.replace("/2023/", "/undated/");
        String en = EN.replace("/2023/", "/undated/");
        TestSite site = imported(undated, zh, en);
        for (String path : List.of(zh, en)) {
            edit(path, "\nslug: ", "\ndate: \"2023-09-28\"\nslug: ");
        }

        ImportReport report = reimport(site, undated.replace("Views: 1,508", "Views: 2,000"));

        assertEquals(Map.of(zh, Status.MERGED, en, Status.MERGED), outcomes(report));
        assertFalse(report.problems().stream().anyMatch(p -> p.code().equals("source.no-date")),
                report.problems().toString());
        assertEquals(List.of(), conflicts(report));
        for (String path : List.of(zh, en)) {
            assertEquals(Optional.of(LocalDate.of(2023, 9, 28)), frontMatter(path).date());
            assertEquals(Optional.of(2000), frontMatter(path).views());
        }
    }

    @Test
    void anArticleTheSourceMovesKeepsItsOldAddressAsAnAlias() throws Exception {
        String undated = RAIL.replace("http://www.xinhuanet.com/local/2023-09/28/c_1129890123.htm",
                "http://www.xinhuanet.com/local/c_1129890123.htm");
        String zh = ZH.replace("/2023/", "/undated/");
        String en = EN.replace("/2023/", "/undated/");
        TestSite site = imported(undated, zh, en);
        edit(en, "title: \"Shanghai-Nanjing Riverside High-Speed Railway Opens\"", "title: \"Riverside Railway Opens\"");

        ImportReport report = reimport(site, RAIL);

        assertEquals(Map.of(zh, Status.UPDATED, en, Status.MERGED), outcomes(report));
        String slug = "shanghai-nanjing-riverside-high-speed-railway-opens";
        assertEquals(List.of("/zh/undated/" + slug + "/"), frontMatter(zh).publication().aliases());
        assertEquals(List.of("/en/undated/" + slug + "/"), frontMatter(en).publication().aliases());
        assertEquals(Optional.of(LocalDate.of(2023, 9, 28)), frontMatter(zh).date());
        assertEquals(Map.of(), outcomes(site.duet().importSources()).entrySet().stream()
                .filter(e -> e.getValue() != Status.UNCHANGED && e.getValue() != Status.KEPT_EDITED)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "a second import moves nothing");
        assertEquals(1, frontMatter(zh).publication().aliases().size());

        site.build();
        assertTrue(site.read("zh/undated/" + slug + "/index.html").contains("url=/zh/2023/09/" + slug + "/"));
        assertTrue(site.read("en/undated/" + slug + "/index.html").contains("url=/en/2023/09/" + slug + "/"));
    }

    @Test
    void articleFilesRenamedByHandKeepTheirStorysAddress() throws Exception {
        TestSite site = imported(RAIL);
        String zh = "articles/2023/rail.zh.md";
        String en = "articles/2023/rail.en.md";
        Files.move(dir.resolve(ZH), dir.resolve(zh));
        Files.move(dir.resolve(EN), dir.resolve(en));
        String slug = "shanghai-nanjing-riverside-high-speed-railway-opens";

        ImportReport report = site.duet().importSources();

        assertEquals(Map.of(zh, Status.UNCHANGED, en, Status.UNCHANGED), outcomes(report), report.toString());
        assertEquals(Optional.of(slug), frontMatter(en).slug());
        assertEquals(List.of(), frontMatter(en).publication().aliases());
        // The same through the memo the first import kept, and after the source changed.
        ImportReport changed = reimport(site, RAIL.replace("Views: 1,508", "Views: 2,000"));
        assertEquals(Status.UPDATED, outcomes(changed).get(en), changed.toString());
        assertEquals(Optional.of(slug), frontMatter(en).slug());
        assertEquals(List.of(), frontMatter(zh).publication().aliases());
        site.build();
        assertTrue(site.exists("en/2023/09/" + slug + "/index.html"));
    }

    @Test
    void theEditorsOwnKeysCommentsAndLineBreaksSurviveAMerge() throws Exception {
        TestSite site = imported(RAIL);
        Path zh = dir.resolve(ZH);
        String edited = Files.readString(zh)
                .replace("\nslug: ", "\n# checked by the desk\nsummary: \"编辑写的摘要\"\nslug: ")
                .replace("沿线设句容", "沿线共设句容")
                .replace("\n", "\r\n");
        Files.write(zh, ("\uFEFF" + edited).getBytes(StandardCharsets.UTF_8));

        ImportReport report = reimport(site, RAIL.replace("Views: 1,508", "Views: 2,000"));

        assertEquals(Status.MERGED, outcomes(report).get(ZH));
        String merged = new String(Files.readAllBytes(zh), StandardCharsets.UTF_8);
        assertTrue(merged.startsWith("\uFEFF---\r\n"), merged);
        assertFalse(merged.replace("\r\n", "").contains("\n"), "every line break stays CRLF");
        assertTrue(merged.contains("# checked by the desk\r\nsummary: \"编辑写的摘要\"\r\n"), merged);
        assertTrue(merged.contains("views: 2000\r\n"), merged);
        assertTrue(merged.contains("沿线共设句容"), merged);
    }

    @Test
    void aFieldTheEditorRemovedStaysRemoved() throws Exception {
        TestSite site = imported(RAIL);
        Path en = dir.resolve(EN);
        Files.writeString(en, Files.readString(en).replaceAll("headline: .*\n", ""));

        ImportReport report = reimport(site, RAIL.replace("Views: 1,508", "Views: 2,000"));

        assertEquals(Optional.empty(), frontMatter(EN).headline());
        assertEquals(Optional.of(2000), frontMatter(EN).views());
        assertEquals(List.of(), report.problems());
    }
}
