package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.config.ConfigException;
import dev.duet.diagnostic.Problem;
import dev.duet.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code missingTranslation} setting: what a build does with a story published in one language only. */
class MissingTranslationTest {

    private static final String ONLY_ZH = "zh/2024/05/only-chinese/index.html";

    @TempDir
    Path dir;

    private TestSite site() throws Exception {
        return TestSite.in(dir)
                .article("2024/pair.zh.md", "title: \"双语报道\"\nlang: \"zh\"\ndate: \"2024-05-20\"\nslug: \"pair\"",
                        "正文。\n")
                .article("2024/pair.en.md", "title: \"A story in both\"\nlang: \"en\"\ndate: \"2024-05-20\"\n"
                        + "slug: \"pair\"", "Text.\n")
                .article("2024/only-chinese.zh.md", "title: \"只有中文\"\nlang: \"zh\"\ndate: \"2024-05-21\"\n"
                        + "slug: \"only-chinese\"", "只有中文的正文。\n");
    }

    private BuildResult build(TestSite site, String policy) throws Exception {
        return site.duet(site.config().missingTranslation(policy).build()).build();
    }

    @Test
    void allowPublishesItInItsOwnLanguageWithoutASwitchOrNote() throws Exception {
        TestSite site = site();
        BuildResult result = build(site, "allow");

        assertFalse(result.hasErrors());
        Document page = site.page(ONLY_ZH);
        assertTrue(page.select("a.lang-switch").isEmpty());
        assertTrue(page.select(".translation-missing").isEmpty());
        assertFalse(site.read("en/index.html").contains("only-chinese"));
    }

    @Test
    void noticeSaysSoOnThePageAndTheSwitchLeadsToTheOtherHome() throws Exception {
        TestSite site = site();
        BuildResult result = build(site, "notice");

        assertFalse(result.hasErrors());
        Document page = site.page(ONLY_ZH);
        assertEquals("暂无英文版。", page.select("p.translation-missing").text());
        assertEquals("/en/", page.select("a.lang-switch").attr("href"));
        assertEquals("", page.select("a.lang-switch").attr("rel"), "the other home is no alternate of the article");
        assertTrue(site.page("zh/2024/05/pair/index.html").select(".translation-missing").isEmpty(),
                "a translated story has no note");
        assertEquals("alternate", site.page("zh/2024/05/pair/index.html").select("a.lang-switch").attr("rel"));
    }

    @Test
    void hideLeavesItOutUntilItIsTranslated() throws Exception {
        TestSite site = site();
        BuildResult result = build(site, "hide");

        assertFalse(result.hasErrors());
        assertFalse(site.exists(ONLY_ZH));
        assertFalse(site.read("zh/index.html").contains("only-chinese"));
        assertTrue(site.exists("zh/2024/05/pair/index.html"));

        site.article("2024/only-chinese.en.md", "title: \"Chinese only no more\"\nlang: \"en\"\ndate: \"2024-05-21\"\n"
                + "slug: \"only-chinese\"", "Text.\n");
        assertFalse(build(site, "hide").hasErrors());
        assertTrue(site.exists(ONLY_ZH), "published once translated");
    }

    @Test
    void failIsAnErrorNamingTheFileAndTheRestOfTheSiteStillBuilds() throws Exception {
        TestSite site = site();
        BuildResult result = build(site, "fail");

        assertTrue(result.hasErrors());
        List<Problem> errors = result.problems().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("build.missing-translation", errors.get(0).code());
        assertEquals("articles/2024/only-chinese.zh.md", errors.get(0).file());
        assertTrue(site.exists("zh/2024/05/pair/index.html"));
    }

    @Test
    void anUnknownValueIsAConfigurationErrorThatNamesTheSetting() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> TestSite.in(dir).config().missingTranslation("sometimes").build());
        assertTrue(e.getMessage().contains("<missingTranslation>"), e.getMessage());
    }
}
