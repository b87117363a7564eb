package dev.duet.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.diagnostic.Problem;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SourceParserTest {

    private static final String FILE = "sources/article.txt";
    private final SourceParser parser = new SourceParser();

    private ImportedArticle parse(String text) {
        return parser.parse(FILE, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String article() {
        return SourceFixtures.text("full-article.txt");
    }

    private static List<String> codes(ImportedArticle article) {
        return article.problems().stream().map(Problem::code).toList();
    }

    @Test
    void importsEveryFieldOfAFullArticle() {
        ImportedArticle a = parse(article());

        assertTrue(a.isImportable(), a.problems().toString());
        assertEquals(List.of(), a.problems());
        assertEquals("utf-8", a.encoding());
        assertEquals(FILE, a.sourceFile());
        ArticleText zh = a.zh().orElseThrow();
        assertEquals("zh", zh.language());
        assertEquals("Hans", zh.script());
        assertEquals("长三角铁路暑运发送旅客突破1亿人次", zh.title());
        assertEquals(1, zh.firstLine());
        assertEquals(3, zh.paragraphs().size());
        assertTrue(zh.paragraphs().get(1).contains("“夜间高铁”"));
        assertEquals(Optional.of("新华社上海8月26日电"), zh.byline().dateline());
        assertEquals(Optional.of("新华社"), zh.byline().agency());
        assertEquals(List.of("周琳", "王雪"), zh.byline().reporters());

        ArticleText en = a.en().orElseThrow();
        assertEquals("Latn", en.script());
        assertEquals("Yangtze River Delta Railways Carry Over 100 Million Summer Passengers", en.title());
        assertEquals(6, en.firstLine());
        assertEquals(Optional.of("Railways in the Yangtze River Delta Handle More Than 100 Million Passenger Trips"
                + " During the Summer Travel Season"), en.headline());
        assertEquals(3, en.paragraphs().size());
        assertTrue(en.paragraphs().get(0).startsWith("SHANGHAI, Aug. 26 (Xinhua) --"));
        assertEquals(Optional.of("SHANGHAI, Aug. 26"), en.byline().dateline());
        assertEquals(Optional.of("Xinhua"), en.byline().agency());
        assertEquals(List.of(), en.byline().reporters());

        assertEquals(List.of("Yangtze River Delta (YRD)", "railway", "summer travel rush"), a.keywords());
        SourceLink source = a.source().orElseThrow();
        assertEquals("https://www.xinhuanet.com/local/2024-08/26/c_1130190011.htm", source.url());
        assertEquals(Optional.of("新华网"), source.nameZh());
        assertEquals(Optional.of("Xinhua"), source.nameEn());
        assertEquals(Optional.of(3417), a.views());
        assertEquals(Optional.of(LocalDate.of(2024, 8, 26)), a.date());
        assertEquals(Optional.of(MonthDay.of(8, 26)), a.monthDay());
    }

    @ParameterizedTest
    @ValueSource(strings = {"英语如下:", "英语如下：", "英语如下", "英文如下", "英文如下：", "英文翻译", "英文翻译:",
            "以下为英文译文", "以下为英文译文：", "English version:", "English version", "English version：",
            "Translation:", "Translation", "TRANSLATION：", "**英语如下:**", "  英语如下 :  ", "英語如下：", "英文翻譯",
            "以下為英文譯文：", "【英文】", "[英文]", "\uFEFF英语如下:"})
    void splitsLanguagesAtEveryKnownMarker(String marker) {
        ImportedArticle a = parse(article().replace("英语如下:", marker));

        assertEquals(3, a.zh().orElseThrow().paragraphs().size());
        assertEquals("Yangtze River Delta Railways Carry Over 100 Million Summer Passengers",
                a.en().orElseThrow().title());
        assertFalse(a.zh().get().paragraphs().stream().anyMatch(p -> p.contains(marker.strip())));
        assertTrue(a.isImportable(), a.problems().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "新华社上海3月3日电（记者 周琳）| true",
        "新华社上海8月25日电（记者 周琳）| false",
        "新华社上海8月26日电（记者 周琳）| false"})
    void aDatelineMonthsAwayFromTheUrlsDateIsAWarning(String dateline, boolean told) {
        ImportedArticle a = parse(article().replace("新华社上海8月26日电（记者 周琳 王雪）", dateline));

        List<Problem> conflicts = a.problems().stream().filter(p -> p.code().equals("source.date-conflict")).toList();
        assertEquals(told ? 1 : 0, conflicts.size(), a.problems().toString());
        assertEquals(Optional.of(LocalDate.of(2024, 8, 26)), a.date(), "the URL's date is used");
        if (told) {
            assertTrue(conflicts.get(0).line() > 0, "at the source line");
        }
    }

    @org.junit.jupiter.api.Test
    void aByteOrderMarkInsideTheFileIsNoCharacterOfTheText() {
        ImportedArticle a = parse(article().replace("**Title: ", "\uFEFF**Title: ").replace("英语如下:", "\uFEFF英语如下:"));

        assertEquals("Yangtze River Delta Railways Carry Over 100 Million Summer Passengers",
                a.en().orElseThrow().title());
        assertEquals(3, a.zh().orElseThrow().paragraphs().size());
        assertTrue(a.problems().stream().noneMatch(p -> p.isError()), a.problems().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"**Title: %s**", "Title: %s", "Title：%s", "Ｔｉｔｌｅ：%s", "**Title:** %s", "%s",
            "**%s**", "title : %s"})
    void readsTheEnglishTitleWithOrWithoutBoldAndLabel(String form) {
        String title = "Yangtze River Delta Railways Carry Over 100 Million Summer Passengers";
        ImportedArticle a = parse(article().replace("**Title: " + title + "**", form.formatted(title)));

        assertEquals(title, a.en().orElseThrow().title());
        assertEquals(6, a.en().get().firstLine());
    }

    @Test
    void readsTheChineseTitleWithoutBold() {
        ImportedArticle a = parse(article().replace("**长三角铁路暑运发送旅客突破1亿人次**", "长三角铁路暑运发送旅客突破1亿人次"));

        assertEquals("长三角铁路暑运发送旅客突破1亿人次", a.zh().orElseThrow().title());
    }

    @Test
    void readsAnEnglishBlockWithoutKeywordsNewsContentOrHeadline() {
        String text = article().replace("Keywords: Yangtze River Delta (YRD), railway, summer travel rush.\n", "")
                .replace("**News Content:**\n", "")
                .replace("Railways in the Yangtze River Delta Handle More Than 100 Million Passenger Trips During the"
                        + " Summer Travel Season\n", "");
        ImportedArticle a = parse(text);

        ArticleText en = a.en().orElseThrow();
        assertEquals(List.of(), a.keywords());
        assertEquals(Optional.empty(), en.headline());
        assertEquals(3, en.paragraphs().size());
        assertTrue(en.paragraphs().get(0).startsWith("SHANGHAI, Aug. 26"));
        assertTrue(a.isImportable(), a.problems().toString());
    }

    @Test
    void treatsADatelineLineUnderNewsContentAsAParagraph() {
        String text = article().replace("Railways in the Yangtze River Delta Handle More Than 100 Million Passenger"
                + " Trips During the Summer Travel Season\n", "");
        ImportedArticle a = parse(text);

        assertEquals(Optional.empty(), a.en().orElseThrow().headline());
        assertEquals(3, a.en().get().paragraphs().size());
    }

    @Test
    void dropsAHeadlineThatRepeatsTheTitle() {
        String text = article().replace("Railways in the Yangtze River Delta Handle More Than 100 Million Passenger"
                + " Trips During the Summer Travel Season", "Yangtze River Delta Railways Carry Over 100 Million Summer"
                + " Passengers");
        ImportedArticle a = parse(text);

        assertEquals(Optional.empty(), a.en().orElseThrow().headline());
        assertEquals(3, a.en().get().paragraphs().size());
        assertTrue(a.en().get().paragraphs().get(0).startsWith("SHANGHAI"));
    }

    @Test
    void treatsASentenceUnderNewsContentAsAParagraph() {
        String text = article().replace("Railways in the Yangtze River Delta Handle More Than 100 Million Passenger"
                + " Trips During the Summer Travel Season", "Passenger numbers rose sharply this summer.");
        ImportedArticle a = parse(text);

        assertEquals(Optional.empty(), a.en().orElseThrow().headline());
        assertEquals("Passenger numbers rose sharply this summer.", a.en().get().paragraphs().get(0));
        assertEquals(4, a.en().get().paragraphs().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Keywords: railway, summer travel, YRD.|railway;summer travel;YRD",
        "Keywords: railway，summer travel，YRD|railway;summer travel;YRD",
        "Keywords: 铁路、暑运、长三角|铁路;暑运;长三角",
        "Keywords: railway; summer travel, peak; YRD.|railway;summer travel, peak;YRD",
        "Keywords: railway；summer travel；YRD。|railway;summer travel;YRD",
        "Keywords: Shanghai Cooperation Organization (SCO), Belt and Road (BRI, 2013).|"
                + "Shanghai Cooperation Organization (SCO);Belt and Road (BRI, 2013)",
        "**Keywords:** railway , , summer travel ,|railway;summer travel",
        "关键词：铁路，暑运|铁路;暑运",
        "Keywords: 一带一路；Belt and Road、 trade; |一带一路;Belt and Road;trade",
        "Keywords:\u00a0alpha, beta\u3000|alpha;beta"})
    void importsKeywordsSplitOnTheSeparatorUsed(String line, String expected) {
        ImportedArticle a = parse(article().replace(
                "Keywords: Yangtze River Delta (YRD), railway, summer travel rush.", line));

        assertEquals(List.of(expected.split(";")), a.keywords());
    }

    @Test
    void importsKeywordsSeparatedByChineseCommas() {
        ImportedArticle a = parse(article().replace("Keywords: Yangtze River Delta (YRD), railway, summer travel rush.",
                "Keywords: 长三角，railway，暑运"));

        assertEquals(List.of("长三角", "railway", "暑运"), a.keywords());
    }

    @ParameterizedTest
    @ValueSource(strings = {"【来源】%s", "来源：%s", "来源:%s", "来源: %s", "Source: %s", "source：%s", "**Source:** %s",
        "[来源] %s", "【來源】%s", "原文鏈接：%s"})
    void readsTheSourceLineInEveryForm(String form) {
        String url = "https://www.xinhuanet.com/local/2024-08/26/c_1130190011.htm";
        ImportedArticle a = parse(article().replace("【来源】" + url, form.formatted(url)));

        assertEquals(url, a.source().orElseThrow().url());
        assertEquals(Optional.of(LocalDate.of(2024, 8, 26)), a.date());
        assertFalse(a.en().orElseThrow().paragraphs().stream().anyMatch(p -> p.contains(url)));
    }

    @ParameterizedTest
    @CsvSource({
        "http://www.chinanews.com/gn/2024/05-21/10220988.shtml, 2024-05-21, 中国新闻网, China News Service",
        "https://www.chinanews.com.cn/cj/2023/12-03/10122334.shtml, 2023-12-03, 中国新闻网, China News Service",
        "http://www.xinhuanet.com/local/2024-03/05/c_1130090001.htm, 2024-03-05, 新华网, Xinhua",
        "https://www.news.cn/tech/20240612/5f3a9c0e2b7d4e1a/c.html, 2024-06-12, 新华网, Xinhua",
        "http://sports.people.com.cn/n1/2023/1102/c14820-40000001.html, 2023-11-02, 人民网, People's Daily Online",
        "http://finance.people.com.cn/n1/2023/0528/c1004-40000123.html, 2023-05-28, 人民网, People's Daily Online",
        "https://www.chinadaily.com.cn/a/202408/26/WS66cc1234.html, 2024-08-26, 中国日报网, China Daily",
        "https://news.cctv.com/2024/08/26/ARTIabc.shtml, 2024-08-26, 央视网, CCTV",
        "https://www.cna.com.tw/news/aloc/202403150123.aspx, 2024-03-15, 中央社, Central News Agency",
        "https://focustaiwan.tw/politics/202403150012, 2024-03-15, 中央社, Focus Taiwan (CNA)",
        "https://www.zaobao.com.sg/news/china/story20240315-1234567, 2024-03-15, 联合早报, Lianhe Zaobao",
        "https://www.hkcna.hk/docDetail.jsp?id=100&channel=2811, , 中通社, China Hong Kong News Agency"})
    void readsTheDateAndOutletFromTheSourceUrl(String url, String date, String nameZh, String nameEn) {
        ImportedArticle a = parse(article().replace("https://www.xinhuanet.com/local/2024-08/26/c_1130190011.htm",
                url));

        assertEquals(date == null ? Optional.empty() : Optional.of(LocalDate.parse(date)), a.date());
        assertEquals(Optional.of(nameZh), a.source().orElseThrow().nameZh());
        assertEquals(Optional.of(nameEn), a.source().get().nameEn());
    }

    @Test
    void aSourceAddressEndsAtACharacterNoAddressHolds() {
        ImportedArticle a = parse(article().replace("https://www.xinhuanet.com/local/2024-08/26/c_1130190011.htm",
                "http://www.chinanews.com/gn/2024/06-10/20.shtml\"><script>alert(1)</script>"));

        assertEquals("http://www.chinanews.com/gn/2024/06-10/20.shtml", a.source().orElseThrow().url());
        assertEquals(Optional.of("中国新闻网"), a.source().get().nameZh());
        assertEquals(Optional.of(LocalDate.of(2024, 6, 10)), a.date());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "来源：中国新闻网 https://example.org/2024/08-26/1.html | 中国新闻网 | ",
        "来源：https://example.org/2024/08-26/1.html 中国新闻网 | 中国新闻网 | ",
        "【来源】（中国新闻网）https://example.org/2024/08-26/1.html | 中国新闻网 | ",
        "Source: Example News (https://example.org/2024/08-26/1.html) | | Example News",
        "来源：【示例网】 https://example.org/2024/08-26/1.html https://example.org/2024/08-27/2.html | 示例网 | "})
    void readsASourceLineWithASiteNameAndSeveralAddresses(String line, String nameZh, String nameEn) {
        ImportedArticle a = parse(article().replace("【来源】https://www.xinhuanet.com/local/2024-08/26/c_1130190011.htm",
                line));

        // The first address wins, and the line's name is the source's name in its language.
        assertEquals("https://example.org/2024/08-26/1.html", a.source().orElseThrow().url());
        assertEquals(Optional.ofNullable(nameZh), a.source().get().nameZh());
        assertEquals(Optional.ofNullable(nameEn), a.source().get().nameEn());
        assertEquals(Optional.of(LocalDate.of(2024, 8, 26)), a.date());
        assertFalse(a.en().orElseThrow().paragraphs().stream().anyMatch(p -> p.contains("example.org")));
    }

    @Test
    void aSourceSentenceWithAnAddressIsAParagraph() {
        String text = article().replace("The company added", "Source: officials said the figures at"
                + " https://example.org/x were final. The company added");
        ImportedArticle a = parse(text);

        assertTrue(a.en().orElseThrow().paragraphs().stream().anyMatch(p -> p.contains("officials said")),
                a.en().get().paragraphs().toString());
    }

    @Test
    void leavesTheOutletEmptyForAnUnknownHost() {
        ImportedArticle a = parse(article().replace("https://www.xinhuanet.com/local/2024-08/26/c_1130190011.htm",
                "https://example.org/2024/08-26/1.html"));

        assertEquals(Optional.empty(), a.source().orElseThrow().nameZh());
        assertEquals(Optional.empty(), a.source().get().nameEn());
        assertEquals(Optional.of(LocalDate.of(2024, 8, 26)), a.date());
    }

    @Test
    void takesTheYearFromAUrlWithoutMonthAndDayAndTheRestFromTheDateline() {
        ImportedArticle a = parse(article().replace("https://www.xinhuanet.com/local/2024-08/26/c_1130190011.htm",
                "https://example.org/news/2024/rail.html"));

        assertEquals(Optional.of(LocalDate.of(2024, 8, 26)), a.date());
        assertFalse(codes(a).contains("source.no-date"));
    }

    @Test
    void leavesTheDateEmptyAndWarnsWhenTheUrlHasNoYear() {
        ImportedArticle a = parse(article().replace("https://www.xinhuanet.com/local/2024-08/26/c_1130190011.htm",
                "https://example.org/news/rail.html"));

        assertEquals(Optional.empty(), a.date());
        assertEquals(Optional.of(MonthDay.of(8, 26)), a.monthDay());
        Problem problem = a.problems().stream().filter(p -> p.code().equals("source.no-date")).findFirst()
                .orElseThrow();
        assertFalse(problem.isError());
        assertEquals(FILE, problem.file());
        assertEquals(13, problem.line());
        assertTrue(problem.message().contains("date:"), problem.message());
        assertTrue(a.isImportable());
    }

    @Test
    void aDateNoCalendarHasIsToldAsSuch() {
        String text = "Title: Harbor Traffic Rises\nTraffic rose.\nSource: https://example.org/2024/02-30/harbor.html\n";
        ImportedArticle a = parse(text);

        Problem problem = a.problems().stream().filter(p -> p.code().equals("source.no-date")).findFirst()
                .orElseThrow(() -> new AssertionError(a.problems().toString()));
        assertTrue(problem.message().contains("the source URL's date, 2024/02-30, is no day of the calendar"),
                problem.message());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Sept. 28|9|28", "Nov. 20|11|20", "May 21|5|21", "June 3|6|3"})
    void readsMonthAndDayFromAnEnglishDatelineWhenThereIsNoChinese(String day, int month, int dayOfMonth) {
        String text = "Title: Harbor Traffic Rises\nBEIJING, " + day + " (Xinhua) -- Traffic rose.\n"
                + "Source: https://example.org/harbor.html\n";
        ImportedArticle a = parse(text);

        assertEquals(Optional.of(MonthDay.of(month, dayOfMonth)), a.monthDay());
        assertEquals(Optional.empty(), a.date());
        assertTrue(codes(a).contains("source.no-date"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Views: 3,417|3417", "Views：56|56", "views: 12|12", "Views: ５６|56",
            "**Views:** 1,234,567|1234567", "Views: 1.2万|12000", "Views：3萬|30000", "Views: 1.5w|15000",
            "Views: 2.4k|2400", "Views: 1.2345万|12345", "Views: 2亿|200000000"})
    void readsViewsInEveryForm(String line, int views) {
        ImportedArticle a = parse(article().replace("Views: 3,417", line));

        assertEquals(Optional.of(views), a.views());
    }

    @Test
    void leavesViewsEmptyWithoutAViewsLine() {
        ImportedArticle a = parse(article().replace("Views: 3,417\n", ""));

        assertEquals(Optional.empty(), a.views());
        assertEquals(List.of(), a.problems());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Views: many", "Views: 1.2万多", "Views: 30亿", "Views: 万", "Views: 1..2万",
        "Views: 1,2345"})
    void warnsAboutAViewsLineWithoutANumber(String line) {
        ImportedArticle a = parse(article().replace("Views: 3,417", line));

        assertEquals(Optional.empty(), a.views());
        assertTrue(codes(a).contains("source.bad-views"));
    }

    @Test
    void readsTheSameArticleWithBlankLinesBetweenLines() {
        ImportedArticle a = parse(article().replace("\n", "\n\n"));

        assertEquals(3, a.zh().orElseThrow().paragraphs().size());
        assertEquals(3, a.en().orElseThrow().paragraphs().size());
        assertEquals(11, a.en().get().firstLine());
        assertTrue(a.en().get().headline().isPresent());
        assertEquals(Optional.of(3417), a.views());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\r"})
    void readsWindowsAndOldMacLineBreaks(String lineBreak) {
        ImportedArticle a = parse(article().replace("\n", lineBreak));
        ImportedArticle expected = parse(article());

        assertEquals(expected.zh(), a.zh());
        assertEquals(expected.en(), a.en());
        assertEquals(expected.keywords(), a.keywords());
        assertEquals(expected.views(), a.views());
        assertFalse(a.zh().orElseThrow().title().contains("\r"));
    }

    @Test
    void ignoresTrailingSpacesAndIndentation() {
        String text = article().replace("\n", "  \t\n").replace("暑运期间", "\u3000\u3000暑运期间");
        ImportedArticle a = parse(text);

        assertEquals("长三角铁路暑运发送旅客突破1亿人次", a.zh().orElseThrow().title());
        assertTrue(a.zh().get().paragraphs().get(1).startsWith("暑运期间"));
        assertEquals(Optional.of(3417), a.views());
        assertEquals(List.of("Yangtze River Delta (YRD)", "railway", "summer travel rush"), a.keywords());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "中央社記者林志明臺北3月15日電 | 中央社 | 林志明",
        "中央社記者林志明、王小明臺北3月15日電 | 中央社 | 林志明,王小明",
        "中央社記者陳婕翎東京15日專電 | 中央社 | 陳婕翎",
        "中新网北京3月15日讯（记者 李明）| 中新网 | 李明",
        "中央社記者張三台中3月15日電 | 中央社 | 張三",
        "中央社記者李四維嘉義3月15日電 | 中央社 | 李四維",
        "中通社香港3月15日電（記者 劉明）| 中通社 | 劉明",
        "聯合早報北京3月15日電（記者 王一 李二）| 聯合早報 | 王一,李二",
        "人民日报北京3月15日电（记者 赵三）| 人民日报 | 赵三",
        "总台记者王五北京3月15日电 | 总台 | 王五",
        "新华社记者张三北京3月15日电 | 新华社 | 张三",
        "中央社台北3月15日訊（記者 林志明）| 中央社 | 林志明",
        "人民网北京3月15日电（记者 孙七）| 人民网 | 孙七",
        "央视新闻北京3月15日电（记者 周八 吴九）| 央视新闻 | 周八,吴九",
        "中新社香港3月15日电（记者 戴小橦、刘大炜）| 中新社 | 戴小橦,刘大炜",
        "【明報專訊】（記者 李明）| 明報 | 李明",
        "【香港01報道】| 香港01 |",
        "明报北京3月15日讯 | 明报 |",
        "新华社北京3月15日电（记者：张三、李四、王五）| 新华社 | 张三,李四,王五",
        "新华社北京3月15日电（记者：张伟）| 新华社 | 张伟",
        "央视新闻北京3月15日电（总台记者 王冰冰）| 央视新闻 | 王冰冰",
        "央视新闻北京3月15日电（总台记者王冰冰）| 央视新闻 | 王冰冰",
        "新华社北京3月15日电（记者 李\u00a0明）| 新华社 | 李明",
        "新华社北京3月15日电（记者 <b>坏人</b>）| 新华社 |",
        "新华社北京3月15日电（记者 ../../etc）| 新华社 | etc",
        "新华社北京3月15日电（记者 李明 报道）| 新华社 | 李明",
        "新华社北京3月15日电（记者 王悦 张三 北京报道）| 新华社 | 王悦,张三",
        "新华社北京3月15日电（记者 王悦 上海报道）| 新华社 | 王悦",
        "新华社北京3月15日电（记者 王悦等）| 新华社 | 王悦",
        "新华网北京3月15日电（记者 蒋方）| 新华网 | 蒋方",
        "据新华社北京3月15日电 | 新华社 |",
        "新华社北京３月１５日电（记者 蒋方）| 新华社 | 蒋方"})
    void readsTheAgencyAndReportersOfEachAgencysDateline(String dateline, String agency, String reporters) {
        String text = article().replace("新华社上海8月26日电（记者 周琳 王雪）", dateline);
        ArticleText zh = parse(text).zh().orElseThrow();

        assertEquals(Optional.ofNullable(agency), zh.byline().agency(), dateline);
        assertEquals(reporters == null ? List.of() : List.of(reporters.split(",")), zh.byline().reporters(), dateline);
    }

    @Test
    void readsCnasEnglishDateline() {
        ArticleText en = parse(article().replace("SHANGHAI, Aug. 26 (Xinhua) --", "TAIPEI, March 15 (CNA) --")).en()
                .orElseThrow();

        assertEquals(Optional.of("TAIPEI, March 15"), en.byline().dateline());
        assertEquals(Optional.of("CNA"), en.byline().agency());
    }

    @Test
    void readsAnEnglishDatelineWithItsPlaceInTitleCaseOnlyBeforeAnAgencyAndADash() {
        ArticleText en = parse(article().replace("SHANGHAI, Aug. 26 (Xinhua) --", "Beijing, September 28 (Xinhua) -"))
                .en().orElseThrow();
        assertEquals(Optional.of("Beijing, September 28"), en.byline().dateline());
        assertEquals(Optional.of("Xinhua"), en.byline().agency());

        ArticleText sentence = parse(article().replace("SHANGHAI, Aug. 26 (Xinhua) --", "However, May 5 was")).en()
                .orElseThrow();
        assertEquals(Optional.empty(), sentence.byline().dateline());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"By Xu Wei | Xu Wei", "**By Xu Wei and Zhang Yi** | Xu Wei,Zhang Yi",
        "By Lin Chih-ming, Wang Hsiao-ming | Lin Chih-ming,Wang Hsiao-ming", "By Shan  Lu | Shan Lu",
        "By Xu\tWei  and  Zhang\u00A0Yi | Xu Wei,Zhang Yi"})
    void readsAnEnglishByLineAboveTheDateline(String line, String reporters) {
        ArticleText en = parse(article().replace("SHANGHAI, Aug. 26 (Xinhua) --", line + "\nSHANGHAI, Aug. 26 (Xinhua) --"))
                .en().orElseThrow();

        assertEquals(List.of(reporters.split(",")), en.byline().reporters());
        assertEquals(Optional.of("Xinhua"), en.byline().agency());
        assertTrue(en.paragraphs().get(0).startsWith("SHANGHAI, Aug. 26"), en.paragraphs().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"By <script>alert(1)</script>", "By ..%2F..%2Fetc and CON"})
    void aByLineWhoseNamesCannotBeReadIsNoHeadline(String line) {
        String headline = "Railways in the Yangtze River Delta Handle More Than 100 Million Passenger Trips During the"
                + " Summer Travel Season";
        ArticleText en = parse(article().replace(headline, line)).en().orElseThrow();

        assertEquals(Optional.empty(), en.headline(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"By Shan Lu", "By Shan  Lu", "By SHAN Lu", "By\tShan\t\tLu", "By Shan\u00A0Lu",
        "By\u3000Shan\u3000Lu", "**By  Shan  Lu**"})
    void readsAByLineUnderNewsContentWithAnySpacesBetweenItsWords(String line) {
        String headline = "Railways in the Yangtze River Delta Handle More Than 100 Million Passenger Trips During the"
                + " Summer Travel Season";
        ArticleText en = parse(article().replace(headline, line)).en().orElseThrow();

        assertEquals(Optional.empty(), en.headline(), line);
        assertEquals(List.of(line.contains("SHAN") ? "SHAN Lu" : "Shan Lu"), en.byline().reporters(), line);
        assertEquals(Optional.of("Xinhua"), en.byline().agency());
        assertTrue(en.paragraphs().get(0).startsWith("SHANGHAI, Aug. 26"), en.paragraphs().toString());
    }

    @Test
    void aSentenceStartingWithByIsAParagraph() {
        ArticleText en = parse(article().replace("The company added", "By the end of August the company added"))
                .en().orElseThrow();

        assertTrue(en.paragraphs().stream().anyMatch(p -> p.startsWith("By the end of August")));
    }

    @Test
    void readsAChineseOnlyFile() {
        ImportedArticle a = parser.parse("sources/zh-only.txt", SourceFixtures.bytes("zh-only.txt"));

        assertTrue(a.isImportable(), a.problems().toString());
        assertEquals(Optional.empty(), a.en());
        ArticleText zh = a.zh().orElseThrow();
        assertEquals("云南普洱：咖啡豆迎来丰收季", zh.title());
        assertEquals(2, zh.paragraphs().size());
        assertEquals(Optional.of("中新网普洱12月3日电"), zh.byline().dateline());
        assertEquals(Optional.of("中新网"), zh.byline().agency());
        assertEquals(List.of("李晓", "杨帆"), zh.byline().reporters());
        assertEquals(Optional.of(LocalDate.of(2023, 12, 3)), a.date());
        assertEquals(Optional.of(88), a.views());
        assertEquals(List.of(), a.keywords());
    }

    @Test
    void readsAnEnglishOnlyFile() {
        ImportedArticle a = parser.parse("sources/en-only.txt", SourceFixtures.bytes("en-only.txt"));

        assertTrue(a.isImportable(), a.problems().toString());
        assertEquals(Optional.empty(), a.zh());
        ArticleText en = a.en().orElseThrow();
        assertEquals("Harbin Ice Festival Opens to Record Crowds", en.title());
        assertEquals(1, en.firstLine());
        assertEquals(Optional.of("Harbin Ice-Snow World Welcomes Visitors as the Winter Tourism Season Begins"),
                en.headline());
        assertEquals(2, en.paragraphs().size());
        assertEquals(List.of("Harbin", "ice and snow tourism", "Heilongjiang"), a.keywords());
        assertEquals(Optional.of(LocalDate.of(2023, 12, 18)), a.date());
        assertEquals(Optional.of("HARBIN, Dec. 18"), en.byline().dateline());
    }

    @Test
    void readsAnEnglishOnlyFileWithoutTitleLabel() {
        ImportedArticle a = parse("Harbin Ice Festival Opens\nHARBIN, Dec. 18 (Xinhua) -- The park opened.\n"
                + "It is big.\nSource: http://www.news.cn/travel/20231218/a1/c.html\n");

        assertEquals(Optional.empty(), a.zh());
        assertEquals("Harbin Ice Festival Opens", a.en().orElseThrow().title());
        assertEquals(2, a.en().get().paragraphs().size());
    }

    @Test
    void startsTheEnglishBlockAtATitleLineWhenTheMarkerIsMissing() {
        ImportedArticle a = parse(article().replace("英语如下:\n", ""));

        assertEquals(3, a.zh().orElseThrow().paragraphs().size());
        assertEquals("Yangtze River Delta Railways Carry Over 100 Million Summer Passengers",
                a.en().orElseThrow().title());
        assertEquals(3, a.en().get().paragraphs().size());
    }

    @Test
    void detectsTraditionalChinese() {
        ImportedArticle a = parser.parse("sources/traditional.txt", SourceFixtures.bytes("traditional.txt"));

        ArticleText zh = a.zh().orElseThrow();
        assertEquals("Hant", zh.script());
        assertEquals("臺灣學生來大陸參加交流活動", zh.title());
        assertEquals(Optional.of("中新社北京7月10日電"), zh.byline().dateline());
        assertEquals(List.of("陳文"), zh.byline().reporters());
        assertEquals(Optional.of(LocalDate.of(2024, 7, 10)), a.date());
    }

    @Test
    void keepsSimplifiedChineseAsHans() {
        assertEquals("Hans", parse(article()).zh().orElseThrow().script());
    }

    @Test
    void keepsTextThatLooksLikeMarkdownOrHtmlVerbatim() {
        ImportedArticle a = parser.parse("sources/markdown-like.txt", SourceFixtures.bytes("markdown-like.txt"));

        ArticleText zh = a.zh().orElseThrow();
        assertEquals("# 全国夏粮喜获丰收", zh.title());
        assertEquals(List.of(
                "新华社北京7月12日电（记者 于文静）国家统计局12日发布数据显示，2024年全国夏粮总产量2995.6亿斤。",
                "1. 夏粮播种面积保持稳定；",
                "- 单产水平有所提高；",
                "*重点* 地区 _增产_ 明显，详见 [统计公报](http://www.stats.gov.cn) 与 <附表>。",
                "<script>alert('x')</script> onerror=alert(1)"), zh.paragraphs());
        ArticleText en = a.en().orElseThrow();
        assertEquals("# China's Summer Grain Output Hits *Record*", en.title());
        assertEquals(List.of(
                "BEIJING, July 12 (Xinhua) -- China's summer grain output reached 149.78 million tonnes in 2024, the"
                        + " National Bureau of Statistics said on Friday.",
                "1. The sown area stayed stable;",
                "_Yields_ rose in [major] producing areas <table>."), en.paragraphs());
        assertEquals(Optional.of(LocalDate.of(2024, 7, 12)), a.date());
    }

    @Test
    void readsChineseBylineWithAsciiParenthesesAndSeveralReporters() {
        ImportedArticle a = parse(article().replace("新华社上海8月26日电（记者 周琳 王雪）",
                "中新社阿斯塔纳5月21日电 (记者 单璐、张硕，李明) "));

        ArticleText zh = a.zh().orElseThrow();
        assertEquals(Optional.of("中新社阿斯塔纳5月21日电"), zh.byline().dateline());
        assertEquals(Optional.of("中新社"), zh.byline().agency());
        assertEquals(List.of("单璐", "张硕", "李明"), zh.byline().reporters());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "新华社南京1月20日电（记者 王 悦） | 王悦",
        "中新社北京5月20日电 (记者 单 璐、张硕) | 单璐,张硕",
        "新华社南京1月20日电（记者　王　悦　张硕） | 王悦,张硕",
        "新华社南京1月20日电（记者 王 悦 实习生 张 硕） | 王悦,张硕",
        "新华社南京1月20日电（记者 王 小明、张硕） | 王小明,张硕",
        "新华社南京1月20日电（记者 王悦 张硕） | 王悦,张硕",
        "新华社南京1月20日电（记者 单璐 张硕、李明） | 单璐,张硕,李明",
        "新华社南京1月20日电（记者 Chen Jia、王 悦） | Chen Jia,王悦",
        "新华社南京1月20日电（记者 Ｃｈｅｎ Ｊｉａ） | Ｃｈｅｎ Ｊｉａ",
        "新华社南京1月20日电（记者 Chen Jia） | Chen Jia",
        "新华社南京1月20日电（记者 Chen Jia 王悦） | Chen Jia,王悦",
        "新华社南京1月20日电（记者 王悦 Christopher Johnson） | 王悦,Christopher Johnson",
        "新华社南京1月20日电（记者 欧阳 娜娜 张硕） | 欧阳娜娜,张硕",
        "新华社南京1月20日电（記者 歐陽 娜） | 歐陽娜",
        "新华社南京1月20日电（记者 Ｃｈｅｎ　Ｊｉａ；王悦） | Ｃｈｅｎ Ｊｉａ,王悦"})
    void readsAChineseReporterNamePaddedWithASpaceAsOneName(String dateline, String reporters) {
        ArticleText zh = parse(article().replace("新华社上海8月26日电（记者 周琳 王雪）", dateline)).zh().orElseThrow();

        assertEquals(List.of(reporters.split(",")), zh.byline().reporters(), dateline);
    }

    @Test
    void readsEnglishBylineWithAgencyAndReporters() {
        ImportedArticle a = parse(article().replace("SHANGHAI, Aug. 26 (Xinhua) --",
                "BEIJING, May 21, Xinhua News Agency (Reporter: Shan Lu, Zhang Shuo) —"));

        Byline byline = a.en().orElseThrow().byline();
        assertEquals(Optional.of("BEIJING, May 21"), byline.dateline());
        assertEquals(Optional.of("Xinhua News Agency"), byline.agency());
        assertEquals(List.of("Shan Lu", "Zhang Shuo"), byline.reporters());
    }

    @Test
    void readsEnglishBylineOfAPlaceWithAnApostrophe() {
        ImportedArticle a = parse(article().replace("SHANGHAI, Aug. 26 (Xinhua) --", "XI'AN, Nov. 20 (Xinhua) --"));

        Byline byline = a.en().orElseThrow().byline();
        assertEquals(Optional.of("XI'AN, Nov. 20"), byline.dateline());
        assertEquals(Optional.of("Xinhua"), byline.agency());
        assertEquals(List.of(), byline.reporters());
    }

    @Test
    void leavesTheBylineEmptyWhenTheFirstParagraphHasNone() {
        ImportedArticle a = parse(article().replace("新华社上海8月26日电（记者 周琳 王雪）", ""));

        assertEquals(Byline.none(), a.zh().orElseThrow().byline());
    }
}
