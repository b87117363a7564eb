package dev.duet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.markdown.MarkdownRenderer;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The text of plain paragraphs, made without the parser, is the text the parser gives. */
class PlainTextTest {

    private final PlainText plainText = new PlainText();

    /** A table's pipes and dashes were indexed and shown in results as its text. */
    @Test
    void aTableIsItsCellsWordsARowALine() {
        assertEquals("生词\n汉字 拼音 \n饭馆 fànguǎn \n\nAfter.",
                plainText.of("生词\n\n| 汉字 | 拼音 |\n|---|:---:|\n| 饭馆 | fànguǎn |\n\nAfter."));
    }

    @Test
    void plainParagraphsGiveTheParsersText() {
        String[] texts = {"One line.", "Two\nlines.\n\nA second paragraph.\n", "\n\n中文第一段。\n\n\n第二段，“引号”。\n\n", ""};
        for (String text : texts) {
            assertTrue(MarkdownRenderer.plainText(text).isPresent(), text);
            assertEquals(plainText.parsed(text), plainText.of(text), text);
        }
        String alphabet = "abcdefghXYZ中文字新闻abcdefghXYZ中文字新闻，。“”\"'() .,:;?-+=#*_`[]<>&|~!\\%0123456789\t\u00A0\n\n\n";
        Random random = new Random(5);
        int fast = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = 1 + random.nextInt(40); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String markdown = text.toString();
            Optional<String> fastText = MarkdownRenderer.plainText(markdown);
            if (fastText.isPresent()) {
                fast++;
                assertEquals(plainText.parsed(markdown), fastText.get(), markdown);
            }
        }
        assertTrue(fast > 500, "the fast path was tried on " + fast + " texts only");
    }
}
