package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.desk.DeskReport;
import dev.duet.diagnostic.Problem;
import dev.duet.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article with no text, and one whose text is in the other language than its {@code lang}, are told of with
 * their file and line: both were published without a word, the first as an empty page, the second under the wrong
 * page language.
 */
class ArticleTextChecksTest {

    @TempDir
    Path dir;

    private static String fm(String title, String lang) {
        return "title: \"" + title + "\"\nlang: \"" + lang + "\"\ndate: \"2024-06-01\"\n";
    }

    private static List<String> told(TestSite site, String code) {
        return site.problems().stream().filter(p -> p.code().equals(code))
                .map(p -> p.file() + ":" + p.line()).sorted().toList();
    }

    @Test
    void anArticleWithNoTextIsAWarningAtItsFirstLineUnlessItIsADraft() throws Exception {
        TestSite site = TestSite.in(dir);
        site.article("2024/reader.zh.md", fm("读者", "zh"), "只有中文的段落一。\n\n段落二。\n");
        site.article("2024/reader.en.md", fm("Reader", "en"), "");
        site.article("2024/blank.zh.md", fm("空白", "zh"), "第一段。\n");
        site.article("2024/blank.en.md", fm("Blank", "en"), "\n\n<!-- translation to come -->\n\n");
        site.article("2024/later.en.md", fm("Later", "en") + "draft: true\n", "");

        site.build();

        assertEquals(List.of("articles/2024/blank.en.md:6", "articles/2024/reader.en.md:6"),
                told(site, "content.empty-text"));
        assertTrue(site.problems().stream().filter(p -> p.code().equals("content.empty-text"))
                .allMatch(p -> !p.isError() && p.message().contains("set 'draft: true' until it is written")));
        assertTrue(site.exists("en/2024/06/reader/index.html"), "published, as before, with the warning");

        DeskReport report = site.duet().translations().report();
        List<String> empty = report.of(DeskReport.Kind.MISALIGNED).stream().map(f -> f.file() + " " + f.message())
                .sorted().toList();
        assertEquals(List.of("articles/2024/blank.en.md the English text is empty, and its translation's is not",
                "articles/2024/reader.en.md the English text is empty, and its translation's is not"), empty,
                "short paragraphs, under what the aligner tells, and still a text left out");
    }

    @Test
    void aTextInTheOtherLanguageThanItsLangIsAWarning() throws Exception {
        TestSite site = TestSite.in(dir);
        site.article("2024/swap.zh.md", fm("The Wrong Window", "zh"), "An author pasted the English text here.\n");
        site.article("2024/swap.en.md", fm("贴错了窗口", "en"), "作者把中文的文字贴到了英文的文件里面。\n");
        site.article("2024/lesson.zh.md", fm("点菜", "zh"), "Menu 菜单。\n");
        site.article("2024/lesson.en.md", fm("Ordering food", "en"), "- 茶 (chá): tea\n- 饭馆 (fànguǎn): a"
                + " restaurant\n- 饺子 (jiǎozi): dumplings\n");

        site.build();

        assertEquals(List.of("articles/2024/swap.en.md:6", "articles/2024/swap.zh.md:6"),
                told(site, "content.text-language"));
        Problem zh = site.problems().stream().filter(p -> p.file().endsWith("swap.zh.md")).findFirst().orElseThrow();
        assertTrue(zh.message().contains("no Chinese character: is this the English version?"), zh.message());
        // The lesson's Chinese words are read as Chinese on the English page and in the 中英对照 page's English column.
        assertEquals(List.of("茶", "饭馆", "饺子"), site.page("en/2024/06/lesson/index.html")
                .select(".article-body span[lang=zh]").eachText());
        assertEquals(List.of("茶", "饭馆", "饺子"), site.page("zh/2024/06/lesson/parallel/index.html")
                .select(".parallel-en span[lang=zh]").eachText());
        assertEquals(List.of(), site.page("zh/2024/06/lesson/index.html").select(".article-body span[lang]"),
                "a Chinese page's Chinese is its own");
    }
}
