package dev.duet.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.diagnostic.Problem;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Source lines as newsrooms write them: a credit line in the text ({@code 来源：国家统计局}) is text beside the real
 * source line, a source label in full-width brackets gives its address, and an address written with a space in it is
 * linked whole, with a warning. Each was read wrong before: the credit took the link's place (the story undated),
 * the bracket lost the scheme, the space cut the address and made its rest the site's name.
 */
class SourceLinesTest {

    private static final String FILE = "sources/a.txt";
    private final SourceParser parser = new SourceParser();

    private ImportedArticle parse(String text) {
        return parser.parse(FILE, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> codes(ImportedArticle article) {
        return article.problems().stream().map(Problem::code).toList();
    }

    @Test
    void aCreditLineInTheTextStaysTextBesideTheSourceLineThatLinks() {
        ImportedArticle a = parse("国家统计局发布数据\n新华社北京9月28日电（记者 蒋方）国家统计局28日发布数据。\n来源：国家统计局\n"
                + "英语如下：\n**Title: NBS releases data**\nKeywords: statistics.\n"
                + "BEIJING, Sept. 28 (Xinhua) -- The NBS released data on Thursday.\nSource: Xinhua\n"
                + "【来源】http://www.xinhuanet.com/local/2023-09/28/c_1129890123.htm\nViews: 5\n");

        assertEquals(Optional.of("http://www.xinhuanet.com/local/2023-09/28/c_1129890123.htm"),
                a.source().map(SourceLink::url));
        assertEquals(Optional.of(LocalDate.of(2023, 9, 28)), a.date());
        assertEquals(List.of(), codes(a));
        assertTrue(a.zh().orElseThrow().paragraphs().contains("来源：国家统计局"), a.zh().toString());
        assertTrue(a.en().orElseThrow().paragraphs().contains("Source: Xinhua"), a.en().toString());
    }

    @Test
    void aSourceLabelInFullWidthBracketsGivesItsAddress() {
        ImportedArticle a = parse("标题\n中新社北京9月28日电 正文。\n英语如下：\n**Title: A title**\n"
                + "BEIJING, Sept. 28 (CNS) -- Text.\n［来源］http://www.chinanews.com/gn/2023/09-28/10000009.shtml\n");

        assertEquals(Optional.of("http://www.chinanews.com/gn/2023/09-28/10000009.shtml"),
                a.source().map(SourceLink::url));
        assertEquals(Optional.of(LocalDate.of(2023, 9, 28)), a.date());
    }

    @Test
    void anAddressWrittenWithASpaceIsLinkedWholeWithAWarningAtItsLine() {
        ImportedArticle a = parse("空格链接\n新华社北京9月28日电 正文。\n英语如下：\n**Title: Space in URL**\n"
                + "BEIJING, Sept. 28 (Xinhua) -- Text.\n"
                + "【来源】http://www.xinhuanet.com/local/2023-09/28/c_1129890 125.htm\n");

        SourceLink link = a.source().orElseThrow();
        assertEquals("http://www.xinhuanet.com/local/2023-09/28/c_1129890%20125.htm", link.url());
        assertEquals(Optional.of("新华网"), link.nameZh());
        assertTrue(link.nameEn().filter(n -> n.contains("125")).isEmpty(), link.toString());
        Problem told = a.problems().stream().filter(p -> p.code().equals("source.url-space")).findFirst()
                .orElseThrow(() -> new AssertionError(a.problems().toString()));
        assertEquals(6, told.line());
        // A site's name after an address is still its name.
        assertEquals(Optional.of("CNA"), parse("标题\n中央社台北9月28日电 正文。\n英语如下：\n**Title: A title**\n"
                + "TAIPEI, Sept. 28 (CNA) -- Text.\n【来源】https://focustaiwan.tw/politics/202309280001 CNA\n")
                .source().flatMap(SourceLink::nameEn));
    }

    @ParameterizedTest
    @ValueSource(strings = {"（英语如下）", "English:", "【English Version】", "[English]", "英译：", "英语翻译如下：",
        "——英语如下——", "英 语 如 下："})
    void aMarkerLineOfAnotherWordingBeforeTheEnglishTitleIsNoChineseParagraph(String marker) {
        ImportedArticle a = parse("第一篇\n新华社北京9月28日电 第一篇正文。\n" + marker + "\n**Title: First story**\n"
                + "BEIJING, Sept. 28 (Xinhua) -- First story text.\n"
                + "【来源】http://www.xinhuanet.com/local/2023-09/28/c_1129890124.htm\n");

        assertEquals(List.of("新华社北京9月28日电 第一篇正文。"), a.zh().orElseThrow().paragraphs());
        assertEquals("First story", a.en().orElseThrow().title());
        assertTrue(codes(a).isEmpty() || codes(a).equals(List.of("source.marker")), codes(a).toString());
    }

    @Test
    void aShortChineseLineNamingNoLanguageBeforeTheEnglishStaysText() {
        ImportedArticle a = parse("第一篇\n新华社北京9月28日电 第一篇正文。\n完\n**Title: First story**\n"
                + "BEIJING, Sept. 28 (Xinhua) -- First story text.\n"
                + "【来源】http://www.xinhuanet.com/local/2023-09/28/c_1129890124.htm\n");

        assertEquals(List.of("新华社北京9月28日电 第一篇正文。", "完"), a.zh().orElseThrow().paragraphs());
    }

    @Test
    void twoStoriesJoinedInOneFileAreAnErrorAtTheSecondStorysOpeningAndNothingIsImported() {
        String one = "第一篇\n新华社北京9月28日电 第一篇正文。\n英语如下：\n**Title: First story**\n"
                + "BEIJING, Sept. 28 (Xinhua) -- First story text.\n";
        String two = "第二篇\n新华社上海9月28日电（记者 蒋方）第二篇正文。\n英语如下：\n**Title: Second story**\n"
                + "SHANGHAI, Sept. 28 (Xinhua) -- Second story text.\n"
                + "【来源】http://www.xinhuanet.com/local/2023-09/28/c_1129890125.htm\n";

        ImportedArticle a = parse(one + two);

        Problem told = a.problems().stream().filter(p -> p.code().equals("source.two-stories")).findFirst()
                .orElseThrow(() -> new AssertionError(a.problems().toString()));
        assertTrue(told.isError());
        assertEquals(7, told.line());
        assertEquals(Optional.empty(), a.zh());
        assertEquals(Optional.empty(), a.en());
    }

    @Test
    void whatIsLeftOfAHostileSourceLineIsNoSitesName() {
        ImportedArticle a = parse("标题\n新华社北京9月28日电 正文。\n英语如下：\n**Title: A title**\n"
                + "BEIJING, Sept. 28 (Xinhua) -- Text.\n"
                + "【来源】javascript:alert(1)//http://www.xinhuanet.com/local/2023-09/28/c_1129890123.htm\n");

        SourceLink link = a.source().orElseThrow();
        assertEquals("http://www.xinhuanet.com/local/2023-09/28/c_1129890123.htm", link.url());
        assertTrue(link.nameEn().filter(n -> n.contains("javascript")).isEmpty(), link.toString());
        assertEquals(Optional.of("新华网"), link.nameZh());
    }

    @Test
    void anEnglishDatelineFarFromTheArticlesDateIsToldAtItsLine() {
        ImportedArticle a = parse("标题\n新华社北京5月1日电 正文。\n英语如下：\n**Title: A title**\n"
                + "BEIJING, June 9 (Xinhua) -- Text.\n"
                + "【来源】http://www.chinanews.com/gn/2024/05-01/10000009.shtml\n");

        assertEquals(Optional.of(LocalDate.of(2024, 5, 1)), a.date());
        Problem told = a.problems().stream().filter(p -> p.code().equals("source.date-conflict")).findFirst()
                .orElseThrow(() -> new AssertionError(a.problems().toString()));
        assertEquals(5, told.line());
        assertTrue(told.message().contains("BEIJING, June 9"), told.message());
        assertEquals(List.of(), parse("标题\n新华社北京5月1日电 正文。\n英语如下：\n**Title: A title**\n"
                + "BEIJING, May 1 (Xinhua) -- Text.\n"
                + "【来源】http://www.chinanews.com/gn/2024/05-01/10000009.shtml\n").problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"中文如下：", "【中文】", "Chinese version:", ""})
    void anEnglishFirstFileGivesEachLanguageItsOwnArticle(String marker) {
        ImportedArticle a = parse("**Title: English first o08**\nKeywords: grain, harvest.\n"
                + "BEIJING, Sept. 28 (Xinhua) -- The harvest was good.\n" + (marker.isEmpty() ? "" : marker + "\n")
                + "中文标题o08\n新华社北京9月28日电（记者 蒋方）今年收成很好。\n"
                + "【来源】http://www.xinhuanet.com/local/2023-09/28/c_1129890123.htm\nViews: 5\n");

        ArticleText zh = a.zh().orElseThrow(() -> new AssertionError(a.problems().toString()));
        ArticleText en = a.en().orElseThrow(() -> new AssertionError(a.problems().toString()));
        assertEquals("中文标题o08", zh.title());
        assertEquals(List.of("新华社北京9月28日电（记者 蒋方）今年收成很好。"), zh.paragraphs());
        assertEquals("English first o08", en.title());
        assertEquals(List.of("BEIJING, Sept. 28 (Xinhua) -- The harvest was good."), en.paragraphs());
        assertEquals(List.of("grain", "harvest"), a.keywords());
        assertEquals(Optional.of(LocalDate.of(2023, 9, 28)), a.date());
        assertEquals(List.of("source.english-first"), codes(a));
        assertEquals(4, a.problems().get(0).line());
    }

    @Test
    void anEnglishOnlyFileIsNoEnglishFirstOne() {
        ImportedArticle a = parse("**Title: Only English**\nKeywords: grain.\n"
                + "BEIJING, Sept. 28 (Xinhua) -- The harvest was good.\nA second paragraph.\n"
                + "【来源】http://www.xinhuanet.com/local/2023-09/28/c_1129890123.htm\n");

        assertTrue(a.zh().isEmpty(), a.zh().toString());
        assertEquals("Only English", a.en().orElseThrow().title());
        assertEquals(List.of(), codes(a));
    }
}
