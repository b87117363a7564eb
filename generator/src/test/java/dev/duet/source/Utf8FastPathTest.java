package dev.duet.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SourceDecoder} reads well-formed UTF-8 in one fast pass; whatever takes that pass must decode exactly as
 * the careful path (NUL check, byte-by-byte UTF-8 scan, strict decoder, charset detection) would have.
 */
class Utf8FastPathTest {

    private final SourceDecoder decoder = new SourceDecoder();

    private void assertSameAsCarefulPath(byte[] bytes) {
        DecodedSource careful = decoder.decodeCarefully("a.txt", bytes, new ArrayList<>());
        assertEquals(careful, decoder.decode("a.txt", bytes), () -> "bytes " + hex(bytes));
    }

    @Test
    void everyFixtureDecodesAsTheCarefulPathDecodesIt() throws IOException {
        List<String> names = List.of("full-article.txt", "en-only.txt", "markdown-like.txt", "traditional.txt",
                "zh-only.txt", "bad/colons-only.txt", "bad/control-chars.txt", "bad/damaged-utf8.txt",
                "bad/dateline-without-title.txt", "bad/empty.txt", "bad/front-matter.txt", "bad/hostile.txt",
                "bad/keywords-unbalanced.txt", "bad/nul-bytes.txt", "bad/only-marker.txt", "bad/only-metadata.txt",
                "bad/path-title.txt", "bad/punctuation-title.txt", "bad/two-markers.txt", "bad/whitespace-only.txt");
        for (String name : names) {
            byte[] bytes = SourceFixtures.bytes(name);
            assertSameAsCarefulPath(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            for (String charset : List.of("GB18030", "Big5", "GBK")) {
                byte[] encoded = text.getBytes(Charset.forName(charset));
                assertSameAsCarefulPath(encoded);
            }
        }
    }

    @Test
    void takesTheFastPathOnlyForWellFormedUtf8WithoutNulOrReplacementCharacter() {
        assertTrue(SourceDecoder.wellFormedUtf8("新闻 news".getBytes(StandardCharsets.UTF_8)).isPresent());
        // a real U+FFFD, a NUL, a lone continuation byte, an overlong '/', an encoded surrogate, a code point past
        // U+10FFFF, a truncated sequence: each goes the careful way
        for (byte[] bytes : List.of(bytes(0xEF, 0xBF, 0xBD), bytes('a', 0, 'b'), bytes('a', 0x80), bytes(0xC0, 0xAF),
                bytes(0xED, 0xA0, 0x80), bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xE6, 0x96))) {
            assertTrue(SourceDecoder.wellFormedUtf8(bytes).isEmpty(), hex(bytes));
            assertSameAsCarefulPath(bytes);
        }
    }

    @Test
    void edgeSequencesInsideAnArticleDecodeAsTheCarefulPathDecodesThem() {
        byte[] article = SourceFixtures.bytes("full-article.txt");
        int[][] edges = {{0xC2, 0x80}, {0xDF, 0xBF}, {0xE0, 0xA0, 0x80}, {0xE0, 0x9F, 0xBF}, {0xED, 0x9F, 0xBF},
            {0xEE, 0x80, 0x80}, {0xEF, 0xBF, 0xBE}, {0xEF, 0xBF, 0xBF}, {0xF0, 0x90, 0x80, 0x80},
            {0xF0, 0x8F, 0xBF, 0xBF}, {0xF4, 0x8F, 0xBF, 0xBF}, {0xF5, 0x80, 0x80, 0x80}, {0xFF}, {0xFE}, {0x7F},
            {0x01}, {0x0D}, {0x0D, 0x0A}, {0xEF, 0xBB, 0xBF}};
        for (int[] edge : edges) {
            for (int at : new int[] {0, 1, 40, article.length / 2, article.length}) {
                byte[] bytes = new byte[article.length + edge.length];
                System.arraycopy(article, 0, bytes, 0, at);
                for (int i = 0; i < edge.length; i++) {
                    bytes[at + i] = (byte) edge[i];
                }
                System.arraycopy(article, at, bytes, at + edge.length, article.length - at);
                if (at == 0 && (bytes[0] & 0xFF) >= 0xEF) {
                    continue; // would read as a byte order mark, which decode() handles before either path
                }
                assertSameAsCarefulPath(bytes);
            }
        }
    }

    @Test
    void randomBytesDecodeAsTheCarefulPathDecodesThem() {
        Random random = new Random(20240521);
        byte[] article = SourceFixtures.bytes("full-article.txt");
        for (int n = 0; n < 2000; n++) {
            byte[] bytes;
            if (n % 2 == 0) {
                bytes = new byte[random.nextInt(64)];
                random.nextBytes(bytes);
            } else {
                // mostly good UTF-8 with a few random bytes: damaged files
                bytes = article.clone();
                for (int k = random.nextInt(4); k >= 0; k--) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
            }
            if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFE
                    || (bytes[0] & 0xFF) == 0xEF)) {
                bytes[0] = 'x'; // a byte order mark is read before either path
            }
            assertSameAsCarefulPath(bytes);
        }
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, 64); i++) {
            out.append(String.format("%02X ", bytes[i]));
        }
        return out.toString();
    }
}
