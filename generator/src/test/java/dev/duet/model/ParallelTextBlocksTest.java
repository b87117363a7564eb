package dev.duet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The parallel text's blocks are the text split at blank lines, exactly as the regular expression splits it. */
class ParallelTextBlocksTest {

    private static final Pattern BLANK_LINES = Pattern.compile("\n[ \t]*\n+");

    @Test
    void blocksAreSplitAtBlankLines() {
        assertEquals(List.of("一段", "二段\n续", "三段"), ParallelText.blocks("一段\n\n二段\n续\n \t\n\n\n三段\n"));
        assertEquals(List.of(), ParallelText.blocks(" \n\n "));
    }

    @Test
    void blocksMatchTheRegularExpressionOnAnyText() {
        Random random = new Random(7);
        char[] alphabet = {'a', '中', ' ', '\t', '\n', '\n', '\r'};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String md = text.toString().strip();
            List<String> expected = md.isEmpty() ? List.of() : List.of(BLANK_LINES.split(md));
            assertEquals(expected, ParallelText.blocks(text.toString()), () -> "text: " + text.toString()
                    .replace("\n", "\\n").replace("\t", "\\t"));
        }
    }
}
