package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.content.ContentReader;
import dev.duet.desk.DeskReport;
import dev.duet.diagnostic.Problems;
import dev.duet.desk.DeskReport.Finding;
import dev.duet.desk.DeskReport.Kind;
import dev.duet.desk.DeskRun;
import dev.duet.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The translation desk on a site with planted problems: each is reported once, on the right file, and the clean
 * stories give no report.
 */
class TranslationDeskTest {

    static final String GLOSSARY = """
            Shanghai Cooperation Organization (SCO): 上海合作组织
            new energy vehicles: 新能源汽车
            Wang Yi: 王毅
            """;

    /** Three paragraphs whose lengths differ, in both languages, in proportion. */
    static final String ZH_BODY = """
            新华社北京5月20日电 上海合作组织成员国外长会议今天在阿斯塔纳举行，王毅出席会议并发表讲话，各方就地区安全与经济合作深入交换意见。

            会议通过了多项文件。

            王毅表示，中方愿同各方一道，推动新能源汽车、数字经济和绿色发展等领域合作走深走实，为地区和平与繁荣作出更大贡献，并欢迎各方积极参与。
            """;
    static final String EN_BODY = """
            BEIJING, May 20 (Xinhua) -- The foreign ministers of the Shanghai Cooperation Organization met in Astana today. Wang Yi attended and spoke, and the parties exchanged views on regional security and economic cooperation.

            The meeting adopted several documents.

            Wang Yi said China is ready to work with all parties to deepen cooperation on new energy vehicles, the digital economy and green development, to contribute more to regional peace and prosperity, and welcomed all parties to take part.
            """;

    @TempDir
    Path dir;

    private static String frontMatter(String title, String lang, String date, String slug, String tags) {
        return "title: \"" + title + "\"\nlang: \"" + lang + "\"\ndate: \"" + date + "\"\nslug: \"" + slug
                + "\"\ntags: [" + tags + "]";
    }

    /** A story in both languages, as given. */
    private static void story(TestSite site, String slug, String zhBody, String enBody, String zhDate, String enDate,
            String zhTags, String enTags) throws Exception {
        site.article("2024/" + slug + ".zh.md", frontMatter("上合组织外长会议 " + slug, "zh", zhDate, slug, zhTags),
                zhBody);
        site.article("2024/" + slug + ".en.md", frontMatter("SCO foreign ministers meet " + slug, "en", enDate, slug,
                enTags), enBody);
    }

    private static List<String> described(DeskReport report) {
        return report.findings().stream().map(f -> f.kind().id + " " + f.file()).sorted().toList();
    }

    @Test
    void reportsEachPlantedProblemOnceAndNothingOnTheCleanStories() throws Exception {
        TestSite site = TestSite.in(dir).glossary(GLOSSARY);
        String tags = "\"Wang Yi\", \"Shanghai Cooperation Organization (SCO)\"";
        story(site, "clean-one", ZH_BODY, EN_BODY, "2024-05-20", "2024-05-20", tags, tags);
        story(site, "clean-two", ZH_BODY.replace("阿斯塔纳", "北京"), EN_BODY.replace("Astana", "Beijing")
                .replace("Shanghai Cooperation Organization", "SCO"), "2024-05-21", "2024-05-21", tags, tags);
        site.article("2024/only-chinese.zh.md", frontMatter("只有中文", "zh", "2024-05-22", "only-chinese", tags),
                ZH_BODY);
        String[] en = EN_BODY.strip().split("\n\n");
        story(site, "swapped", ZH_BODY, en[0] + "\n\n" + en[2] + "\n\n" + en[1] + "\n", "2024-05-23", "2024-05-23",
                tags, tags);
        story(site, "term-dropped", ZH_BODY, EN_BODY.replace("new energy vehicles", "electric cars"), "2024-05-24",
                "2024-05-24", tags, tags);
        story(site, "other-date", ZH_BODY, EN_BODY, "2024-05-25", "2024-05-26", tags, tags);
        story(site, "other-tags", ZH_BODY, EN_BODY, "2024-05-27", "2024-05-27", tags, "\"Wang Yi\", \"Astana\"");
        story(site, "untranslated-tag", ZH_BODY, EN_BODY, "2024-05-28", "2024-05-28", tags + ", \"regional security\"",
                tags + ", \"regional security\"");

        DeskRun.Result result = site.duet().translations();

        DeskReport report = result.report();
        assertEquals(List.of(
                "misaligned articles/2024/other-date.en.md",
                "misaligned articles/2024/other-tags.en.md",
                "misaligned articles/2024/swapped.en.md",
                "missing articles/2024/only-chinese.zh.md",
                "term articles/2024/term-dropped.en.md"), described(report));
        Finding term = report.of(Kind.TERM).get(0);
        assertTrue(term.message().contains("新能源汽车") && term.message().contains("new energy vehicles"),
                term.message());
        assertEquals(List.of("regional security"), report.untranslatedTags().stream().map(t -> t.tag()).toList());
        assertTrue(report.glossarySkeleton().contains("\"regional security\": \"\""), report.glossarySkeleton());
        // One problem a finding, each naming its file, and one on the glossary for the tags it lacks.
        assertEquals(report.findings().size() + 1, result.problems().size());
        assertTrue(result.problems().stream().anyMatch(p -> p.code().equals("desk.untranslated-tags")
                && p.file().equals("glossary.yaml") && p.message().contains("'regional security' (1)")
                && !p.message().contains("none yet")),
                result.problems().toString());
        assertTrue(result.problems().stream().allMatch(p -> p.code().startsWith("desk.") && !p.isError()));

        Path json = dir.resolve("target/duet/translations.json");
        assertTrue(Files.readString(json).contains("\"missing\":[{\"file\":\"articles/2024/only-chinese.zh.md\""));
        Document page = Jsoup.parse(dir.resolve("target/duet/translations.html").toFile());
        assertEquals("Translation desk", page.title());
        assertTrue(page.select("h2#missing").text().contains("(1)"), page.select("h2").text());
        assertEquals(1, page.select("h2#missing + table tr td a").size());
    }

    /**
     * Reporters an English page names in Chinese characters are listed, with lines for the glossary's people:, as
     * untranslated tags are: a reporter the glossary names in English, in Simplified or Traditional characters, and
     * one the English file names itself, are not.
     */
    @Test
    void reportersWithoutAnEnglishNameAreListedWithLinesForTheGlossary() throws Exception {
        TestSite site = TestSite.in(dir);
        site.glossary(GLOSSARY + "people:\n  Chen Jia: 陈嘉\n");
        String[][] bylines = {
            {"taipei", "[\"林志明\", \"陳嘉\"]", "[]"},
            {"taipei-two", "[\"林志明\"]", "[]"},
            {"beijing", "[\"徐伟\"]", "[\"Xu Wei\"]"},
            {"shanghai", "[\"徐伟\"]", "[\"徐伟\"]"},
            {"chinese-only", "[\"王悦\"]", ""},
        };
        for (String[] story : bylines) {
            site.article("2024/" + story[0] + ".zh.md", frontMatter("新闻 " + story[0], "zh", "2024-05-20", story[0],
                    "") + "\nreporters: " + story[1], ZH_BODY);
            if (!story[2].isEmpty()) {
                site.article("2024/" + story[0] + ".en.md", frontMatter("News " + story[0], "en", "2024-05-20",
                        story[0], "") + "\nreporters: " + story[2], EN_BODY);
            }
        }

        DeskRun.Result result = site.duet().translations();

        DeskReport report = result.report();
        assertEquals(List.of("林志明 2 articles/2024/taipei.zh.md", "徐伟 1 articles/2024/shanghai.zh.md"),
                report.untranslatedPeople().stream().map(p -> p.tag() + " " + p.articles() + " " + p.example())
                        .toList());
        assertEquals("""
                # under people:, where the glossary has it
                  "林志明": "林志明"   # 2 articles: write the English name as the key
                  "徐伟": "徐伟"   # 1 article: write the English name as the key
                """, report.peopleLines());
        assertTrue(result.problems().stream().anyMatch(p -> p.code().equals("desk.untranslated-people")
                && p.file().equals("glossary.yaml") && p.message().startsWith("2 reporters are named in Chinese")
                && p.message().contains("'林志明' (2), '徐伟' (1)")), result.problems().toString());
        Document page = Jsoup.parse(dir.resolve("target/duet/translations.html").toFile());
        assertEquals(List.of("林志明", "徐伟"), page.select("h2#untranslated-people + table td[lang=zh]").eachText());
        assertTrue(Files.readString(dir.resolve("target/duet/translations.json"))
                .contains("\"untranslatedPeople\":[{\"name\":\"林志明\",\"articles\":2"));
    }

    @Test
    void aStoryDatedAheadIsSaidToBeDueNotPublishedDaysAgo() throws Exception {
        TestSite site = TestSite.in(dir).glossary(GLOSSARY);
        site.article("2099/ahead.zh.md", frontMatter("定时发布", "zh", "2099-01-01", "ahead", ""), ZH_BODY);

        Finding missing = site.duet().translations().report().of(Kind.MISSING).get(0);

        assertTrue(missing.message().contains("dated 2099-01-01 (in "), missing.message());
        assertFalse(missing.message().contains("ago"), missing.message());
    }

    @Test
    void aStorysAgeIsCountedFromTheBuildTimeSoThatTheReportCanBeMadeAgain() throws Exception {
        TestSite site = TestSite.in(dir).glossary(GLOSSARY);
        site.article("2024/aged.zh.md", frontMatter("两天前", "zh", "2024-05-30", "aged", ""), ZH_BODY);

        Finding missing = site.duet(site.config().buildTime("2024-06-01T09:00").build()).translations().report()
                .of(Kind.MISSING).get(0);

        assertTrue(missing.message().contains("published 2024-05-30 (2 days ago)"), missing.message());
    }

    @Test
    void aDraftIsSaidToBeADraftAndAWithdrawnStoryIsLeftOut() throws Exception {
        TestSite site = TestSite.in(dir).glossary(GLOSSARY);
        site.article("2024/in-draft.zh.md", frontMatter("草稿", "zh", "2024-06-11", "in-draft", "") + "\ndraft: true",
                ZH_BODY);
        site.article("2024/gone.zh.md", frontMatter("已撤回", "zh", "2024-06-12", "gone", "")
                + "\nunpublished: true", ZH_BODY);
        // A withdrawn pair whose versions disagree: no translator needs to look at it either.
        story(site, "gone-pair", ZH_BODY, "One paragraph only.", "2024-06-13", "2024-06-14", "", "");
        Path en = dir.resolve("articles/2024/gone-pair.en.md");
        Files.writeString(en, Files.readString(en).replace("slug: \"gone-pair\"",
                "slug: \"gone-pair\"\nunpublished: true"));

        DeskReport report = site.duet().translations().report();

        assertEquals(List.of("missing articles/2024/in-draft.zh.md"), described(report));
        String message = report.findings().get(0).message();
        assertTrue(message.contains("a draft dated 2024-06-11"), message);
        assertFalse(message.contains("published"), message);
    }

    @Test
    void aTraditionalChineseTextIsNotSearchedForSimplifiedGlossaryNames() throws Exception {
        TestSite site = TestSite.in(dir).glossary("Hong Kong-Zhuhai-Macao Bridge: 港珠澳大桥\n");
        site.article("2024/bridge.zh.md", "title: \"港珠澳大橋通車五週年\"\nlang: \"zh\"\nscript: \"Hant\"\n"
                + "date: \"2024-05-20\"\nslug: \"bridge\"", "港珠澳大橋通車五週年之際，旅客人數持續增長。\n");
        site.article("2024/bridge.en.md", "title: \"Bridge at five\"\nlang: \"en\"\ndate: \"2024-05-20\"\n"
                + "slug: \"bridge\"", "Traffic on the Hong Kong-Zhuhai-Macao Bridge keeps growing.\n");

        assertEquals(List.of(), site.duet().translations().report().of(Kind.TERM));
    }

    @Test
    void theDesksPageShowsATitleAsTextNeverAsMarkup() throws Exception {
        TestSite site = TestSite.in(dir).article("2024/hostile.zh.md", "title: \"<img src=x onerror=alert(1)>\"\n"
                + "lang: \"zh\"\ndate: \"2024-05-20\"\nslug: \"hostile\"", "正文。\n");

        site.duet().translations();

        Document page = Jsoup.parse(dir.resolve("target/duet/translations.html").toFile());
        assertTrue(page.select("img").isEmpty(), page.html());
        assertEquals("<img src=x onerror=alert(1)>", page.select("h2#missing + table tr td a").text());
    }

    @Test
    void aTranslationWhoseOriginalChangedAfterItIsStaleUntilItChangesToo() throws Exception {
        TestSite site = TestSite.in(dir).glossary(GLOSSARY);
        String tags = "\"Wang Yi\"";
        story(site, "hand-written", ZH_BODY, EN_BODY, "2024-05-20", "2024-05-20", tags, tags);
        assertEquals(List.of(), site.duet().translations().report().findings());

        // The Chinese original is corrected: the English translation is now behind it.
        site.article("2024/hand-written.zh.md", frontMatter("上合组织外长会议 hand-written", "zh", "2024-05-20",
                "hand-written", tags), ZH_BODY.replace("多项文件", "五项文件"));
        DeskReport behind = site.duet().translations().report();
        assertEquals(List.of("stale articles/2024/hand-written.en.md"), described(behind));
        // Said again at the next run, until the translation changes too.
        assertEquals(List.of("stale articles/2024/hand-written.en.md"),
                described(site.duet().translations().report()));

        site.article("2024/hand-written.en.md", frontMatter("SCO foreign ministers meet hand-written", "en",
                "2024-05-20", "hand-written", tags), EN_BODY.replace("several documents", "five documents"));
        assertEquals(List.of(), site.duet().translations().report().findings());
    }

    @Test
    void aChineseTextPutBackAsItWasWhenTheTwoWereInStepLeavesTheTranslationInStep() throws Exception {
        TestSite site = TestSite.in(dir).glossary(GLOSSARY);
        String tags = "\"Wang Yi\"";
        story(site, "hand-written", ZH_BODY, EN_BODY, "2024-05-20", "2024-05-20", tags, tags);
        assertEquals(List.of(), site.duet().translations().report().findings());
        String zh = frontMatter("上合组织外长会议 hand-written", "zh", "2024-05-20", "hand-written", tags);
        site.article("2024/hand-written.zh.md", zh, ZH_BODY.replace("多项文件", "五项文件"));
        assertEquals(List.of("stale articles/2024/hand-written.en.md"),
                described(site.duet().translations().report()));

        site.article("2024/hand-written.zh.md", zh, ZH_BODY);
        assertEquals(List.of(), site.duet().translations().report().findings(), "the edit undone");
        site.article("2024/hand-written.zh.md", zh, ZH_BODY.replace("多项文件", "六项文件"));
        assertEquals(List.of("stale articles/2024/hand-written.en.md"),
                described(site.duet().translations().report()), "and a new edit told again");
    }

    @Test
    void aHistoryKeptWithSha256DigestsStillTellsAStaleTranslation() throws Exception {
        TestSite site = TestSite.in(dir).glossary(GLOSSARY);
        String tags = "\"Wang Yi\"";
        story(site, "hand-written", ZH_BODY, EN_BODY, "2024-05-20", "2024-05-20", tags, tags);
        assertEquals(List.of(), site.duet().translations().report().findings());
        site.article("2024/hand-written.zh.md", frontMatter("上合组织外长会议 hand-written", "zh", "2024-05-20",
                "hand-written", tags), ZH_BODY.replace("多项文件", "五项文件"));
        assertEquals(List.of("stale articles/2024/hand-written.en.md"),
                described(site.duet().translations().report()));
        // The history as builds that digested texts with SHA-256 kept it.
        Path history = dir.resolve("target/duet/desk-history.txt");
        List<String> lines = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(history)) {
            String[] fields = line.split("\t");
            if (line.startsWith("duet-desk-history ")) {
                lines.add("duet-desk-history 1");
            } else if (line.startsWith("in-step\t")) {
                lines.add(fields[0] + "\t" + fields[1] + "\t" + fields[2]); // as it was kept then: no digest
            } else if (fields.length == 4) {
                byte[] bytes = Files.readAllBytes(dir.resolve(fields[0]));
                String sha = new ContentReader().read(fields[0], bytes, new Problems()).orElseThrow().body()
                        .sha256();
                assertFalse(sha.equals(fields[1]));
                lines.add(fields[0] + "\t" + sha + "\t" + fields[2] + "\t" + fields[3]);
            } else {
                lines.add(line);
            }
        }
        Files.write(history, lines);

        assertEquals(List.of("stale articles/2024/hand-written.en.md"),
                described(site.duet().translations().report()), "the same texts, not both changed");
        assertTrue(Files.readString(history).startsWith("duet-desk-history 2\n"), "kept with this code's digests");
        assertEquals(List.of("stale articles/2024/hand-written.en.md"),
                described(site.duet().translations().report()));
    }

    @Test
    void aDamagedHistoryInTheCacheIsStartedAgain() throws Exception {
        TestSite site = TestSite.in(dir).glossary(GLOSSARY);
        String tags = "\"Wang Yi\"";
        story(site, "hand-written", ZH_BODY, EN_BODY, "2024-05-20", "2024-05-20", tags, tags);
        assertEquals(List.of(), site.duet().translations().report().findings());
        Path history = dir.resolve("target/duet/desk-history.txt");
        assertTrue(Files.exists(history));
        Files.write(history, new byte[] {'d', 'u', 'e', 't', (byte) 0xC3, '(', '\n'});

        assertEquals(List.of(), site.duet().translations().report().findings());
        assertTrue(Files.readString(history).startsWith("duet-desk-history"), "written again");
    }

    @Test
    void anImportedStoryWhoseChineseTextWasCorrectedByHandHasAStaleEnglishVersion() throws Exception {
        TestSite site = TestSite.in(dir).write("sources/001_rail.txt", ImportTest.RAIL);
        site.duet().importSources();
        assertEquals(List.of(), site.duet().translations().report().of(Kind.STALE));
        Path zh = dir.resolve(ImportTest.RAIL_PATH + ".zh.md");
        Files.writeString(zh, Files.readString(zh).replace("全长278.5公里", "全长278公里"));

        DeskReport report = site.duet().translations().report();

        assertEquals(List.of("stale " + ImportTest.RAIL_PATH + ".en.md"), report.of(Kind.STALE).stream()
                .map(f -> f.kind().id + " " + f.file()).collect(Collectors.toList()));
    }
    @Test
    void anImportedStoryWhoseChineseTitleWasEditedHasAStaleEnglishVersionWithoutAnEarlierRun() throws Exception {
        TestSite site = TestSite.in(dir).write("sources/001_rail.txt", ImportTest.RAIL);
        site.duet().importSources();
        Path zh = dir.resolve(ImportTest.RAIL_PATH + ".zh.md");
        Files.writeString(zh, Files.readString(zh).replace("title: \"沪宁沿江高铁开通运营\"",
                "title: \"沪宁沿江高铁今日开通运营\""));

        List<Finding> stale = site.duet().translations().report().of(Kind.STALE);

        assertEquals(List.of("stale " + ImportTest.RAIL_PATH + ".en.md"), stale.stream()
                .map(f -> f.kind().id + " " + f.file()).toList());
        assertTrue(stale.get(0).message().contains("title was edited since import"), stale.get(0).message());
        assertEquals(1, site.duet().translations().report().of(Kind.STALE).size(), "said again at the next run");
    }

    @Test
    void anImportedStoryWhoseChineseTextWasEditedIsStaleAtTheFirstRunAndNotWhenTheEnglishFollows() throws Exception {
        TestSite site = TestSite.in(dir).write("sources/001_rail.txt", ImportTest.RAIL);
        site.duet().importSources();
        Path zh = dir.resolve(ImportTest.RAIL_PATH + ".zh.md");
        Files.writeString(zh, Files.readString(zh).replace("全长278.5公里", "全长278公里"));

        List<Finding> stale = site.duet().translations().report().of(Kind.STALE);

        assertEquals(1, stale.size(), stale.toString());
        assertTrue(stale.get(0).message().contains("text was edited since import"), stale.get(0).message());
        Path en = dir.resolve(ImportTest.RAIL_PATH + ".en.md");
        String enText = Files.readString(en);
        Files.writeString(en, enText.replace("officially began", "began"));
        assertFalse(enText.equals(Files.readString(en)), "the translation was brought in line");
        assertEquals(List.of(), site.duet().translations().report().of(Kind.STALE));
    }
    @Test
    void aParagraphAddedToTheChineseTextIsReportedAtItsLineAndStandsAloneInTheParallelView() throws Exception {
        TestSite site = TestSite.in(dir).glossary(GLOSSARY);
        String tags = "\"Wang Yi\"";
        String added = "会议期间，王毅还分别会见了多国外长，就双边关系和共同关心的国际和地区问题交换意见，并表示中方愿同各方加强沟通协调，"
                + "共同推动上合组织健康稳定发展。";
        String zhBody = ZH_BODY.replace("\n\n会议通过了多项文件。", "\n\n" + added + "\n\n会议通过了多项文件。");
        story(site, "added", zhBody, EN_BODY, "2024-05-20", "2024-05-20", tags, tags);

        List<Finding> misaligned = site.duet().translations().report().of(Kind.MISALIGNED);

        assertEquals(1, misaligned.size(), misaligned.toString());
        Finding finding = misaligned.get(0);
        assertEquals("articles/2024/added.zh.md", finding.file());
        List<String> lines = Files.readAllLines(dir.resolve(finding.file()));
        assertEquals(added, lines.get(finding.line() - 1), "the line of the added paragraph");
        assertTrue(finding.message().contains("has no English paragraph"), finding.message());

        site.build();
        Document parallel = site.page("zh/2024/05/added/parallel/index.html");
        List<String> rows = parallel.select(".parallel-row:not(.parallel-head)").stream()
                .map(row -> row.select(".parallel-zh").text().length() + ":" + row.select(".parallel-en").text()
                        .length()).toList();
        assertEquals(4, rows.size(), rows.toString());
        assertEquals("(no matching paragraph)", parallel.select(".parallel-row:not(.parallel-head)").get(1)
                .select(".parallel-en").text(), "the added paragraph beside a cell that says so: " + rows);
        assertEquals("会议通过了多项文件。", parallel.select(".parallel-row:not(.parallel-head)").get(2)
                .select(".parallel-zh").text());
    }

    @Test
    void aTextLeftEmptyInOneLanguageIsReportedBesideTheOthersFirstParagraph() throws Exception {
        TestSite site = TestSite.in(dir).glossary(GLOSSARY);
        String tags = "\"Wang Yi\"";
        story(site, "nozh", "", EN_BODY, "2024-05-20", "2024-05-20", tags, tags);
        story(site, "noen", ZH_BODY, "", "2024-05-21", "2024-05-21", tags, tags);

        List<Finding> misaligned = site.duet().translations().report().of(Kind.MISALIGNED);

        assertEquals(List.of("articles/2024/noen.zh.md", "articles/2024/nozh.en.md"),
                misaligned.stream().map(Finding::file).sorted().toList(), misaligned.toString());
        for (Finding finding : misaligned) {
            String other = finding.file().endsWith(".zh.md") ? "English" : "Chinese";
            assertTrue(finding.message().startsWith("the " + other + " text is empty, and "), finding.message());
            assertTrue(finding.message().contains("has no " + other + " paragraph"), finding.message());
            String line = Files.readAllLines(dir.resolve(finding.file())).get(finding.line() - 1);
            assertTrue((finding.file().endsWith(".zh.md") ? ZH_BODY : EN_BODY).startsWith(line), line);
        }
    }
}
