package dev.duet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which runs of a Chinese headline are kept on one line. */
class TitleRunsTest {

    /** The runs, kept ones in brackets. */
    private static String runs(String title) {
        return TitleRuns.of(title, "zh").stream().map(r -> r.keep() ? "[" + r.text() + "]" : r.text())
                .collect(Collectors.joining());
    }

    @Test
    void numbersKeepTheirUnits() {
        assertEquals("[2024年]国内生产总值增长[5.2%]", runs("2024年国内生产总值增长5.2%"));
        assertEquals("[5月][21日]电", runs("5月21日电"));
        assertEquals("投资[30亿]元", runs("投资30亿元"));
        assertEquals("[１２３４年]", runs("１２３４年"));
    }

    @Test
    void chineseNumeralsWithZeroStayTogether() {
        assertEquals("[二〇二四年]经济运行", runs("二〇二四年经济运行"));
        assertEquals("[三〇年]代", runs("三〇年代"));
        assertEquals("一季度新能源汽车出口保持增长", runs("一季度新能源汽车出口保持增长"));
    }

    @Test
    void latinWordsStayTogetherAndSpacesStillBreak() {
        assertEquals("[COVID-19]疫情后[iPhone15]发布会", runs("COVID-19疫情后iPhone15发布会"));
        assertEquals("[SCO] [Foreign] [Ministers]", runs("SCO Foreign Ministers"));
        assertEquals("A股", runs("A股"), "one letter has nothing to break");
    }

    @Test
    void aRunTooLongForAPhonesLineIsNotKept() {
        assertEquals("[Pneumonoultramic]病", runs("Pneumonoultramic病"), "sixteen characters are kept");
        assertEquals("Pneumonoultramicroscopic病", runs("Pneumonoultramicroscopic病"));
        assertEquals("见[https]://example.org/a/very/long/path及[5.2%]",
                runs("见https://example.org/a/very/long/path及5.2%"));
    }

    @Test
    void englishTitlesAreOneRun() {
        assertEquals(List.of(new Views.TitleRun("GDP grows 5.2% in 2024", false)),
                TitleRuns.of("GDP grows 5.2% in 2024", "en"));
        assertEquals(List.of(new Views.TitleRun("", false)), TitleRuns.of("", "zh"));
    }
}
