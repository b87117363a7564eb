package dev.duet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.duet.content.ContentFile;
import dev.duet.content.ContentReader;
import dev.duet.content.FrontMatter;
import dev.duet.content.ImportJournal;
import dev.duet.content.ImportReport;
import dev.duet.content.ImportReport.Status;
import dev.duet.diagnostic.Problem;
import dev.duet.diagnostic.Problems;
import dev.duet.testing.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Duet.importSources()}: source text files become paired Markdown articles, and user edits survive. */
class ImportTest {

    static final String RAIL = """
            沪宁沿江高铁开通运营
            新华社南京9月28日电（记者 蒋方）9月28日，沪宁沿江高速铁路正式开通运营。线路西起南京南站，东至太仓站，全长278.5公里。
            沿线设句容、金坛、武进、江阴、张家港、常熟等站，进一步完善了长三角地区高速铁路网。
            英语如下：
            **Title: Shanghai-Nanjing Riverside High-Speed Railway Opens**
            Keywords: high-speed railway, Yangtze River Delta (YRD), rail transport.
            **News Content:**
            High-Speed Railway Along the Yangtze River Between Nanjing and Shanghai Begins Operation
            NANJING, Sept. 28 (Xinhua) -- The Shanghai-Nanjing riverside high-speed railway officially began operation on Thursday.
            Stations along the line include Jurong, Jintan, Wujin, Jiangyin, Zhangjiagang and Changshu.
            【来源】http://www.xinhuanet.com/local/2023-09/28/c_1129890123.htm
            Views: 1,508
            """;

    static final String RAIL_PATH = "articles/2023/shanghai-nanjing-riverside-high-speed-railway-opens";

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.in(dir);
    }

    private static FrontMatter frontMatter(Path file) throws Exception {
        Problems problems = new Problems();
        ContentFile read = new ContentReader().read(file.getFileName().toString(), Files.readAllBytes(file), problems)
                .orElseThrow(() -> new AssertionError(problems.toList().toString()));
        assertEquals(List.of(), problems.toList());
        return read.frontMatter();
    }

    private static Map<String, Status> outcomes(ImportReport report) {
        return report.files().stream().collect(Collectors.toMap(ImportReport.FileOutcome::path,
                ImportReport.FileOutcome::status));
    }

    @Test
    void theTemporaryFileOfAnImportKilledWhileItReplacedAnArticleIsDeleted() throws Exception {
        TestSite site = site().write("sources/001_rail.txt", RAIL);
        site.duet().importSources();
        Path leftover = dir.resolve(RAIL_PATH.replace("2023/", "2023/.") + ".en.md.4242-17.tmp");
        Files.writeString(leftover, "half a file");
        // The journal a killed import leaves behind, which an import that completes deletes.
        Files.writeString(dir.resolve("target/duet/import-journal.txt"), "duet-import-journal 1\n");
        Path own = dir.resolve("articles/2023/.notes.tmp");
        Files.writeString(own, "the editor's");

        site.duet().importSources();

        assertFalse(Files.exists(leftover));
        assertTrue(Files.exists(own), "a file of another name is not import's");
    }

    @Test
    void aSourceWhoseNameEndsInCapitalsIsAWarningNotASilence() throws Exception {
        TestSite site = site().write("sources/001_rail.txt", RAIL).write("sources/002_NEWS.TXT", RAIL);

        ImportReport report = site.duet().importSources();

        assertEquals(List.of("sources/002_NEWS.TXT: warning: not read: only names that end in .txt, in small"
                + " letters, are; rename it to 002_NEWS.txt [site.file-name]"), report.problems().stream()
                .filter(p -> p.code().equals("site.file-name")).map(Problem::format).toList());
    }

    @Test
    void hiddenFilesAndFoldersAreNoSourcesNorArticles() throws Exception {
        TestSite site = site().write("sources/001_rail.txt", RAIL)
                .write("sources/._001_rail.txt", new byte[] {0, 5, 22, 7, 0, 2, 0, 0, 'M', 'a', 'c'})
                .write("sources/.trash/002_old.txt", RAIL.replace("沪宁沿江", "旧的"))
                .write("articles/2023/._junk.en.md", new byte[] {0, 5, 22, 7})
                .write("articles/2023/NOTES.MD", "---\ntitle: \"Notes\"\n---\n\nNot read.\n");

        ImportReport report = site.duet().importSources();
        BuildResult built = site.build();

        assertEquals(1, report.sourcesRead(), report.toString());
        assertEquals(List.of(), report.problems().stream().filter(Problem::isError).toList());
        assertFalse(built.hasErrors(), built.problems().toString());
        assertEquals(2, built.articles());
        assertEquals(List.of("articles/2023/NOTES.MD"), built.problems().stream()
                .filter(p -> p.code().equals("site.file-name")).map(Problem::file).toList(), "told, not read");
    }

    @Test
    void writesOneMarkdownFilePerLanguageWithEveryFrontMatterField() throws Exception {
        TestSite site = site().write("sources/001_rail.txt", RAIL);

        ImportReport report = site.duet().importSources();

        assertEquals(Map.of(RAIL_PATH + ".zh.md", Status.CREATED, RAIL_PATH + ".en.md", Status.CREATED),
                outcomes(report));
        FrontMatter zh = frontMatter(dir.resolve(RAIL_PATH + ".zh.md"));
        assertEquals("沪宁沿江高铁开通运营", zh.title());
        assertEquals("zh", zh.lang());
        assertEquals(Optional.of(LocalDate.of(2023, 9, 28)), zh.date());
        assertEquals(Optional.of("shanghai-nanjing-riverside-high-speed-railway-opens"), zh.slug());
        assertEquals(List.of("high-speed railway", "Yangtze River Delta (YRD)", "rail transport"), zh.tags());
        assertEquals(Optional.of("新华社南京9月28日电"), zh.dateline());
        assertEquals(Optional.of("新华社"), zh.agency());
        assertEquals(List.of("蒋方"), zh.reporters());
        assertEquals(Optional.of("http://www.xinhuanet.com/local/2023-09/28/c_1129890123.htm"), zh.sourceUrl());
        assertEquals(Optional.of("新华网"), zh.sourceName());
        assertEquals(Optional.of(1508), zh.views());
        assertEquals(Optional.of("sources/001_rail.txt"), zh.sourceFile());
        assertTrue(zh.importDigest().orElse("").startsWith("sha256:"));

        FrontMatter en = frontMatter(dir.resolve(RAIL_PATH + ".en.md"));
        assertEquals("Shanghai-Nanjing Riverside High-Speed Railway Opens", en.title());
        assertEquals("en", en.lang());
        assertEquals(zh.date(), en.date());
        assertEquals(zh.slug(), en.slug());
        assertEquals(zh.tags(), en.tags());
        assertEquals(Optional.of("High-Speed Railway Along the Yangtze River Between Nanjing and Shanghai Begins"
                + " Operation"), en.headline());
        assertEquals(Optional.of("NANJING, Sept. 28"), en.dateline());
        assertEquals(Optional.of("Xinhua"), en.agency());
        assertEquals(Optional.of("Xinhua"), en.sourceName());
        assertEquals(zh.sourceUrl(), en.sourceUrl());
        assertEquals(Optional.of(1508), en.views());
    }

    @Test
    void secondImportChangesNothing() throws Exception {
        TestSite site = site().write("sources/001_rail.txt", RAIL);
        site.duet().importSources();
        Path zh = dir.resolve(RAIL_PATH + ".zh.md");
        Path en = dir.resolve(RAIL_PATH + ".en.md");
        // Age the files, so that a rewrite with the same bytes would still show in the timestamp.
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(zh, old);
        Files.setLastModifiedTime(en, old);
        byte[] zhBytes = Files.readAllBytes(zh);
        byte[] enBytes = Files.readAllBytes(en);

        ImportReport second = site.duet().importSources();

        assertEquals(Map.of(RAIL_PATH + ".zh.md", Status.UNCHANGED, RAIL_PATH + ".en.md", Status.UNCHANGED),
                outcomes(second));
        assertArrayEquals(zhBytes, Files.readAllBytes(zh));
        assertArrayEquals(enBytes, Files.readAllBytes(en));
        assertEquals(old, Files.getLastModifiedTime(zh));
        assertEquals(old, Files.getLastModifiedTime(en));
        assertEquals(List.of(), second.problems());
    }

    @Test
    void keepsAHandEditedFileImportedBeforeFieldsHadDigestsWhenItsSourceChanges() throws Exception {
        TestSite site = site().write("sources/001_rail.txt", RAIL);
        site.duet().importSources();
        Path zh = dir.resolve(RAIL_PATH + ".zh.md");
        // A file as an earlier version wrote it: its digest line holds the file's digest only.
        String older = Files.readString(zh).replaceAll("(importDigest: \"sha256:[0-9a-f]{64})[^\"]*\"", "$1\"");
        String edited = older.replace("沪宁沿江高铁开通运营\"", "沪宁沿江高铁正式开通\"");
        assertNotEquals(older, edited);
        Files.writeString(zh, edited);
        site.write("sources/001_rail.txt", RAIL.replace("进一步完善了", "完善了"));

        ImportReport report = site.duet().importSources();

        assertEquals(Status.KEPT_EDITED, outcomes(report).get(RAIL_PATH + ".zh.md"));
        assertEquals(edited, Files.readString(zh));
        Problem kept = report.problems().stream().filter(p -> p.code().equals("import.kept-edited")
                && p.file().equals(RAIL_PATH + ".zh.md") && !p.isError()).findFirst()
                .orElseThrow(() -> new AssertionError(report.problems().toString()));
        assertTrue(kept.message().contains("-Dduet.overwriteEdited=true"), kept.message());
        assertTrue(kept.message().contains("earlier version"), kept.message());
        assertFalse(kept.message().contains("force"), kept.message());

        // The English file takes the source's other changes, but not a view count the Chinese file cannot take.
        site.write("sources/001_rail.txt", RAIL.replace("进一步完善了", "完善了").replace("Views: 1,508", "Views: 2,000")
                .replace("Stations along", "Stations on"));
        ImportReport later = site.duet().importSources();
        assertEquals(Status.UPDATED, outcomes(later).get(RAIL_PATH + ".en.md"));
        assertTrue(Files.readString(dir.resolve(RAIL_PATH + ".en.md")).contains("Stations on"));
        assertEquals(Optional.of(1508), frontMatter(dir.resolve(RAIL_PATH + ".en.md")).views());
        assertEquals(edited, Files.readString(zh));
    }

    @Test
    void aDateAddedByHandToBothFilesEndsTheMissingDateWarning() throws Exception {
        TestSite site = site().write("sources/001_rail.txt",
                RAIL.replace("http://www.xinhuanet.com/local/2023-09/28/c_1129890123.htm",
                        "http://www.xinhuanet.com/local/c_1129890123.htm"));
        ImportReport first = site.duet().importSources();
        assertTrue(first.problems().stream().anyMatch(p -> p.code().equals("source.no-date")), first.problems()
                .toString());
        List<Path> files = outcomes(first).keySet().stream().map(dir::resolve).toList();
        assertEquals(2, files.size());
        String told = first.problems().stream().filter(p -> p.code().equals("source.no-date")).findFirst()
                .orElseThrow().message();
        outcomes(first).keySet().forEach(path -> assertTrue(told.contains(path), "names " + path + ": " + told));

        // One file dated by hand: the story still has an undated article, so the warning stays.
        Files.writeString(files.get(0), Files.readString(files.get(0)).replaceFirst("\nlang: ", "\ndate: \"2023-09-28\"\nlang: "));
        ImportReport half = site.duet().importSources();
        assertTrue(half.problems().stream().anyMatch(p -> p.code().equals("source.no-date")), half.problems()
                .toString());

        Files.writeString(files.get(1), Files.readString(files.get(1)).replaceFirst("\nlang: ", "\ndate: \"2023-09-28\"\nlang: "));
        String zh = Files.readString(files.get(0));
        String en = Files.readString(files.get(1));
        ImportReport dated = site.duet().importSources();

        assertFalse(dated.problems().stream().anyMatch(p -> p.code().equals("source.no-date")), dated.problems()
                .toString());
        assertEquals(zh, Files.readString(files.get(0)));
        assertEquals(en, Files.readString(files.get(1)));
    }

    @Test
    void forceNeverOverwritesAHandEditedFile() throws Exception {
        TestSite site = site().write("sources/001_rail.txt", RAIL);
        site.duet().importSources();
        Path zh = dir.resolve(RAIL_PATH + ".zh.md");
        String edited = Files.readString(zh).replace("沪宁沿江高铁开通运营\"", "沪宁沿江高铁正式开通\"");
        Files.writeString(zh, edited);
        site.write("sources/001_rail.txt", RAIL.replace("进一步完善了", "完善了"));

        ImportReport report = site.duet(site.config().force(true).build()).importSources();

        // The source's change is merged into the fields the editor left alone; the edited title stays.
        assertEquals(Status.MERGED, outcomes(report).get(RAIL_PATH + ".zh.md"));
        assertEquals("沪宁沿江高铁正式开通", frontMatter(zh).title());
        assertTrue(Files.readString(zh).contains("等站，完善了"), Files.readString(zh));
        assertFalse(Files.exists(dir.resolve("target/duet/edited")));
    }

    @Test
    void overwriteEditedKeepsTheEditedFileUnderTheCacheFolderFirstAndNamesBoth() throws Exception {
        TestSite site = site().write("sources/001_rail.txt", RAIL);
        site.duet().importSources();
        Path zh = dir.resolve(RAIL_PATH + ".zh.md");
        String edited = Files.readString(zh).replace("沪宁沿江高铁开通运营\"", "沪宁沿江高铁正式开通\"");
        Files.writeString(zh, edited);
        site.write("sources/001_rail.txt", RAIL.replace("进一步完善了", "完善了"));

        ImportReport report = site.duet(site.config().overwriteEdited(true).build()).importSources();

        assertEquals(Status.UPDATED, outcomes(report).get(RAIL_PATH + ".zh.md"));
        String now = Files.readString(zh);
        assertTrue(now.contains("title: \"沪宁沿江高铁开通运营\""), now);
        assertTrue(now.contains("沿线设句容、金坛、武进、江阴、张家港、常熟等站，完善了"), now);
        String keptPath = "target/duet/edited/" + RAIL_PATH + ".zh.md";
        assertEquals(edited, Files.readString(dir.resolve(keptPath)));
        Problem warning = report.problems().stream().filter(p -> p.code().equals("import.overwrote-edited"))
                .findFirst().orElseThrow(() -> new AssertionError(report.problems().toString()));
        assertFalse(warning.isError());
        assertEquals(RAIL_PATH + ".zh.md", warning.file());
        assertTrue(warning.message().contains(keptPath), warning.message());
    }

    @Test
    void overwriteEditedKeepsTheKeysImportNeverWritesSoAWithdrawnStoryStaysWithdrawn() throws Exception {
        TestSite site = site().write("sources/001_rail.txt", RAIL);
        site.duet().importSources();
        Path zh = dir.resolve(RAIL_PATH + ".zh.md");
        String own = "unpublished: true\ncorrection: \"更正：车站数量有误。\"\nupdated: \"2023-10-01\"\n"
                + "aliases:\n  - \"/zh/old-rail/\"\n# the desk's note\nsection: \"gn\"\n";
        String edited = Files.readString(zh).replace("沪宁沿江高铁开通运营\"\n", "沪宁沿江高铁正式开通\"\n" + own);
        Files.writeString(zh, edited);
        site.write("sources/001_rail.txt", RAIL.replace("进一步完善了", "完善了"));

        ImportReport report = site.duet(site.config().overwriteEdited(true).build()).importSources();

        assertEquals(Status.UPDATED, outcomes(report).get(RAIL_PATH + ".zh.md"));
        String now = Files.readString(zh);
        // The source's text replaces the edited title and body; the editor's own keys stay as they were.
        assertTrue(now.contains("title: \"沪宁沿江高铁开通运营\""), now);
        assertTrue(now.contains("等站，完善了"), now);
        FrontMatter fm = frontMatter(zh);
        assertTrue(fm.publication().unpublished(), now);
        assertEquals(Optional.of("更正：车站数量有误。"), fm.publication().correction(), now);
        assertTrue(now.contains("updated: \"2023-10-01\"\n"), now);
        assertTrue(now.contains("aliases:\n  - \"/zh/old-rail/\"\n"), now);
        assertTrue(now.contains("section: \"gn\"\n"), now);
        assertEquals(edited, Files.readString(dir.resolve("target/duet/edited/" + RAIL_PATH + ".zh.md")));
        Problem warning = report.problems().stream().filter(p -> p.code().equals("import.overwrote-edited"))
                .findFirst().orElseThrow(() -> new AssertionError(report.problems().toString()));
        assertTrue(warning.message().contains("keeping your own unpublished, correction, updated, aliases, section"),
                warning.message());

        // The next import finds the file as the editor's: nothing to take, nothing to warn about.
        ImportReport again = site.duet().importSources();
        assertEquals(now, Files.readString(zh));
        assertTrue(again.problems().isEmpty(), again.problems().toString());

        // The build keeps the story withdrawn.
        site.duet().build();
        String page = Files.readString(dir.resolve("target/site/zh/2023/09/"
                + "shanghai-nanjing-riverside-high-speed-railway-opens/index.html"));
        assertTrue(page.contains("noindex"), page);
        assertFalse(page.contains("完善了"), page);
    }

    @Test
    void overwriteEditedNeverReplacesACopyKeptBefore() throws Exception {
        TestSite site = site().write("sources/001_rail.txt", RAIL);
        site.duet().importSources();
        Path zh = dir.resolve(RAIL_PATH + ".zh.md");
        String first = Files.readString(zh).replace("沪宁沿江高铁开通运营\"", "第一次修改\"");
        Files.writeString(zh, first);
        site.write("sources/001_rail.txt", RAIL.replace("进一步完善了", "完善了"));
        site.duet(site.config().overwriteEdited(true).build()).importSources();
        String second = Files.readString(zh).replace("沪宁沿江高铁开通运营\"", "第二次修改\"");
        Files.writeString(zh, second);
        site.write("sources/001_rail.txt", RAIL);

        ImportReport report = site.duet(site.config().overwriteEdited(true).build()).importSources();

        String keptFirst = "target/duet/edited/" + RAIL_PATH + ".zh.md";
        String keptSecond = "target/duet/edited/" + RAIL_PATH + "-2.zh.md";
        assertEquals(first, Files.readString(dir.resolve(keptFirst)));
        assertEquals(second, Files.readString(dir.resolve(keptSecond)));
        assertTrue(report.problems().stream().anyMatch(p -> p.code().equals("import.overwrote-edited")
                && p.message().contains(keptSecond)), report.problems().toString());
        assertTrue(Files.readString(zh).contains("进一步完善了"));
    }

    @Test
    void overwriteEditedLeavesAnEditedFileWhoseSourceIsUnchanged() throws Exception {
        TestSite site = site().write("sources/001_rail.txt", RAIL);
        site.duet().importSources();
        Path zh = dir.resolve(RAIL_PATH + ".zh.md");
        String edited = Files.readString(zh).replace("沿线设", "沿线设有");
        Files.writeString(zh, edited);

        ImportReport report = site.duet(site.config().overwriteEdited(true).build()).importSources();

        assertEquals(Status.KEPT_EDITED, outcomes(report).get(RAIL_PATH + ".zh.md"));
        assertEquals(edited, Files.readString(zh));
        assertFalse(Files.exists(dir.resolve("target/duet/edited")));
    }

    @Test
    void reportsAMissingSourcesFolderAsAnErrorNamingIt() throws Exception {
        TestSite site = site();

        ImportReport report = site.duet(site.config().sourcesDir("sorces").build()).importSources();

        Problem p = report.problems().stream().filter(q -> q.code().equals("import.no-sources")).findFirst()
                .orElseThrow(() -> new AssertionError(report.problems().toString()));
        assertTrue(p.isError());
        assertEquals("sorces", p.file());
        assertTrue(p.message().contains(dir.resolve("sorces").toString()), p.message());
        assertTrue(p.message().contains("sourcesDir"), p.message());
    }

    @Test
    void keepsAHandEditedFileSilentlyWhileItsSourceIsUnchanged() throws Exception {
        TestSite site = site().write("sources/001_rail.txt", RAIL);
        site.duet().importSources();
        Path zh = dir.resolve(RAIL_PATH + ".zh.md");
        String edited = Files.readString(zh).replace("沿线设", "沿线设有");
        Files.writeString(zh, edited);

        ImportReport report = site.duet().importSources();

        assertEquals(Status.KEPT_EDITED, outcomes(report).get(RAIL_PATH + ".zh.md"));
        assertEquals(edited, Files.readString(zh));
        assertEquals(List.of(), report.problems(), "the source did not change, so there is nothing to warn about");
    }

    @Test
    void finishesAFileThatAnInterruptedImportLeftShort() throws Exception {
        TestSite site = site().write("sources/001_rail.txt", RAIL);
        site.duet().importSources();
        Path zh = dir.resolve(RAIL_PATH + ".zh.md");
        byte[] full = Files.readAllBytes(zh);
        assertFalse(Files.exists(dir.resolve("target/duet/import-journal.txt")), "a completed import leaves none");
        // What a process killed in the middle of writing the file leaves: its journal, and the start of the file.
        ImportJournal.open(dir.resolve("target/duet")).begin(List.of(RAIL_PATH + ".zh.md", RAIL_PATH + ".en.md"));
        Files.write(zh, Arrays.copyOf(full, full.length / 2));

        ImportReport report = site.duet().importSources();

        assertEquals(Status.UPDATED, outcomes(report).get(RAIL_PATH + ".zh.md"));
        assertEquals(Status.UNCHANGED, outcomes(report).get(RAIL_PATH + ".en.md"));
        assertArrayEquals(full, Files.readAllBytes(zh));
        assertEquals(List.of("import.finished"), report.problems().stream().map(Problem::code).toList());
        assertFalse(Files.exists(dir.resolve("target/duet/import-journal.txt")));
    }

    @Test
    void aJournalThatIsNotUtf8NamesNoFile() throws Exception {
        TestSite site = site().write("sources/001_rail.txt", RAIL);
        site.duet().importSources();
        Path zh = dir.resolve(RAIL_PATH + ".zh.md");
        String zhText = Files.readString(zh);
        String cut = zhText.substring(0, zhText.indexOf("沿线设"));
        Files.writeString(zh, cut);
        Path journal = dir.resolve("target/duet/import-journal.txt");
        Files.write(journal, (RAIL_PATH + ".zh.md\n\u00ff").getBytes(StandardCharsets.ISO_8859_1));

        ImportReport report = site.duet().importSources();

        assertEquals(Status.KEPT_EDITED, outcomes(report).get(RAIL_PATH + ".zh.md"), "an edit, as with no journal");
        assertEquals(cut, Files.readString(zh));
        assertFalse(Files.exists(journal));
    }

    @Test
    void anArticleFileAndFolderThatRefuseTheUpdateAreNamedWithTheReason() throws Exception {
        TestSite site = site().write("sources/001_rail.txt", RAIL);
        site.duet().importSources();
        site.write("sources/001_rail.txt", RAIL.replace("全长278.5公里", "全长278公里"));
        Path en = dir.resolve(RAIL_PATH + ".en.md");
        Path zh = dir.resolve(RAIL_PATH + ".zh.md");
        Path folder = zh.getParent();
        // Immutable, as chattr +i makes them: where the system allows it (root on Linux, a file system that can).
        assumeTrue(chattr("+i", en, zh, folder), "chattr +i is not available here");
        try {
            IOException refused = assertThrows(IOException.class, () -> site.duet().importSources());

            assertTrue(refused.getMessage().matches("\\Q" + dir.resolve(RAIL_PATH) + "\\E\\.(zh|en)\\.md: cannot be"
                    + " written, as its folder \\Q" + folder + "\\E does not let a new file be made in it"
                    + " \\(Operation not permitted\\).*"), refused.getMessage());
        } finally {
            chattr("-i", en, zh, folder);
        }
    }

    /** Runs chattr on the files; false when it cannot. */
    private static boolean chattr(String change, Path... files) throws InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("chattr", change));
        Arrays.stream(files).map(Path::toString).forEach(command::add);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void aShortFileIsAnEditWhenNoImportWasInterruptedOrItIsNotTheStartOfTheText() throws Exception {
        TestSite site = site().write("sources/001_rail.txt", RAIL);
        site.duet().importSources();
        Path zh = dir.resolve(RAIL_PATH + ".zh.md");
        Path en = dir.resolve(RAIL_PATH + ".en.md");
        // The user cut the last paragraph of the Chinese file: the start of what import wrote, with no journal.
        String zhText = Files.readString(zh);
        String cut = zhText.substring(0, zhText.indexOf("沿线设"));
        Files.writeString(zh, cut);

        ImportReport report = site.duet().importSources();

        assertEquals(Status.KEPT_EDITED, outcomes(report).get(RAIL_PATH + ".zh.md"));
        assertEquals(cut, Files.readString(zh));

        // A journal names the English file, but the user changed a word in it: an edit, whatever the journal says.
        ImportJournal.open(dir.resolve("target/duet")).begin(List.of(RAIL_PATH + ".en.md"));
        String edited = Files.readString(en).replace("Stations along", "Stations on");
        Files.writeString(en, edited);

        ImportReport second = site.duet().importSources();

        assertEquals(Status.KEPT_EDITED, outcomes(second).get(RAIL_PATH + ".en.md"));
        assertEquals(edited, Files.readString(en));
        assertEquals(cut, Files.readString(zh));
    }

    @Test
    void updatesAnUneditedFileWhenItsSourceChanges() throws Exception {
        TestSite site = site().write("sources/001_rail.txt", RAIL);
        site.duet().importSources();
        site.write("sources/001_rail.txt", RAIL.replace("Views: 1,508", "Views: 2,000"));

        ImportReport report = site.duet().importSources();

        assertEquals(Map.of(RAIL_PATH + ".zh.md", Status.UPDATED, RAIL_PATH + ".en.md", Status.UPDATED),
                outcomes(report));
        assertEquals(Optional.of(2000), frontMatter(dir.resolve(RAIL_PATH + ".zh.md")).views());
        assertEquals(List.of(), report.problems());
    }

    @Test
    void twoSourcesWithTheSameSlugAreBothKeptUnderDistinctSlugs() throws Exception {
        TestSite site = site().write("sources/001_rail.txt", RAIL)
                .write("sources/002_rail_again.txt", RAIL.replace("沪宁沿江高铁开通运营", "沪宁沿江高铁今日开通")
                        .replace("c_1129890123", "c_1129890999"));

        ImportReport report = site.duet().importSources();

        assertEquals(4, report.count(Status.CREATED), report.files().toString());
        FrontMatter first = frontMatter(dir.resolve(RAIL_PATH + ".zh.md"));
        FrontMatter second = frontMatter(dir.resolve(RAIL_PATH + "-2.zh.md"));
        assertEquals("沪宁沿江高铁开通运营", first.title());
        assertEquals("沪宁沿江高铁今日开通", second.title());
        assertNotEquals(first.slug(), second.slug());
        assertEquals(Optional.of("shanghai-nanjing-riverside-high-speed-railway-opens-2"), second.slug());
        List<Problem> warnings = report.problems().stream().filter(p -> p.code().equals("import.duplicate-slug"))
                .toList();
        assertEquals(1, warnings.size(), report.problems().toString());
        assertEquals("sources/002_rail_again.txt", warnings.get(0).file());
        assertTrue(Files.exists(dir.resolve(RAIL_PATH + "-2.en.md")));
        ImportReport again = site.duet().importSources();
        assertEquals(4, again.count(Status.UNCHANGED), "each source keeps the slug it was given");
        // The second is the first re-sent under a new title: import says so each time (ImportDuplicateTest).
        assertEquals(List.of("import.duplicate"), again.problems().stream().map(Problem::code).toList());

        site.build();
        assertTrue(site.exists("zh/2023/09/shanghai-nanjing-riverside-high-speed-railway-opens/index.html"));
        assertTrue(site.exists("zh/2023/09/shanghai-nanjing-riverside-high-speed-railway-opens-2/index.html"));
    }

    @Test
    void aThirdSourceWithTheSameSlugIsOneWarningNamingBothHolders() throws Exception {
        TestSite site = site().write("sources/001_rail.txt", RAIL)
                .write("sources/002_rail_again.txt", RAIL.replace("沪宁沿江高铁开通运营", "沪宁沿江高铁今日开通")
                        .replace("c_1129890123", "c_1129890999"))
                .write("sources/003_rail_third.txt", RAIL.replace("沪宁沿江高铁开通运营", "沪宁沿江高铁正式开通")
                        .replace("c_1129890123", "c_1129890777"));

        ImportReport report = site.duet().importSources();

        List<Problem> warnings = report.problems().stream().filter(p -> p.code().equals("import.duplicate-slug")
                && p.file().equals("sources/003_rail_third.txt")).toList();
        assertEquals(1, warnings.size(), report.problems().toString());
        String slug = "shanghai-nanjing-riverside-high-speed-railway-opens";
        assertEquals("slug '" + slug + "' is already used by sources/001_rail.txt ('" + slug
                + "-2' by sources/002_rail_again.txt); this article gets '" + slug + "-3' (set 'slug:' in its front"
                + " matter to choose)", warnings.get(0).message());
        assertTrue(Files.exists(dir.resolve(RAIL_PATH + "-3.en.md")));
    }

    @Test
    void reportsEachBadSourceByNameAndStillImportsTheGoodOnes() throws Exception {
        TestSite site = site().write("sources/001_rail.txt", RAIL)
                .write("sources/002_other.txt", RAIL.replace("沪宁沿江高铁开通运营", "长三角铁路网再添新线")
                        .replace("Shanghai-Nanjing Riverside High-Speed Railway Opens", "Another Railway Opens")
                        .replace("c_1129890123", "c_1129890555"))
                .write("sources/bad/empty.txt", "")
                .write("sources/bad/front-matter.txt", "---\ntitle: 三星堆\ndate: 2024-05-21\n---\n正文\n---\n")
                .write("sources/bad/no-title.txt", "Views: 12\n【来源】https://www.chinanews.com/gn/2024/05-21/1.shtml\n");
        Files.write(dir.resolve("sources/bad/binary.txt"), new byte[] {0, 1, 2, (byte) 0xFF, (byte) 0xFE, 0, 0x7F, 3});

        ImportReport report = site.duet().importSources();

        assertEquals(6, report.sourcesRead());
        assertEquals(2, report.storiesImported());
        assertEquals(4, report.count(Status.CREATED));
        for (String bad : List.of("empty", "front-matter", "no-title", "binary")) {
            assertTrue(report.problems().stream().anyMatch(p -> p.file().equals("sources/bad/" + bad + ".txt")),
                    bad + " is not named in " + report.problems());
        }
        assertTrue(report.errors() >= 1, report.summary());
        assertEquals(report.problems().size(), report.errors() + report.warnings());
        String summary = report.summary();
        assertTrue(summary.startsWith("6 source files read: 2 stories imported as 4 articles (Markdown files: 4 created"),
                summary);
        assertTrue(summary.endsWith(dev.duet.diagnostic.Counted.problems(report.warnings(), report.errors())),
                summary);

        site.build();
        assertTrue(site.exists("zh/2023/09/shanghai-nanjing-riverside-high-speed-railway-opens/index.html"));
        assertTrue(site.exists("en/2023/09/shanghai-nanjing-riverside-high-speed-railway-opens/index.html"));
        assertTrue(site.exists("zh/2023/09/another-railway-opens/index.html"));
        assertTrue(site.exists("en/2023/09/another-railway-opens/index.html"));
    }

    @Test
    void sourceTextThatLooksLikeMarkupShowsAsWrittenInTheBuiltPage() throws Exception {
        List<String> literal = List.of("1. 火炬传递到了南京", "# not a heading 不是标题", "*stars* 星号",
                "_x_ 下划线", "[x](y) 链接", "<script>alert(1)</script> 脚本", "&amp; 实体");
        String source = RAIL.replace("沿线设句容", String.join("\n", literal) + "\n沿线设句容");
        TestSite site = site().write("sources/001_rail.txt", source);
        site.duet().importSources();

        site.build();

        String html = site.read("zh/2023/09/shanghai-nanjing-riverside-high-speed-railway-opens/index.html");
        Document page = site.page("zh/2023/09/shanghai-nanjing-riverside-high-speed-railway-opens/index.html");
        Element body = page.selectFirst(".article-body");
        List<String> paragraphs = body.select("p").eachText();
        for (String text : literal) {
            assertTrue(paragraphs.contains(text), "'" + text + "' not shown as written in " + paragraphs);
        }
        assertTrue(body.select("script, ol, ul, h1, h2, em, strong, a").isEmpty(), body.html());
        // Besides the JSON-LD, only the theme's own script of the "most read" box, from the site.
        assertEquals(1, page.select("script:not([src=/js/most-read.js])").size(),
                "only the JSON-LD script: " + page.select("script"));
        assertTrue(html.contains("&amp;amp; 实体"), "the entity must be shown, not decoded");
    }
}
