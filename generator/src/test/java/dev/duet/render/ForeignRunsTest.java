package dev.duet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The Chinese words of an English text are marked with their language, and nothing else is touched. */
class ForeignRunsTest {

    @Test
    void eachRunOfChineseIsASpanInItsLanguageWithItsPunctuation() {
        assertEquals("<li><span lang=\"zh\">茶</span> (chá): tea</li>", ForeignRuns.mark("<li>茶 (chá): tea</li>"));
        assertEquals("<p>Say <span lang=\"zh\">你好，世界。</span> then <span lang=\"zh-Hant\">謝謝</span>.</p>",
                ForeignRuns.mark("<p>Say 你好，世界。 then 謝謝.</p>"));
    }

    @Test
    void tagsAndTheirAttributesAreLeftAsTheyAre() {
        String html = "<p><img src=\"/a.jpg\" alt=\"一杯茶 > tea\" title='茶'> and <a href=\"/zh/\">中文</a></p>";
        assertEquals("<p><img src=\"/a.jpg\" alt=\"一杯茶 > tea\" title='茶'> and <a href=\"/zh/\"><span lang=\"zh\">"
                + "中文</span></a></p>", ForeignRuns.mark(html));
    }

    @Test
    void aTextWithoutChineseIsTheSameString() {
        String html = "<p>BEIJING, May 21 (Xinhua) — Prices rose 5%.</p>";
        assertSame(html, ForeignRuns.mark(html));
    }
}
