package dev.duet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link MarkdownText#escape} escapes exactly what its first, regex-based version escaped, plain lines untouched. */
class MarkdownTextTest {

    private static final String INLINE = "\\`*_[]<>|~";
    private static final Pattern ENTITY =
            Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern ORDERED = Pattern.compile("^(\\d{1,9})([.)])");

    /** The escaping as first written: a regex for the list number, then one character at a time. */
    private static String reference(String text) {
        String line = text.strip().replace('\n', ' ').replace('\r', ' ');
        StringBuilder out = new StringBuilder(line.length() + 8);
        var ordered = ORDERED.matcher(line);
        int start = 0;
        if (ordered.find()) {
            out.append(ordered.group(1)).append('\\').append(ordered.group(2));
            start = ordered.end();
        } else if (!line.isEmpty() && "#>-+=".indexOf(line.charAt(0)) >= 0) {
            out.append('\\').append(line.charAt(0));
            start = 1;
        }
        for (int i = start; i < line.length(); i++) {
            char c = line.charAt(i);
            if (INLINE.indexOf(c) >= 0) {
                out.append('\\');
            } else if (c == '&' && ENTITY.matcher(line).region(i, line.length()).lookingAt()) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    @Test
    void escapesListNumbersHeadingsMarkupAndEntitiesAsBefore() {
        for (String line : new String[] {"1. 火炬", "123456789) x", "1234567890. x", "12", "9.", "3a. x", "# 标题",
            "> quote", "-1", "+", "=", "*stars* _x_ `c` [a](b) <b> | ~", "&amp; &#123; &#x1F600; &x; & a",
            "a\\b", "  1. padded  ", "", " ", "一\n二\r三", "9月28日，沪宁沿江高铁开通", "NANJING, Sept. 28 (Xinhua) --"}) {
            assertEquals(reference(line), MarkdownText.escape(line), line);
        }
    }

    @Test
    void randomLinesEscapeAsBefore() {
        String alphabet = "ab1234567890.)#>-+= &;#xX*_`[]<>|~\\\n\r\t新闻：，。（）";
        Random random = new Random(11);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder line = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = line.toString();
            assertEquals(reference(text), MarkdownText.escape(text), text);
        }
    }

    @Test
    void aPlainLineIsOneWithoutAnythingToEscape() {
        assertTrue(MarkdownText.isPlain("新华社南京9月28日电（记者 蒋方）沪宁沿江高速铁路正式开通运营。"));
        assertTrue(MarkdownText.isPlain("NANJING, Sept. 28 (Xinhua) -- The railway opened."));
        assertFalse(MarkdownText.isPlain("9月28日，沪宁沿江高铁开通"));
        assertFalse(MarkdownText.isPlain("A & B"));
        assertFalse(MarkdownText.isPlain("-- dash"));
    }
}
