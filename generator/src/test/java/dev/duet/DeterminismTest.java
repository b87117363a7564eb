package dev.duet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.config.SiteConfig;
import dev.duet.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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

    /**
     * The machine's language changes nothing: Arabic and Thai write numbers in their own digits (the year pages'
     * addresses, the search index's files, the times on the pages were once written so), and Turkish lower-cases
     * an I to a dotless ı.
     */
    @Test
    void theDefaultLocaleChangesNoByte() throws Exception {
        Map<String, byte[]> plain = build("root", 2);
        Locale before = Locale.getDefault();
        try {
            for (Locale locale : List.of(new Locale("ar", "EG"), new Locale("th", "TH", "TH"),
                    Locale.forLanguageTag("fa-IR"), new Locale("tr", "TR"))) {
                Locale.setDefault(locale);
                TestSite.assertSameTree(plain, build("locale-" + locale.toLanguageTag(), 2));
            }
        } finally {
            Locale.setDefault(before);
        }
    }
}
