package dev.duet.source;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.diagnostic.Problem;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class BadInputTest {

    private static final String FILE = "sources/bad.txt";
    private final SourceParser parser = new SourceParser();

    private ImportedArticle parse(String text) {
        return parser.parse(FILE, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Problem problem(ImportedArticle article, String code) {
        return article.problems().stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + article.problems()));
    }

    private static String article() {
        return SourceFixtures.text("full-article.txt");
    }

    @TestFactory
    Stream<DynamicTest> replaysEveryBadInputWithoutThrowing() throws IOException, URISyntaxException {
        Path folder = Path.of(BadInputTest.class.getResource("/source/bad").toURI());
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.sorted().toList();
        }
        assertTrue(files.size() >= 15, "corpus went missing: " + files);
        return files.stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            String name = "sources/bad/" + path.getFileName();
            ImportedArticle article = assertDoesNotThrow(() -> parser.parse(name, Files.readAllBytes(path)));
            assertFalse(article.problems().isEmpty(), "a bad input must say what is wrong");
            assertTrue(article.problems().stream().allMatch(p -> p.file().equals(name)), article.problems()::toString);
            assertFalse(article.problems().stream().anyMatch(p -> p.code().equals("source.internal")),
                    article.problems()::toString);
        }));
    }

    @Test
    void reportsEmptyFileAsError() {
        ImportedArticle a = parser.parse(FILE, new byte[0]);

        Problem p = problem(a, "source.empty");
        assertTrue(p.isError());
        assertEquals(FILE, p.file());
        assertTrue(p.message().contains("nothing to import"), p.message());
        assertFalse(a.isImportable());
    }

    @Test
    void reportsWhitespaceOnlyFileAsEmpty() {
        ImportedArticle a = parse(" \n\t\n\u3000\n\r\n");

        assertTrue(problem(a, "source.empty").isError());
        assertEquals(1, a.problems().size());
    }

    @Test
    void acceptsNullArgumentsWithoutThrowing() {
        ImportedArticle a = parser.parse(null, null);

        assertEquals("", a.sourceFile());
        assertTrue(problem(a, "source.empty").isError());
    }

    @Test
    void reportsABinaryFileAsError() {
        ImportedArticle a = parser.parse(FILE, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        assertTrue(problem(a, "source.binary").isError());
        assertEquals(Optional.empty(), a.zh());
    }

    @Test
    void reportsASevenMegabyteLineQuicklyAndNamesTheLine() {
        String line = "很长的一行。".repeat(400_000);
        String text = "标题\n正文。\n" + line + "\n结尾。\n";
        ImportedArticle a = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parse(text));

        Problem p = problem(a, "source.line-too-long");
        assertTrue(p.isError());
        assertEquals(3, p.line());
        assertEquals("标题", a.zh().orElseThrow().title());
        assertTrue(a.zh().get().paragraphs().get(1).length() <= SourceLines.MAX_LINE_CHARS);
    }

    @Test
    void reportsAFiveMegabyteSingleLineFile() {
        byte[] bytes = "x".repeat(5 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII);
        ImportedArticle a = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parser.parse(FILE, bytes));

        assertEquals(1, problem(a, "source.line-too-long").line());
        assertFalse(a.isImportable());
    }

    @Test
    void readsAFileOfManyShortLinesInLinearTime() {
        String text = "标题\n" + "段落。\n".repeat(200_000);
        ImportedArticle a = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parse(text));

        assertEquals(200_000, a.zh().orElseThrow().paragraphs().size());
    }

    @Test
    void refusesAFileFarTooLargeToBeAnArticle() {
        ImportedArticle a = parser.parse(FILE, new byte[SourceDecoder.MAX_BYTES + 1]);

        assertTrue(problem(a, "source.too-large").isError());
        assertTrue(problem(a, "source.too-large").message().contains("more than the 8 MB a source file may hold"),
                problem(a, "source.too-large").message());
    }

    @Test
    void keepsTheFirstFiftyOfFiveHundredKeywordsWithAWarning() {
        String keywords = IntStream.rangeClosed(1, 500).mapToObj(i -> "kw" + i).collect(Collectors.joining(", "));
        ImportedArticle a = parse(article().replace("Keywords: Yangtze River Delta (YRD), railway, summer travel rush.",
                "Keywords: " + keywords));

        assertEquals(SourceParser.MAX_KEYWORDS, a.keywords().size());
        assertEquals("kw1", a.keywords().get(0));
        assertEquals("kw50", a.keywords().get(49));
        Problem p = problem(a, "source.too-many-keywords");
        assertFalse(p.isError());
        assertEquals(7, p.line());
        assertTrue(a.isImportable());
    }

    @Test
    void usesTheFirstOfTwoMarkersAndWarnsAtTheSecond() {
        String text = article().replace("The company added", "英语如下：\nThe company added");
        ImportedArticle a = parse(text);

        Problem p = problem(a, "source.duplicate-marker");
        assertFalse(p.isError());
        assertEquals(11, p.line());
        assertEquals(3, a.zh().orElseThrow().paragraphs().size());
        assertEquals(3, a.en().orElseThrow().paragraphs().size());
        assertTrue(a.isImportable());
    }

    @Test
    void reportsFrontMatterAsAMarkdownFileInTheWrongPlace() {
        ImportedArticle a = parse("---\ntitle: 新闻\ndate: 2024-05-21\n---\n正文\n");

        Problem p = problem(a, "source.front-matter");
        assertTrue(p.isError());
        assertEquals(1, p.line());
        assertTrue(p.message().contains("articles/"), p.message());
        assertEquals(Optional.empty(), a.zh());
    }

    @Test
    void reportsAFileWithoutTitleAsError() {
        ImportedArticle a = parse("Views: 12\n【来源】https://www.chinanews.com/gn/2024/05-21/1.shtml\n");

        assertTrue(problem(a, "source.no-title").isError());
        assertFalse(a.isImportable());
    }

    @Test
    void reportsAnEmptyTitleLineAtItsLine() {
        ImportedArticle a = parse("\nTitle: \nViews: 12\n"
                + "【来源】https://www.chinanews.com/gn/2024/05-21/1.shtml\n");

        Problem p = problem(a, "source.no-title");
        assertTrue(p.isError());
        assertEquals(2, p.line(), p.toString());
    }

    @Test
    void reportsAChineseBlockThatStartsWithTheFirstParagraph() {
        ImportedArticle a = parse(article().replace("**长三角铁路暑运发送旅客突破1亿人次**\n", ""));

        Problem p = problem(a, "source.no-title");
        assertTrue(p.isError());
        assertEquals(1, p.line());
    }

    @Test
    void keepsHostileTextAsLiteralText() {
        ImportedArticle a = parse("<script>alert(1)</script>新闻标题\n<img src=x onerror=alert(1)>这是一段正文内容。\n");

        assertEquals("<script>alert(1)</script>新闻标题", a.zh().orElseThrow().title());
        assertEquals(List.of("<img src=x onerror=alert(1)>这是一段正文内容。"), a.zh().get().paragraphs());
        ImportedArticle en = parse("Title: <b onmouseover=alert(1)>Hi</b>\nText with `code` and javascript:void(0).\n");
        assertEquals("<b onmouseover=alert(1)>Hi</b>", en.en().orElseThrow().title());
        assertEquals(List.of("Text with `code` and javascript:void(0)."), en.en().get().paragraphs());
    }

    @Test
    void dropsAJavascriptSourceUrlWithAWarning() {
        ImportedArticle a = parse(article().replace("https://www.xinhuanet.com/local/2024-08/26/c_1130190011.htm",
                "javascript:alert(document.cookie)"));

        assertEquals(Optional.empty(), a.source());
        Problem p = problem(a, "source.bad-url");
        assertFalse(p.isError());
        assertEquals(13, p.line());
        assertTrue(p.message().contains("javascript:alert(document.cookie)"), p.message());
        assertEquals(Optional.empty(), a.date());
    }

    @Test
    void dropsAFileUrlWithAWarning() {
        ImportedArticle a = parse("标题\n正文。\n来源：file:///etc/passwd\n");

        assertEquals(Optional.empty(), a.source());
        assertEquals(3, problem(a, "source.bad-url").line());
    }

    @Test
    void warnsWhenThereIsNoSourceLine() {
        ImportedArticle a = parse(article().replace("【来源】https://www.xinhuanet.com/local/2024-08/26/c_1130190011.htm\n",
                ""));

        assertFalse(problem(a, "source.no-source-url").isError());
        assertFalse(problem(a, "source.no-date").isError());
        assertEquals(Optional.of(java.time.MonthDay.of(8, 26)), a.monthDay());
        assertTrue(a.isImportable());
    }

    @Test
    void keepsTitlesOfPunctuationEmojiOrPathsAsText() {
        assertEquals("！！！🎉🎉", parse("！！！🎉🎉\n正文。\n").zh().orElseThrow().title());
        assertEquals("../../etc/passwd", parse("../../etc/passwd\n正文。\n").zh().orElseThrow().title());
    }

    @Test
    void ignoresAViewsCountTooLargeForAnInteger() {
        ImportedArticle a = parse(article().replace("Views: 3,417", "Views: 99,999,999,999,999"));

        assertEquals(Optional.empty(), a.views());
        assertFalse(problem(a, "source.bad-views").isError());
    }

    @Test
    void warnsAboutAMarkerWithNothingAfterIt() {
        ImportedArticle a = parse("标题\n正文。\n英语如下:\n【来源】https://www.chinanews.com/gn/2024/05-21/1.shtml\n");

        assertEquals(Optional.empty(), a.en());
        assertEquals(3, problem(a, "source.empty-block").line());
        assertTrue(a.isImportable());
    }

    @Test
    void warnsAtLineOneWhenAFileWithNothingToRecogniseIsTakenForAnEnglishArticle() {
        ImportedArticle a = parse("Minutes of the meeting\nWe agreed to meet again on Tuesday.\n");

        assertTrue(a.en().isPresent());
        Problem p = problem(a, "source.unrecognised");
        assertFalse(p.isError());
        assertEquals(FILE, p.file());
        assertEquals(1, p.line());
        assertTrue(p.message().contains("Minutes of the meeting"), p.message());
    }

    @Test
    void doesNotWarnAboutAnEnglishOnlyFileWithATitleLine() {
        ImportedArticle a = parse("Title: Ferry Route Opens\nThe new ferry route opened on Tuesday.\n");

        assertTrue(a.en().isPresent());
        assertTrue(a.problems().stream().noneMatch(p -> p.code().equals("source.unrecognised")),
                a.problems()::toString);
    }

    @Test
    void doesNotWarnAboutAChineseOnlyFile() {
        ImportedArticle a = parse("渡轮航线开通\n新的渡轮航线周二开通。\n");

        assertTrue(a.zh().isPresent());
        assertTrue(a.problems().stream().noneMatch(p -> p.code().equals("source.unrecognised")),
                a.problems()::toString);
    }
}
