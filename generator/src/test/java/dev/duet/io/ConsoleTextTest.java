package dev.duet.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleTextTest {

    @Test
    void anAsciiConsoleIsToldTheChineseCharactersByTheirEscapes() {
        ConsoleText ascii = ConsoleText.of(StandardCharsets.US_ASCII);
        assertEquals("sources/\\u65b0\\u95fb \\u7a3f.txt:3: warning", ascii.readable("sources/新闻 稿.txt:3: warning"));
        // Two files that would both have read "??.txt" stay apart.
        assertEquals("\\u65b0\\u95fb.txt", ascii.readable("新闻.txt"));
        assertEquals("\\u65b0\\u95fe.txt", ascii.readable("新闾.txt"));
        // A character beyond the first plane is both halves of its pair.
        assertEquals("\\ud840\\udc0b", ascii.readable("𠀋"));
    }

    @Test
    void aConsoleThatShowsEveryCharacterGetsTheTextAsItIs() {
        String text = "sources/新闻.txt: 英语如下 missing";
        assertSame(text, ConsoleText.of(StandardCharsets.UTF_8).readable(text));
        assertEquals("caf\\u00e9", ConsoleText.of(StandardCharsets.US_ASCII).readable("café"));
        assertEquals("café \\u4e2d", ConsoleText.of(StandardCharsets.ISO_8859_1).readable("café 中"));
    }
}
