package dev.duet.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TraditionalScriptTest {

    @Test
    void simplifiedCharactersTakeTheirUsualTraditionalForm() {
        assertEquals("雙語新聞", TraditionalScript.of("双语新闻"));
        assertEquals("國內", TraditionalScript.of("国内"));
        assertEquals("大灣區", TraditionalScript.of("大湾区"));
        assertEquals("財經", TraditionalScript.of("财经"));
        // One of several forms: the usual one, as OpenCC lists it first.
        assertEquals("發展", TraditionalScript.of("发展"));
        assertEquals("以後", TraditionalScript.of("以后"));
    }

    @Test
    void everythingElseIsKeptAsItIs() {
        String same = "Bilingual News 港澳 文化 2024 — 臺灣";
        assertSame(same, TraditionalScript.of(same));
        assertEquals("𠀀 Hong Kong & Macao 港澳 · 國際", TraditionalScript.of("𠀀 Hong Kong & Macao 港澳 · 国际"));
        assertEquals("", TraditionalScript.of(""));
    }

    @Test
    void convertingTwiceIsConvertingOnce() {
        String once = TraditionalScript.of("双语新闻 国内 国际 财经 社会 台湾 华人 体育 娱乐 汽车 房产 军事 大湾区 理论 法治");
        assertEquals(once, TraditionalScript.of(once));
        assertEquals("雙語新聞 國內 國際 財經 社會 臺灣 華人 體育 娛樂 汽車 房產 軍事 大灣區 理論 法治", once);
    }
}
