package dev.duet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link YamlText#quote} writes a plain value as it is, and escapes the same as its careful path otherwise. */
class YamlTextTest {

    @Test
    void quotesPlainValuesAsTheCarefulPathDoes() {
        String alphabet = "aZ09 :-#'{}[],&*!|>%@`新闻“”—\"\\\n\r\t\u0000\u001F\u007F\u0085\u0090\u00A0\u2028\u2029"
                + "\uFEFF\uFFFE\uFFFF\uD83D\uDE00\uD800\uDC00";
        Random random = new Random(3);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder value = new StringBuilder();
            for (int i = random.nextInt(16); i > 0; i--) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String v = value.toString();
            assertEquals(YamlText.quoteEscaping(v), YamlText.quote(v), () -> v.chars().mapToObj(Integer::toHexString)
                    .toList().toString());
        }
    }

    @Test
    void aPlainValueNeedsNoEscape() {
        assertTrue(YamlText.isPlain("国务院: 发布新能源汽车政策 — “新闻”"));
        assertTrue(YamlText.isPlain("sources/001_rail.txt"));
        assertFalse(YamlText.isPlain("say \"hi\""));
        assertFalse(YamlText.isPlain("a\\b"));
        assertFalse(YamlText.isPlain("tab\there"));
        assertFalse(YamlText.isPlain("\uD83D\uDE00"));
    }

    @Test
    void everyQuotedValueReadsBackThroughTheYamlParser() {
        String alphabet = "aZ09 :-#'{}[],&*!|>%@`新闻“”—\"\\\n\r\t\u0000\u001F\u007F\u0085\u0090\u00A0\u2028\u2029"
                + "\uFEFF\uFFFD\uFFFE\uFFFF\uD83D\uDE00\uD800\uDC00";
        Random random = new Random(4);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder value = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String v = value.toString();
            // An unpaired surrogate cannot be written as UTF-8; it becomes U+FFFD.
            String expected = new String(v.codePoints().map(cp -> Character.isSurrogate((char) cp) && cp < 0x10000
                    ? 0xFFFD : cp).toArray(), 0, (int) v.codePoints().count());
            assertEquals(expected, FrontMatterYaml.parseYaml("v: " + YamlText.quote(v) + "\n").get("v"),
                    () -> v.chars().mapToObj(Integer::toHexString).toList().toString());
        }
    }
}
