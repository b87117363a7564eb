package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.duet.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One reporter written two ways by two stories ({@code XU Wei}, {@code Xu Wei}): each article shows its own
 * spelling, whatever order the pages are made in, so that a build after another story is deleted, and a build on
 * more threads, make the bytes a clean build makes. Before, the first page made named the reporter for all.
 */
class ReporterSpellingTest {

    @TempDir
    Path dir;
    @TempDir
    Path clean;

    private static void stories(TestSite site, boolean withOlder) throws Exception {
        if (withOlder) {
            site.article("2024/older.en.md", "title: \"Older\"\ndate: \"2024-05-01\"\nreporters: [\"XU Wei\"]",
                    "An older story.\n");
        }
        site.article("2024/expo.en.md", "title: \"Expo\"\ndate: \"2024-05-10\"\nreporters: [\"XU Wei\", \"Li Na\"]",
                "The expo opens.\n");
        site.article("2024/con.en.md", "title: \"Convention\"\ndate: \"2024-05-20\"\nreporters: [\"Xu Wei\"]",
                "The convention opens.\n");
    }

    @Test
    void eachArticleShowsItsOwnSpellingAndABuildAfterADeletionIsAsClean() throws Exception {
        TestSite site = TestSite.in(dir);
        stories(site, true);
        site.build();
        assertEquals(List.of("Xu Wei"), site.page("en/2024/05/con/index.html").select("a[rel=author]").eachText());
        assertEquals(List.of("XU Wei", "Li Na"),
                site.page("en/2024/05/expo/index.html").select("a[rel=author]").eachText());

        Files.delete(dir.resolve("articles/2024/older.en.md"));
        site.build();
        TestSite fresh = TestSite.in(clean);
        stories(fresh, false);
        // The deleted story's place, which the build noted, is an input of the site as the README asks.
        Files.copy(dir.resolve("deleted.tsv"), clean.resolve("deleted.tsv"));
        fresh.build();

        TestSite.assertSameTree(TestSite.tree(fresh.out()), TestSite.tree(site.out()));
    }

    /**
     * An English byline of its own ({@code By Xu Wei}) is joined by the Chinese dateline's reporters the glossary
     * names, where the English page dropped them; a name the glossary does not know (徐伟) is not added beside its
     * English form.
     */
    @Test
    void anEnglishBylineIsJoinedByTheChineseDatelinesReportersTheGlossaryNames() throws Exception {
        TestSite site = TestSite.in(dir).glossary("people:\n  Chen Jia: 陈嘉\n");
        site.article("2024/port.zh.md", "title: \"港口\"\ndate: \"2024-05-10\"\nreporters: [\"陈嘉\", \"徐伟\"]",
                "深圳港扩建。\n");
        site.article("2024/port.en.md", "title: \"Port\"\ndate: \"2024-05-10\"\nreporters: [\"Xu Wei\"]",
                "The port grows.\n");
        site.build();
        assertEquals(List.of("Xu Wei", "Chen Jia"),
                site.page("en/2024/05/port/index.html").select("a[rel=author]").eachText());
        assertEquals(List.of("陈嘉", "徐伟"), site.page("zh/2024/05/port/index.html").select("a[rel=author]").eachText());
        assertEquals(List.of("Port"), site.page("en/reporters/chen-jia/index.html").select(".item-title a")
                .eachText());
    }

    /** 陳嘉 and 陈嘉 are one reporter, with one page, the glossary's or not; they were two. */
    @Test
    void aNameInTraditionalCharactersIsTheSameReporterAsInSimplified() throws Exception {
        TestSite site = TestSite.in(dir).glossary("people:\n  Chen Jia: 陈嘉\n");
        site.article("2024/hk.zh.md", "title: \"香港\"\ndate: \"2024-05-10\"\nscript: \"Hant\"\n"
                + "reporters: [\"陳嘉\", \"林誌明\"]", "香港新聞。\n");
        site.article("2024/sz.zh.md", "title: \"深圳\"\ndate: \"2024-05-11\"\nreporters: [\"陈嘉\", \"林志明\"]",
                "深圳新闻。\n");
        site.build();
        List<String> index = site.page("zh/reporters/index.html").select("ul.reporter-index li").eachText();
        assertEquals(2, index.size(), index.toString());
        for (String href : site.page("zh/reporters/index.html").select("ul.reporter-index a").eachAttr("href")) {
            assertEquals(List.of("深圳", "香港"), site.page(java.net.URLDecoder.decode(href.substring(1),
                    java.nio.charset.StandardCharsets.UTF_8) + "index.html").select(".item-title a").eachText(), href);
        }
    }

    @Test
    void oneThreadAndFourMakeTheSameBytes() throws Exception {
        TestSite one = TestSite.in(dir);
        stories(one, true);
        one.duet(one.config().threads(1).build()).build();
        TestSite four = TestSite.in(clean);
        stories(four, true);
        four.duet(four.config().threads(4).build()).build();

        TestSite.assertSameTree(TestSite.tree(one.out()), TestSite.tree(four.out()));
    }
}
