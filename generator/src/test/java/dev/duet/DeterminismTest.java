package dev.duet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.config.SiteConfig;
import dev.duet.testing.TestSite;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same articles always give the same bytes: whatever the output folder, the cache, or the thread count. */
class DeterminismTest {

    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void writeSite() throws Exception {
        site = TestSite.in(dir).news();
    }

    private static Map<String, byte[]> build(String name, int threads) throws Exception {
        SiteConfig config = site.config().outputDir("target/" + name).cacheDir("target/cache-" + name)
                .threads(threads).build();
        BuildResult result = site.duet(config).build();
        assertFalse(result.hasErrors(), result.problems().toString());
        return TestSite.tree(dir.resolve("target/" + name));
    }


    @Test
    void twoBuildsIntoDifferentFoldersAreByteIdentical() throws Exception {
        Map<String, byte[]> first = build("a", 2);
        Map<String, byte[]> second = build("b", 2);
        assertTrue(first.size() > 50, "a real site: " + first.keySet());
        TestSite.assertSameTree(first, second);
    }

    @Test
    void oneThreadAndFourThreadsGiveTheSameSite() throws Exception {
        TestSite.assertSameTree(build("one", 1), build("four", 4));
    }
}
