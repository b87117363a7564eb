package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build says which base URL it builds for; errors fail a goal unless the user says otherwise. */
class WrongSettingsTest {

    @TempDir
    Path dir;

    private TestSite site() throws Exception {
        return new TestSite(dir).article("2024/a.zh.md", "title: \"甲\"\nlang: \"zh\"\ndate: \"2024-06-01\"", "甲。\n");
    }

    @Test
    void errorsFailAGoalUnlessTheUserSaysOtherwise() {
        assertTrue(SiteConfig.builder(dir).build().failOnError());
        assertFalse(SiteConfig.builder(dir).failOnError(false).build().failOnError());
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
}
