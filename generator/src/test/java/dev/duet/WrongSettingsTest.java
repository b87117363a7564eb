package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Problem;
import dev.duet.render.ThemeException;
import dev.duet.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A setting that points at the wrong place is an error naming the folder, not an empty site; the build says which
 * base URL it builds for; errors fail a goal unless the user says otherwise.
 */
class WrongSettingsTest {

    @TempDir
    Path dir;

    private TestSite site() throws Exception {
        return TestSite.in(dir).article("2024/a.zh.md", "title: \"甲\"\nlang: \"zh\"\ndate: \"2024-06-01\"", "甲。\n");
    }

    @Test
    void errorsFailAGoalUnlessTheUserSaysOtherwise() {
        assertTrue(SiteConfig.builder(dir).build().failOnError());
        assertFalse(SiteConfig.builder(dir).failOnError(false).build().failOnError());
    }

    @Test
    void importLeavesEditedArticlesAloneUnlessAskedByName() {
        assertFalse(SiteConfig.builder(dir).force(true).build().overwriteEdited());
    }

    @Test
    void buildSaysFirstWhichBaseUrlItBuildsFor() throws Exception {
        TestSite site = site();
        List<String> infos = new ArrayList<>();
        BuildListener listener = new BuildListener() {
            @Override
            public void problem(Problem problem) {
            }

            @Override
            public void info(String message) {
                infos.add(message);
            }
        };

        new Duet(site.config().baseUrl("https://user.github.io/repo/").build(), listener).build();

        assertFalse(infos.isEmpty());
        assertEquals("Building for https://user.github.io/repo/", infos.get(0));
    }

    @Test
    void aMissingArticlesFolderIsAnErrorNamingIt() throws Exception {
        TestSite site = site();

        BuildResult result = site.duet(site.config().articlesDir("artcles").build()).build();

        Problem p = result.problems().stream().filter(q -> q.code().equals("build.no-articles")).findFirst()
                .orElseThrow(() -> new AssertionError(result.problems().toString()));
        assertTrue(p.isError());
        assertEquals("artcles", p.file());
        assertTrue(p.message().contains(dir.resolve("artcles").toString()), p.message());
        assertTrue(p.message().contains("articlesDir"), p.message());
    }

    @Test
    void aMissingArticlesFolderLeavesTheLastBuildsPagesAsTheyAre() throws Exception {
        TestSite site = site();
        site.build();
        Map<String, byte[]> before = site.outputTree();

        BuildResult result = site.duet(site.config().articlesDir("artcles").build()).build();

        assertEquals(List.of("build.no-articles"), result.problems().stream().map(Problem::code).toList());
        assertEquals(0, result.written());
        TestSite.assertSameTree(before, site.outputTree());
        assertFalse(site.duet().build().hasErrors(), "the site's own folder still builds");
    }

    @Test
    void anExistingArticlesFolderIsNoError() throws Exception {
        BuildResult result = site().build();

        assertFalse(result.hasErrors(), result.problems().toString());
    }

    @Test
    void aThemeThatIsNoFolderIsAnErrorNamingTheFolder() throws Exception {
        TestSite site = site();

        ThemeException e = assertThrows(ThemeException.class,
                () -> site.duet(site.config().theme("my-theme").build()).build());

        Path folder = dir.toAbsolutePath().normalize().resolve("my-theme");
        assertTrue(e.getMessage().contains("there is no folder " + folder), e.getMessage());
        assertTrue(e.getMessage().contains("-Dduet.theme"), e.getMessage());
    }

    @Test
    void aThemeFolderWithoutTemplatesIsAnErrorNamingTheFolder() throws Exception {
        TestSite site = site();
        Files.createDirectories(dir.resolve("my-theme/template"));
        Path folder = dir.toAbsolutePath().normalize().resolve("my-theme");

        ThemeException e = assertThrows(ThemeException.class,
                () -> site.duet(site.config().theme("my-theme").build()).build());

        assertTrue(e.getMessage().contains("the folder " + folder + " has no templates/ folder"), e.getMessage());
    }

    @Test
    void aMissingThemeOverridesFolderIsNormal() throws Exception {
        TestSite site = site();

        BuildResult result = site.duet(site.config().themeDir("no-overrides-here").build()).build();

        assertFalse(result.hasErrors(), result.problems().toString());
    }
}
