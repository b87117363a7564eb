package dev.duet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.diagnostic.Problem;
import dev.duet.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Chinese article written by hand in Traditional characters is published as Traditional Chinese when its front
 * matter does not say which script it is in, with a warning that asks for the key; a script named in another case
 * is read, and one that is no script is a warning at its line. Before, both were published as Simplified, silently.
 */
class ScriptFieldTest {

    private static final String EN = "title: \"Typhoon\"\nlang: \"en\"\ndate: \"2025-01-01\"\nslug: \"typhoon\"";

    @TempDir
    Path dir;

    private TestSite site(String zhFrontMatter, String zhBody) throws Exception {
        return site("颱風登陸臺灣東部", zhFrontMatter, zhBody);
    }

    private TestSite site(String title, String zhFrontMatter, String zhBody) throws Exception {
        TestSite site = TestSite.in(dir);
        site.article("2025/typhoon.zh.md", "title: \"" + title + "\"\nlang: \"zh\"\ndate: \"2025-01-01\"\n"
                + "slug: \"typhoon\"" + zhFrontMatter, zhBody);
        site.article("2025/typhoon.en.md", EN, "A typhoon made landfall.");
        return site;
    }

    private static final String TRADITIONAL = "中央社臺北1日電 颱風今天在東部登陸，氣象單位說，這是今年第一個登陸的颱風。"
            + "各地學校停課，交通受到影響，有關單位將持續觀察。";

    @Test
    void anArticleInTraditionalCharactersWithoutAScriptIsPublishedAsTraditionalWithAWarning() throws Exception {
        TestSite site = site("", TRADITIONAL);
        site.build();
        Document page = site.page("zh/2025/01/typhoon/index.html");
        assertEquals("zh-Hant", page.selectFirst("html").attr("lang"));
        List<Problem> told = site.problems().stream().filter(p -> p.code().equals("content.script")).toList();
        assertEquals(1, told.size(), site.problems().toString());
        assertEquals("articles/2025/typhoon.zh.md", told.get(0).file());
        assertTrue(!told.get(0).isError());
        assertTrue(told.get(0).message().contains("script: \"Hant\""), told.get(0).message());
    }

    @Test
    void aSimplifiedArticleWithoutAScriptStaysSimplifiedAndSilent() throws Exception {
        TestSite site = site("台风登陆台湾东部", "", "中新社北京1日电 台风今天在东部登陆，气象部门说，这是今年第一个登陆的台风。");
        site.build();
        assertEquals("zh-Hans", site.page("zh/2025/01/typhoon/index.html").selectFirst("html").attr("lang"));
        assertEquals(List.of(), site.codes());
    }

    @Test
    void aScriptNamedInAnotherCaseIsReadAndOneThatIsNoScriptIsToldAtItsLine() throws Exception {
        TestSite site = site("\nscript: \"hant\"", TRADITIONAL);
        site.build();
        assertEquals("zh-Hant", site.page("zh/2025/01/typhoon/index.html").selectFirst("html").attr("lang"));
        assertEquals(List.of(), site.codes());

        TestSite other = site("\nscript: \"Traditional\"", TRADITIONAL);
        other.build();
        assertEquals("zh-Hant", other.page("zh/2025/01/typhoon/index.html").selectFirst("html").attr("lang"));
        Problem told = other.problems().stream().filter(p -> p.code().equals("content.script")).findFirst()
                .orElseThrow();
        assertEquals(6, told.line(), "the script line: after '---', title, lang, date and slug");
        assertTrue(told.message().contains("'Traditional'"), told.message());
    }

    @Test
    void aScriptSaidOutrightIsKeptWhateverTheTextLooksLike() throws Exception {
        TestSite site = site("\nscript: \"Hans\"", TRADITIONAL);
        site.build();
        assertEquals("zh-Hans", site.page("zh/2025/01/typhoon/index.html").selectFirst("html").attr("lang"));
        assertEquals(List.of(), site.codes());
    }
}
