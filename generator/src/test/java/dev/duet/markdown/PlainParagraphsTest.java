package dev.duet.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The plain-paragraph fast path gives exactly what flexmark gives, or steps aside. */
class PlainParagraphsTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void newsParagraphsTakeTheFastPathAndMatchTheParser() {
        String zh = "中新社阿斯塔纳5月21日电 (记者 单璐 张硕)哈萨克斯坦总统托卡耶夫21日表示，“中哈关系”处于历史最好时期。\n\n"
                + "他说，双方合作成果丰硕。";
        String en = "Astana, May 21 (China News Service) -- Kazakh President said on Tuesday that \"relations\" are at\n"
                + "their best, it's said; 3.5% growth: a record.\n\nA second paragraph.\n";
        for (String text : new String[] {zh, en, "", "\n\nOne.\n\n\n\nTwo.\n\n"}) {
            assertTrue(PlainParagraphs.render(text).isPresent(), text);
            assertEquals(renderer.renderParsed(text), renderer.render(text), text);
        }
    }

    @Test
    void markdownSyntaxIsLeftToTheParser() {
        String[] syntax = {"# Heading", "- item", "1. first", "> quote", "    code", "a *b* c", "a _b_ c", "[x](y)",
            "a `c` d", "a <b> c", "a &amp; b", "a | b\n--|--\n1 | 2", "line  \nbreak", "a\\\nb", "Title\n===",
            "Title\n---", "a\u2028b", "\tx", "x\t", "![i](j)", "~~s~~", "a\rb", "2024. A year"};
        for (String text : syntax) {
            assertEquals(Optional.empty(), PlainParagraphs.render(text), text);
        }
    }

    /** Random texts from an alphabet of letters, punctuation, Markdown's characters and odd spaces. */
    @Test
    void randomTextsMatchTheParserWheneverTheFastPathApplies() {
        String alphabet = "abcdefghijXYZ中文字新闻记者abcdefghijXYZ中文字新闻记者abcdefghijXYZ中文，。“”‘’\"'() .,:;?-+=#*_`[]<>&|~!\\/%$@^{}0123456789\t\u3000\u00A0\u2028é字\n\n\n";
        Random random = new Random(20240521);
        int fast = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String markdown = text.toString();
            Optional<String> plain = PlainParagraphs.render(markdown);
            if (plain.isPresent()) {
                fast++;
                assertEquals(renderer.renderParsed(markdown), plain.get(), () -> "for " + escape(markdown));
            }
        }
        assertTrue(fast > 500, "the fast path was tried on " + fast + " texts only");
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> out.append(cp < 0x20 || cp > 0x7E ? String.format("\\u%04x", cp)
                : Character.toString(cp)));
        return out.toString();
    }
}
