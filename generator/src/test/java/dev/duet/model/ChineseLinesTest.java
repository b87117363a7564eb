package dev.duet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.BuildResult;
import dev.duet.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chinese lines wrapped in an article's file print as one run of text: no gap where the line broke. */
class ChineseLinesTest {

    @TempDir
    Path dir;

    @Test
    void aBreakBetweenTwoChineseCharactersIsTakenOut() {
        assertEquals("粤港澳大湾区建设。下一句，继续", ChineseLines.join("粤港澳大\n湾区建设。\n下一句，\n继续"));
        assertEquals("第一段\n\n第二段", ChineseLines.join("第一段\n\n第二段"));
    }

    @Test
    void aBreakBesideOtherTextCodeOrATableStays() {
        for (String kept : new String[] {"记者\nJohn Smith", "2024\n年", "서울\n시", "```\n中\n文\n```", "甲 | 乙\n丙 | 丁",
                "中文\n- 列表", "one\ntwo", "## 标题\n正文"}) {
            assertEquals(kept, ChineseLines.join(kept), kept);
        }
        String none = "no break at all";
        assertSame(none, ChineseLines.join(none));
    }

    @Test
    void thePageTheSummaryAndTheSearchReadAWrappedWordWhole() throws Exception {
        TestSite site = TestSite.in(dir).news();
        site.article("2024/bay.zh.md", "title: \"大湾区\"\nlang: \"zh\"\ndate: \"2024-05-21\"\nslug: \"bay\"",
                "粤港澳大\n湾区建设加快推进，\n各方合作不断深化。\n");
        BuildResult result = site.build();
        assertFalse(result.hasErrors(), result.problems().toString());
        String body = site.page("zh/2024/05/bay/index.html").select("article .article-body, article p").text();
        assertTrue(body.contains("粤港澳大湾区建设加快推进，各方合作不断深化。"), body);
        assertTrue(site.page("zh/2024/05/bay/index.html").selectFirst("meta[name=description]").attr("content")
                .startsWith("粤港澳大湾区建设"));
        assertTrue(site.read("search/zh/docs-0.json").contains("粤港澳大湾区建设加快推进，各方合作不断深化。"));
    }
}
