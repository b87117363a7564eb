package dev.duet.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shard setting, where a shard writes, and how files are shared among shards. */
class ShardTest {

    private final Path site = Path.of("/tmp/duet-shard-test-site");

    @Test
    void aShardBuildsIntoItsOwnFolderOfTheShardsFolder() {
        SiteConfig config = SiteConfig.builder(site).shard("3/8").build();
        assertEquals(Optional.of(new Shard(3, 8)), config.shard());
        assertEquals(site.resolve("target/duet-shards/3-of-8/site"), config.outputDir());
        assertEquals(site.resolve("target/duet-shards/3-of-8/cache"), config.cacheDir());
        assertEquals(Optional.empty(), SiteConfig.builder(site).build().shard());
    }

    @Test
    void namesTheSettingWhenTheShardIsNotKOfN() {
        for (String bad : List.of("0/3", "4/3", "3", "a/b", "1/0", "-1/2")) {
            ConfigException e = assertThrows(ConfigException.class,
                    () -> SiteConfig.builder(site).shard(bad).build(), bad);
            assertTrue(e.getMessage().contains("-Dduet.shard") && e.getMessage().contains("'" + bad + "'"),
                    e.getMessage());
        }
    }

    @Test
    void theShardAndTheOutputFolderDoNotReachAPagesFingerprint() {
        assertEquals(SiteConfig.builder(site).build().forOutput(),
                SiteConfig.builder(site).shard("2/5").build().forOutput());
    }

    @Test
    void everyKeyBelongsToExactlyOneShardAndTheSameOneOnEveryMachine() {
        for (String key : List.of("zh/index.html", "2024/05/wang-yi/index.html", "search/zh/meta.json", "")) {
            int owners = 0;
            for (int k = 1; k <= 7; k++) {
                owners += new Shard(k, 7).owns(key) ? 1 : 0;
            }
            assertEquals(1, owners, key);
        }
        // The hash is fixed: shards built by different JVMs, on different machines, agree on every file.
        assertEquals(-424878996900393249L, Shard.hash("zh/index.html"));
    }
}
