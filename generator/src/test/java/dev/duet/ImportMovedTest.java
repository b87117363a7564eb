package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.content.ImportReport;
import dev.duet.content.ImportReport.Status;
import dev.duet.diagnostic.Problem;
import dev.duet.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source file renamed or moved into a subfolder is the story it was imported as: import writes no second copy of
 * it, keeps the edits in its articles and names the new file in their {@code sourceFile}. Another story with the
 * same headline is still another story.
 */
class ImportMovedTest {

    private static final String ZH = ImportTest.RAIL_PATH + ".zh.md";
    private static final String EN = ImportTest.RAIL_PATH + ".en.md";
    private static final String SOURCE = "sources/001_rail.txt";

    @TempDir
    Path dir;

    private static Map<String, Status> outcomes(ImportReport report) {
        return report.files().stream().collect(Collectors.toMap(ImportReport.FileOutcome::path,
                ImportReport.FileOutcome::status));
    }

    private static List<String> codes(ImportReport report) {
        return report.problems().stream().map(Problem::code).toList();
    }

    private TestSite imported() throws Exception {
        TestSite site = TestSite.in(dir).write(SOURCE, ImportTest.RAIL);
        assertEquals(2, site.duet().importSources().count(Status.CREATED));
        return site;
    }

    private void move(String from, String to) throws Exception {
        Files.createDirectories(dir.resolve(to).getParent());
        Files.move(dir.resolve(from), dir.resolve(to));
    }

    private String read(String path) throws Exception {
        return Files.readString(dir.resolve(path));
    }

    /** The story's articles, and no other, under the articles folder. */
    private List<String> articles() throws Exception {
        try (var files = Files.walk(dir.resolve("articles"))) {
            return files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private void assertOneStoryFrom(String sourceFile) throws Exception {
        assertEquals(List.of(EN, ZH), articles());
        assertTrue(read(ZH).contains("\nsourceFile: \"" + sourceFile + "\"\n"), read(ZH));
        assertTrue(read(EN).contains("\nsourceFile: \"" + sourceFile + "\"\n"), read(EN));
    }

    @Test
    void aRenamedSourceIsTheStoryItWasImportedAs() throws Exception {
        TestSite site = imported();
        move(SOURCE, "sources/001_rail_opening.txt");

        ImportReport report = site.duet().importSources();

        assertEquals(Map.of(ZH, Status.UPDATED, EN, Status.UPDATED), outcomes(report));
        assertOneStoryFrom("sources/001_rail_opening.txt");
        assertEquals(List.of("import.moved"), codes(report), report.problems().toString());
        Problem moved = report.problems().get(0);
        assertEquals("sources/001_rail_opening.txt", moved.file());
        assertFalse(moved.isError());
        assertEquals("imported before as " + SOURCE + ", which is gone: this is the same story, so its articles " + ZH
                + " and " + EN + " now name this file in 'sourceFile:' and no second copy is made (what changed in"
                + " it comes into them as from their own source)", moved.message());

        ImportReport again = site.duet().importSources();
        assertEquals(Map.of(ZH, Status.UNCHANGED, EN, Status.UNCHANGED), outcomes(again));
        assertEquals(List.of(), again.problems());
        assertFalse(site.build().hasErrors());
        assertFalse(site.exists("zh/2023/09/shanghai-nanjing-riverside-high-speed-railway-opens-2/index.html"));
        assertTrue(site.exists("zh/2023/09/shanghai-nanjing-riverside-high-speed-railway-opens/index.html"));
    }

    @Test
    void aSourceMovedIntoASubfolderIsTheStoryItWasImportedAs() throws Exception {
        TestSite site = imported();
        move(SOURCE, "sources/2023/09/rail.txt");

        ImportReport report = site.duet().importSources();

        assertEquals(Map.of(ZH, Status.UPDATED, EN, Status.UPDATED), outcomes(report));
        assertOneStoryFrom("sources/2023/09/rail.txt");
        assertEquals(List.of("import.moved"), codes(report));
    }

    @Test
    void aRenamedSourceKeepsTheEditsInItsArticles() throws Exception {
        TestSite site = imported();
        String edited = read(ZH).replace("title: \"沪宁沿江高铁开通运营\"", "title: \"沪宁沿江高铁今天开通\"")
                .replace("\n---\n", "\ncorrection: \"编辑更正\"\n---\n") + "编辑加的一段。\n";
        Files.writeString(dir.resolve(ZH), edited);
        move(SOURCE, "sources/001_rail_opening.txt");

        ImportReport report = site.duet().importSources();

        assertEquals(Map.of(ZH, Status.MERGED, EN, Status.UPDATED), outcomes(report));
        assertOneStoryFrom("sources/001_rail_opening.txt");
        assertEquals(edited.replace("sourceFile: \"" + SOURCE + "\"", "sourceFile: \"sources/001_rail_opening.txt\"")
                .replaceAll("importDigest: \"sha256:[0-9a-f]{64}", ""), read(ZH)
                .replaceAll("importDigest: \"sha256:[0-9a-f]{64}", ""), "only sourceFile and the digest change");
        assertEquals(List.of("import.moved"), codes(report));

        ImportReport again = site.duet().importSources();
        assertEquals(Map.of(ZH, Status.KEPT_EDITED, EN, Status.UNCHANGED), outcomes(again));
        assertEquals(List.of(), again.problems());
        assertTrue(read(ZH).contains("沪宁沿江高铁今天开通") && read(ZH).contains("编辑加的一段。"));
    }

    @Test
    void overwriteEditedKeepsTheEditsOfAStoryWhoseSourceWasOnlyRenamed() throws Exception {
        TestSite site = imported();
        String edited = read(EN).replace("began operation on Thursday.", "began operation on Thursday, Sept. 28.");
        Files.writeString(dir.resolve(EN), edited);
        move(SOURCE, "sources/001_rail_opening.txt");

        ImportReport report = site.duet(site.config().overwriteEdited(true).build()).importSources();

        assertOneStoryFrom("sources/001_rail_opening.txt");
        assertTrue(read(EN).contains("on Thursday, Sept. 28."), read(EN));
        assertEquals(List.of("import.moved"), codes(report));
    }

    /** A title the editor and the source both changed, reported, not settled; then the source file renamed. */
    private TestSite conflictPendingThenRenamed() throws Exception {
        TestSite site = imported();
        Files.writeString(dir.resolve(ZH), read(ZH).replace("title: \"沪宁沿江高铁开通运营\"", "title: \"编辑的标题\""));
        site.write(SOURCE, ImportTest.RAIL.replace("沪宁沿江高铁开通运营", "来源的标题"));
        assertTrue(codes(site.duet().importSources()).contains("import.conflict"));
        move(SOURCE, "sources/001_rail_renamed.txt");
        return site;
    }

    @Test
    void aConflictPendingWhenItsSourceIsRenamedIsStillTakenByOverwriteEdited() throws Exception {
        TestSite site = conflictPendingThenRenamed();

        ImportReport moved = site.duet().importSources();

        assertEquals(List.of("import.moved"), codes(moved));
        assertTrue(read(ZH).contains("编辑的标题"), "the editor's value stays until asked");
        assertTrue(read("target/duet/incoming/" + ZH).contains("sourceFile: \"sources/001_rail_renamed.txt\""));
        ImportReport taken = site.duet(site.config().overwriteEdited(true).build()).importSources();
        assertEquals(Status.UPDATED, outcomes(taken).get(ZH), taken.problems().toString());
        assertTrue(read(ZH).contains("来源的标题") && !read(ZH).contains("编辑的标题"), read(ZH));
        assertTrue(read("target/duet/edited/" + ZH).contains("编辑的标题"));
        assertOneStoryFrom("sources/001_rail_renamed.txt");
    }

    @Test
    void aConflictPendingIsTakenByOverwriteEditedOnTheImportThatFindsItsSourceRenamed() throws Exception {
        TestSite site = conflictPendingThenRenamed();

        ImportReport taken = site.duet(site.config().overwriteEdited(true).build()).importSources();

        assertEquals(Status.UPDATED, outcomes(taken).get(ZH), taken.problems().toString());
        assertTrue(read(ZH).contains("来源的标题") && !read(ZH).contains("编辑的标题"), read(ZH));
        assertOneStoryFrom("sources/001_rail_renamed.txt");
        assertTrue(codes(taken).contains("import.moved"), codes(taken).toString());
    }

    @Test
    void aRenamedSourceWhoseTextChangedIsTheSameStoryWhenItsUrlAndDateAre() throws Exception {
        TestSite site = imported();
        Files.delete(dir.resolve(SOURCE));
        site.write("sources/001_rail_corrected.txt", ImportTest.RAIL.replace("Views: 1,508", "Views: 2,000")
                .replace("全长278.5公里", "全长约278公里"));

        ImportReport report = site.duet().importSources();

        assertEquals(Map.of(ZH, Status.UPDATED, EN, Status.UPDATED), outcomes(report));
        assertOneStoryFrom("sources/001_rail_corrected.txt");
        assertTrue(read(ZH).contains("全长约278公里") && read(EN).contains("views: 2000"), read(EN));
        assertEquals(List.of("import.moved"), codes(report));
    }

    @Test
    void aRenamedUndatedSourceWhoseTextChangedIsTheSameStoryWhenItsUrlIs() throws Exception {
        String undated = ImportTest.RAIL.replace("http://www.xinhuanet.com/local/2023-09/28/c_1129890123.htm",
                "http://www.example-news.com/story/abc123.html");
        TestSite site = TestSite.in(dir).write(SOURCE, undated);
        site.duet().importSources();
        List<String> first = articles();
        assertTrue(first.stream().allMatch(f -> f.startsWith("articles/undated/")), first.toString());
        Files.delete(dir.resolve(SOURCE));
        site.write("sources/001_rail_corrected.txt", undated.replace("全长278.5公里", "全长约278公里"));

        ImportReport report = site.duet().importSources();

        assertEquals(first, articles());
        assertEquals(List.of("source.no-date", "import.moved"), codes(report));
        assertTrue(read(first.get(1)).contains("全长约278公里"), read(first.get(1)));
    }

    @Test
    void aSourceFileThatNowGivesAnotherAddressHoldsAnotherStoryWhichGetsFilesOfItsOwn() throws Exception {
        TestSite site = imported();
        String zhBefore = read(ZH);
        String enBefore = read(EN);
        // The drop folder's name used again for the next day's story: another address, another text.
        String other = ImportTest.RAIL.replace("沪宁沿江高铁开通运营", "长江大桥通车")
                .replace("Shanghai-Nanjing", "Yangtze River Bridge")
                .replace("http://www.xinhuanet.com/local/2023-09/28/c_1129890123.htm",
                        "http://www.xinhuanet.com/local/2023-09/28/c_1129890999.htm");
        site.write(SOURCE, other);

        ImportReport report = site.duet().importSources();

        assertEquals(zhBefore, read(ZH), "the story published from the file before keeps its text");
        assertEquals(enBefore, read(EN));
        assertEquals(2, report.count(Status.CREATED), report.files().toString());
        List<String> created = report.files().stream().filter(f -> f.status() == Status.CREATED)
                .map(f -> f.path()).sorted().toList();
        assertTrue(created.stream().noneMatch(p -> p.startsWith(ImportTest.RAIL_PATH + ".")), created.toString());
        assertTrue(read(created.get(1)).contains("长江大桥通车"), read(created.get(1)));
        Problem warning = report.problems().stream().filter(p -> p.code().equals("import.other-story")).findFirst()
                .orElseThrow(() -> new AssertionError(report.problems().toString()));
        assertEquals(SOURCE, warning.file());
        assertTrue(warning.message().contains("c_1129890123.htm") && warning.message().contains("c_1129890999.htm"),
                warning.message());

        ImportReport again = site.duet().importSources();
        assertEquals(List.of(), again.problems(), "said once: the new story's files now give its address");
        assertEquals(0, again.count(Status.CREATED), again.files().toString());
        assertEquals(zhBefore, read(ZH));

        site.write(SOURCE, other.replace("长江大桥通车", "长江大桥正式通车"));
        ImportReport edited = site.duet().importSources();
        assertEquals(0, edited.count(Status.CREATED), edited.files().toString());
        assertTrue(read(created.get(1)).contains("长江大桥正式通车"), "a change of the new story goes to its files");
        assertEquals(zhBefore, read(ZH));
    }

    @Test
    void aSourceFileWhoseAddressOnlyChangedItsSchemeOrHostCaseIsTheSameStory() throws Exception {
        TestSite site = imported();
        site.write(SOURCE, ImportTest.RAIL.replace("http://www.xinhuanet.com/", "https://XINHUANET.com/"));

        ImportReport report = site.duet().importSources();

        assertTrue(report.problems().stream().noneMatch(p -> p.code().equals("import.other-story")),
                report.problems().toString());
    }

    @Test
    void anotherStoryWithTheSameHeadlineAfterTheSourceWasDeletedGetsItsOwnFiles() throws Exception {
        TestSite site = imported();
        Files.delete(dir.resolve(SOURCE));
        // The same headline and day, another address and text: not the story whose source is gone.
        site.write("sources/002_rail_again.txt", ImportTest.RAIL.replace("c_1129890123", "c_1129890456")
                .replace("沿线设句容、金坛、武进", "首日乘客超过三万人次，")
                .replace("Stations along the line include", "More than 30,000 passengers rode on the first day, from"));

        ImportReport report = site.duet().importSources();

        assertEquals(Map.of(ImportTest.RAIL_PATH + "-2.zh.md", Status.CREATED, ImportTest.RAIL_PATH + "-2.en.md",
                Status.CREATED), outcomes(report));
        assertEquals(List.of("import.duplicate-slug"), codes(report));
        assertTrue(read(ZH).contains("\nsourceFile: \"" + SOURCE + "\"\n"), "the first story is left as it was");
    }

    @Test
    void aRenamedSourceWithoutAnAddressWhoseTextChangedIsAnotherStory() throws Exception {
        String noUrl = ImportTest.RAIL.replace("【来源】http://www.xinhuanet.com/local/2023-09/28/c_1129890123.htm\n",
                "");
        TestSite site = TestSite.in(dir).write(SOURCE, noUrl);
        site.duet().importSources();
        List<String> first = articles();
        Files.delete(dir.resolve(SOURCE));
        site.write("sources/002_rail.txt", noUrl.replace("全长278.5公里", "全长约278公里"));

        ImportReport report = site.duet().importSources();

        assertEquals(2, report.count(Status.CREATED), report.files().toString());
        assertTrue(report.files().stream().allMatch(f -> f.path().contains("-2.")), report.files().toString());
        assertTrue(articles().containsAll(first));
    }

    @Test
    void ofTwoSourcesThatAreTheStoryWhoseSourceIsGoneTheFirstByPathTakesIt() throws Exception {
        TestSite site = imported();
        move(SOURCE, "sources/b/rail.txt");
        site.write("sources/a/rail.txt", ImportTest.RAIL);

        ImportReport report = site.duet().importSources();

        assertTrue(read(ZH).contains("\nsourceFile: \"sources/a/rail.txt\"\n"), read(ZH));
        assertEquals(Status.CREATED, outcomes(report).get(ImportTest.RAIL_PATH + "-2.zh.md"));
        assertTrue(read(ImportTest.RAIL_PATH + "-2.zh.md").contains("\nsourceFile: \"sources/b/rail.txt\"\n"));
        assertTrue(read(ImportTest.RAIL_PATH + "-2.zh.md").contains("\nduplicateOf: \"sources/a/rail.txt\"\n"));
    }
}
