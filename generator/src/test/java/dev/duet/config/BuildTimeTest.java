package dev.duet.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildTimeTest {
    @TempDir
    Path site;

    @Test
    void readsAnInstantWithItsOffset() {
        SiteConfig config = SiteConfig.builder(site).buildTime("2024-05-21T08:00:00+08:00").build();
        assertEquals(Instant.parse("2024-05-21T00:00:00Z"), config.buildTime());
    }

    @Test
    void readsLocalTimesAndDatesAsChinaStandardTime() {
        assertEquals(Instant.parse("2024-05-21T00:30:00Z"),
                SiteConfig.builder(site).buildTime("2024-05-21T08:30").build().buildTime());
        assertEquals(Instant.parse("2024-05-20T16:00:00Z"),
                SiteConfig.builder(site).buildTime("2024-05-21").build().buildTime());
    }

    @Test
    void isTheMomentTheConfigurationWasBuiltWhenNotSet() {
        Instant before = Instant.now().minusSeconds(1);
        Instant time = SiteConfig.builder(site).build().buildTime();
        assertTrue(!time.isBefore(before) && !time.isAfter(Instant.now()), time.toString());
    }

    @Test
    void namesTheSettingWhenTheTextIsNotATime() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> SiteConfig.builder(site).buildTime("next tuesday").build());
        assertTrue(e.getMessage().contains("-Dduet.buildTime") && e.getMessage().contains("next tuesday"),
                e.getMessage());
    }

    @Test
    void doesNotReachAPagesFingerprint() {
        SiteConfig one = SiteConfig.builder(site).buildTime("2024-05-21").build();
        SiteConfig other = SiteConfig.builder(site).buildTime("2025-01-01").build();
        assertEquals(one.forOutput(), other.forOutput());
    }
}
