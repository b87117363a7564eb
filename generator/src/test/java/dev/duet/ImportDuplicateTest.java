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

/** A story imported twice, under another file name: import says so, and the build can leave the later one out. */
class ImportDuplicateTest {

    private static final String RESENT = ImportTest.RAIL
            .replace("进一步完善了长三角地区高速铁路网。", "进一步完善了长三角地区高速铁路网，方便了沿线群众出行。");
    private static final String SECOND = ImportTest.RAIL_PATH + "-2";

    @TempDir
    Path dir;

    @Test
    void aStoryResentWithACorrectedParagraphIsReportedWithBothFilesAndCanBeLeftOut() throws Exception {
        TestSite site = TestSite.in(dir).write("sources/001_rail.txt", ImportTest.RAIL)
                .write("sources/007_rail_resent.txt", RESENT);

        ImportReport report = site.duet().importSources();

        List<Problem> duplicates = report.problems().stream().filter(p -> p.code().equals("import.duplicate"))
                .toList();
        assertEquals(1, duplicates.size(), report.problems().toString());
        assertEquals("sources/007_rail_resent.txt", duplicates.get(0).file());
        assertTrue(duplicates.get(0).message().contains("sources/001_rail.txt"), duplicates.get(0).message());
        assertTrue(Files.readString(dir.resolve(SECOND + ".zh.md"))
                .contains("duplicateOf: \"sources/001_rail.txt\""));
        assertFalse(Files.readString(dir.resolve(ImportTest.RAIL_PATH + ".zh.md")).contains("\nduplicateOf:"));

        // Published both by default; left out with skipDuplicates.
        BuildResult both = site.build();
        assertFalse(both.hasErrors(), both.problems().toString());
        assertTrue(site.exists("zh/2023/09/shanghai-nanjing-riverside-high-speed-railway-opens-2/index.html"));
        TestSite skipping = site;
        BuildResult skipped = skipping.duet(site.config().skipDuplicates(true).outputDir("target/skipped").build())
                .build();
        assertFalse(skipped.hasErrors());
        assertFalse(Files.exists(dir.resolve(
                "target/skipped/zh/2023/09/shanghai-nanjing-riverside-high-speed-railway-opens-2/index.html")));
        assertTrue(Files.exists(dir.resolve(
                "target/skipped/zh/2023/09/shanghai-nanjing-riverside-high-speed-railway-opens/index.html")));

        // Importing again changes nothing and says it again.
        ImportReport again = site.duet().importSources();
        assertEquals(1, again.problems().stream().filter(p -> p.code().equals("import.duplicate")).count());
        assertEquals(again.files().size(), again.count(ImportReport.Status.UNCHANGED));
    }

    @Test
    void aMarkItsEditorRemovedIsNotToldAgainNorPutBack() throws Exception {
        TestSite site = TestSite.in(dir).write("sources/001_rail.txt", ImportTest.RAIL)
                .write("sources/007_rail_resent.txt", RESENT);
        site.duet().importSources();
        for (String lang : List.of(".zh.md", ".en.md")) {
            Path file = dir.resolve(SECOND + lang);
            Files.writeString(file, Files.readString(file).replaceAll("(?m)^duplicateOf: .*\n", ""));
        }

        for (int run = 0; run < 2; run++) {
            ImportReport again = site.duet().importSources();

            assertEquals(List.of(), again.problems().stream().filter(p -> p.code().equals("import.duplicate"))
                    .toList(), "the editor said they are different stories");
            assertFalse(Files.readString(dir.resolve(SECOND + ".zh.md")).contains("\nduplicateOf:"));
        }
        BuildResult skipping = site.duet(site.config().skipDuplicates(true).build()).build();
        assertFalse(skipping.hasErrors());
        assertTrue(site.exists("zh/2023/09/shanghai-nanjing-riverside-high-speed-railway-opens-2/index.html"));
    }

    @Test
    void aCopySentAgainUnderANameThatSortsFirstIsTheDuplicateOfTheStoryImported() throws Exception {
        TestSite site = TestSite.in(dir).write("sources/007_rail.txt", ImportTest.RAIL);
        site.duet().importSources();
        site.write("sources/001_rail_resent.txt", RESENT);

        ImportReport report = site.duet().importSources();

        List<Problem> duplicates = report.problems().stream().filter(p -> p.code().equals("import.duplicate"))
                .toList();
        assertEquals(1, duplicates.size(), report.problems().toString());
        assertEquals("sources/001_rail_resent.txt", duplicates.get(0).file());
        assertFalse(Files.readString(dir.resolve(ImportTest.RAIL_PATH + ".zh.md")).contains("\nduplicateOf:"),
                "the story published keeps its place");
        assertTrue(Files.readString(dir.resolve(SECOND + ".zh.md")).contains("duplicateOf: \"sources/007_rail.txt\""));
        assertFalse(site.duet(site.config().skipDuplicates(true).build()).build().hasErrors());
        assertTrue(site.exists("zh/2023/09/shanghai-nanjing-riverside-high-speed-railway-opens/index.html"));
    }

    @Test
    void aStoryResentWhileThePreviewRunsIsFoundAsAnImportFindsIt() throws Exception {
        TestSite site = TestSite.in(dir).write("sources/001_rail.txt", ImportTest.RAIL);
        PreviewSession preview = Duet.previewing(site.config().build(), dev.duet.diagnostic.BuildListener.silent());
        preview.importSources();
        assertFalse(preview.build().hasErrors());

        Path resent = dir.resolve("sources/007_rail_resent.txt");
        Files.writeString(resent, RESENT);
        dev.duet.serve.RebuildResult rebuilt = preview.rebuild(java.util.Set.of(resent));

        assertTrue(rebuilt.problems().stream().anyMatch(p -> p.code().equals("import.duplicate")
                && p.file().equals("sources/007_rail_resent.txt")), rebuilt.problems().toString());
        assertTrue(Files.readString(dir.resolve(SECOND + ".zh.md"))
                .contains("duplicateOf: \"sources/001_rail.txt\""));
        // What the preview wrote is what duet:import writes: an import after it changes nothing.
        ImportReport after = site.duet().importSources();
        assertEquals(after.files().size(), after.count(ImportReport.Status.UNCHANGED), after.files().toString());
    }

    @Test
    void aCopySentAgainUnderAnEarlierNameStaysTheDuplicateAtEveryImportAfter() throws Exception {
        TestSite site = TestSite.in(dir).write("sources/b_original.txt", ImportTest.RAIL);
        site.duet().importSources();
        // The copy's name sorts before the original's.
        site.write("sources/a_resent.txt", RESENT);
        site.duet().importSources();
        String original = Files.readString(dir.resolve(ImportTest.RAIL_PATH + ".zh.md"));
        assertFalse(original.contains("\nduplicateOf:"), original);
        assertTrue(Files.readString(dir.resolve(SECOND + ".zh.md"))
                .contains("duplicateOf: \"sources/b_original.txt\""));

        for (int round = 0; round < 2; round++) {
            ImportReport again = site.duet().importSources();
            assertEquals(again.files().size(), again.count(ImportReport.Status.UNCHANGED), again.files().toString());
            List<Problem> told = again.problems().stream().filter(p -> p.code().equals("import.duplicate")).toList();
            assertEquals(1, told.size(), again.problems().toString());
            assertEquals("sources/a_resent.txt", told.get(0).file());
            assertEquals(original, Files.readString(dir.resolve(ImportTest.RAIL_PATH + ".zh.md")));
        }
    }

    @Test
    void dailyReportsOnOneTemplateAreStoriesOfTheirOwnDays() throws Exception {
        TestSite site = TestSite.in(dir);
        for (int day = 11; day <= 14; day++) {
            site.write("sources/rate-03-" + day + ".txt", rate(day));
        }

        ImportReport report = site.duet().importSources();

        assertEquals(List.of(), report.problems().stream().filter(p -> p.code().equals("import.duplicate")).toList());
        assertEquals(8, report.count(ImportReport.Status.CREATED), report.files().toString());
        // The same report sent twice on one day is still a duplicate.
        site.write("sources/rate-03-14-again.txt", rate(14).replace("个基点。", "个基点。市场人士认为，汇率总体平稳。"));
        assertEquals(1, site.duet().importSources().problems().stream()
                .filter(p -> p.code().equals("import.duplicate")).count());
    }

    private static String rate(int day) {
        String r = "7.10" + day;
        return "人民币对美元汇率中间价报" + r + "\n"
                + "新华社北京3月" + day + "日电 来自中国外汇交易中心的数据显示，" + day + "日人民币对美元汇率中间价报" + r
                + "，较前一交易日调升" + (day * 3) + "个基点。\n"
                + "中国外汇交易中心表示，人民币汇率在合理均衡水平上保持基本稳定，市场预期总体平稳，跨境资金流动有序。\n"
                + "英语如下：\n"
                + "**Title: Yuan central parity rate at " + r + " against USD on March " + day + "**\n"
                + "Keywords: yuan, exchange rate.\n"
                + "**News Content:**\n"
                + "BEIJING, March " + day + " (Xinhua) -- The central parity rate of the Chinese currency renminbi, or"
                + " the yuan, strengthened " + (day * 3) + " basis points to " + r + " against the U.S. dollar on"
                + " the day, according to the China Foreign Exchange Trade System.\n"
                + "The exchange rate of the yuan stays basically stable at a reasonable and balanced level, and"
                + " market expectations are generally steady, with orderly cross-border capital flows.\n"
                + "【来源】http://www.news.cn/fortune/2024-03/" + day + "/c_11300" + day + "3.htm\n"
                + "Views: " + day + "\n";
    }
}
