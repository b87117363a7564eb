package dev.duet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.config.SiteConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors fail a goal unless the user says otherwise. */
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
}
