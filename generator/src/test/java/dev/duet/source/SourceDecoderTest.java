package dev.duet.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.diagnostic.Problem;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceDecoderTest {

    private final SourceDecoder decoder = new SourceDecoder();
    private final SourceParser parser = new SourceParser();

    private static String article() {
        return SourceFixtures.text("full-article.txt");
    }

    private static String traditional() {
        return SourceFixtures.text("traditional.txt").replace("【来源】", "【來源】");
    }

    @Test
    void readsStrictUtf8() {
        DecodedSource decoded = decoder.decode("a.txt", "新闻 news".getBytes(StandardCharsets.UTF_8));

        assertEquals("新闻 news", decoded.text());
        assertEquals("utf-8", decoded.encoding());
        assertEquals(List.of(), decoded.problems());
    }

    @Test
    void stripsAUtf8ByteOrderMark() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, article().getBytes(StandardCharsets.UTF_8));
        ImportedArticle a = parser.parse("a.txt", bytes);

        assertEquals("utf-8", a.encoding());
        assertEquals("长三角铁路暑运发送旅客突破1亿人次", a.zh().orElseThrow().title());
        assertEquals(List.of(), a.problems());
    }

    @Test
    void readsUtf16LittleEndianWithByteOrderMark() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, article().getBytes(StandardCharsets.UTF_16LE));
        ImportedArticle a = parser.parse("a.txt", bytes);

        assertEquals("utf-16le", a.encoding());
        assertEquals(parser.parse("a.txt", article().getBytes(StandardCharsets.UTF_8)).zh(), a.zh());
        assertEquals(Optional.of(3417), a.views());
    }

    @Test
    void readsUtf16BigEndianWithByteOrderMark() {
        byte[] bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, article().getBytes(StandardCharsets.UTF_16BE));
        ImportedArticle a = parser.parse("a.txt", bytes);

        assertEquals("utf-16be", a.encoding());
        assertEquals("Yangtze River Delta Railways Carry Over 100 Million Summer Passengers",
                a.en().orElseThrow().title());
    }

    @Test
    void readsGb18030AndReportsIt() {
        ImportedArticle a = parser.parse("a.txt", article().getBytes(Charset.forName("GB18030")));

        assertEquals("gb18030", a.encoding());
        assertEquals(parser.parse("a.txt", article().getBytes(StandardCharsets.UTF_8)).zh(), a.zh());
        assertEquals(List.of("Yangtze River Delta (YRD)", "railway", "summer travel rush"), a.keywords());
        assertTrue(a.isImportable(), a.problems().toString());
    }

    @Test
    void readsGbkAsGb18030() {
        String text = SourceFixtures.text("zh-only.txt");
        ImportedArticle a = parser.parse("a.txt", text.getBytes(Charset.forName("GBK")));

        assertEquals("gb18030", a.encoding());
        assertEquals("云南普洱：咖啡豆迎来丰收季", a.zh().orElseThrow().title());
        assertEquals(Optional.of(88), a.views());
    }

    @Test
    void readsBig5AndReportsIt() {
        ImportedArticle a = parser.parse("a.txt", traditional().getBytes(Charset.forName("Big5")));

        assertEquals("big5", a.encoding());
        assertEquals("臺灣學生來大陸參加交流活動", a.zh().orElseThrow().title());
        assertEquals("Hant", a.zh().get().script());
        assertEquals("https://www.chinanews.com/tw/2024/07-10/10248899.shtml", a.source().orElseThrow().url());
    }

    @Test
    void turnsCrlfAndLoneCrIntoLf() {
        DecodedSource decoded = decoder.decode("a.txt", "一\r\n二\r三\n四\r".getBytes(StandardCharsets.UTF_8));

        assertEquals("一\n二\n三\n四\n", decoded.text());
    }

    @Test
    void aFileWhoseBytesAreNotTheTextTheirByteOrderMarkClaimsIsOneErrorWithoutTheNoiseOfItsGarbledText() {
        // A UTF-16 byte order mark before UTF-8 text, cut to an odd length: not valid UTF-16.
        byte[] text = article().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, slice(text, 0, text.length - 1 + text.length % 2));
        ImportedArticle a = parser.parse("sources/mislabelled.txt", bytes);

        assertEquals(List.of("source.encoding"), a.problems().stream().map(Problem::code).toList(),
                a.problems()::toString);
        assertFalse(a.isImportable());
    }

    @Test
    void reportsDamagedUtf8AtTheLineOfTheFirstBadByteInsteadOfGuessingGb18030() {
        byte[] good = article().getBytes(StandardCharsets.UTF_8);
        int third = indexOfLine(good, 3);
        byte[] bytes = concat(slice(good, 0, third + 6), new byte[] {(byte) 0xFF}, slice(good, third + 6, good.length));
        ImportedArticle a = parser.parse("sources/damaged.txt", bytes);

        assertEquals("utf-8", a.encoding());
        assertEquals("长三角铁路暑运发送旅客突破1亿人次", a.zh().orElseThrow().title());
        Problem problem = a.problems().get(0);
        assertEquals("source.encoding", problem.code());
        assertEquals("sources/damaged.txt", problem.file());
        assertEquals(3, problem.line());
        assertTrue(problem.isError());
        assertTrue(a.zh().get().paragraphs().get(1).contains("\uFFFD"));
    }

    @Test
    void reportsFilesWithNulBytesAsBinary() {
        DecodedSource decoded = decoder.decode("a.bin", new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});

        assertEquals("", decoded.text());
        assertEquals("source.binary", decoded.problems().get(0).code());
        assertTrue(decoded.problems().get(0).isError());
    }

    @Test
    void aBinaryFileIsToldWhatItSeemsToBe() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertTrue(decoder.decode("a.txt", png).problems().get(0).message()
                .startsWith("file is a PNG picture, not text"));
        assertTrue(decoder.decode("a.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2}).problems().get(0).message()
                .contains("a ZIP archive"));
        byte[] utf32 = "\uFEFF标题".getBytes(java.nio.charset.Charset.forName("UTF-32LE"));
        String told = decoder.decode("a.txt", utf32).problems().get(0).message();
        assertTrue(told.startsWith("file is UTF-32 text, which import cannot read: save it as UTF-8"), told);
        byte[] utf16 = "Title: a story without a mark\n".getBytes(StandardCharsets.UTF_16LE);
        told = decoder.decode("a.txt", utf16).problems().get(0).message();
        assertTrue(told.startsWith("file is UTF-16 text without a byte order mark"), told);
        told = decoder.decode("a.txt", new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 'a', 'b'}).problems().get(0).message();
        assertTrue(told.startsWith("file is binary, not text") && !told.contains("UTF-16"), told);
    }

    @Test
    void reportsFilesOfMostlyControlCharactersAsBinary() {
        DecodedSource decoded = decoder.decode("a.bin", new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 'a', 'b'});

        assertEquals("source.binary", decoded.problems().get(0).code());
    }

    @Test
    void keepsATextWithAFewTabsAndFormFeeds() {
        DecodedSource decoded = decoder.decode("a.txt", "标题\t一\f\n正文".getBytes(StandardCharsets.UTF_8));

        assertFalse(decoded.problems().stream().anyMatch(Problem::isError));
    }

    @Test
    void reportsUtf16WithAnOddNumberOfBytes() {
        DecodedSource decoded = decoder.decode("a.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, 'A', 0, 'B'});

        assertEquals("utf-16le", decoded.encoding());
        assertEquals("source.encoding", decoded.problems().get(0).code());
    }

    private static int indexOfLine(byte[] bytes, int line) {
        int current = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (current == line) {
                return i;
            }
            if (bytes[i] == '\n') {
                current++;
            }
        }
        throw new IllegalArgumentException("no line " + line);
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        return java.util.Arrays.copyOfRange(bytes, from, to);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
