package dev.duet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.BuildResult;
import dev.duet.Duet;
import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.BuildListener;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole pages of a fixed small site ({@code src/test/resources/golden/site/}) compared byte for byte with the files
 * in {@code src/test/resources/golden/expected/}.
 *
 * <p>When a change to a template or the renderer is deliberate, regenerate the expected files and review the diff
 * before committing it:
 * <pre>
 * mvn -pl generator -am test -Dtest=GoldenPagesTest -Dsurefire.failIfNoSpecifiedTests=false -Dduet.updateGolden=true
 * git diff generator/src/test/resources/golden/expected/
 * </pre>
 * With {@code duet.updateGolden=true} the test rewrites the files instead of comparing them (and fails, so that an
 * update is never mistaken for a pass).
 */
class GoldenPagesTest {

    /** Relative to the module folder, where Surefire runs the tests. */
    private static final Path EXPECTED = Path.of("src/test/resources/golden/expected");
    private static final boolean UPDATE = Boolean.getBoolean("duet.updateGolden");

    @TempDir
    static Path out;
    static BuildResult result;

    @BeforeAll
    static void build() throws Exception {
        Path site = siteDir();
        SiteConfig config = SiteConfig.builder(site).baseUrl("https://news.example.org/")
                .outputDir(out.resolve("site").toString()).cacheDir(out.resolve("cache").toString()).threads(2)
                .build();
        result = new Duet(config, BuildListener.silent()).build();
    }

    private static Path siteDir() throws URISyntaxException {
        return Path.of(GoldenPagesTest.class.getResource("/golden/site/glossary.yaml").toURI()).getParent();
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("zh-article.html", "zh/2024/05/wang-yi-attends-sco-foreign-ministers-meeting/index.html"),
                Arguments.of("en-article.html", "en/2024/05/wang-yi-attends-sco-foreign-ministers-meeting/index.html"),
                Arguments.of("zh-tag.html", "zh/tags/wang-yi/index.html"),
                Arguments.of("zh-home.html", "zh/index.html"),
                Arguments.of("zh-archive.html", "zh/archive/index.html"),
                Arguments.of("zh-nev-article.html", "zh/2024/04/new-energy-vehicle-exports-keep-growing/index.html"),
                Arguments.of("en-home.html", "en/index.html"),
                Arguments.of("zh-section.html", "zh/politics/index.html"),
                Arguments.of("en-reporter.html", "en/reporters/hao-weiwei/index.html"),
                Arguments.of("landing.html", "index.html"),
                Arguments.of("zh-feed.xml", "zh/feed.xml"),
                Arguments.of("sitemap.xml", "sitemap.xml"),
                Arguments.of("zh-withdrawn.html", "zh/2024/05/withdrawn-report/index.html"),
                Arguments.of("en-withdrawn.html", "en/2024/05/withdrawn-report/index.html"),
                Arguments.of("zh-redirect.html", "zh/2024/05/wang-yi-sco/index.html"),
                Arguments.of("parallel.html",
                        "zh/2024/05/wang-yi-attends-sco-foreign-ministers-meeting/parallel/index.html"),
                Arguments.of("404.html", "404.html"));
    }

    @ParameterizedTest(name = "{1} matches {0}")
    @MethodSource("pages")
    void builtFileMatchesItsGoldenFile(String golden, String built) throws Exception {
        assertFalse(result.hasErrors(), result.problems().toString());
        byte[] actual = Files.readAllBytes(out.resolve("site").resolve(built));
        Path expected = EXPECTED.resolve(golden);
        if (UPDATE) {
            Files.createDirectories(EXPECTED);
            Files.write(expected, actual);
            throw new AssertionError("rewrote " + expected + "; review the diff, then run without -Dduet.updateGolden");
        }
        assertTrue(Files.exists(expected), "no golden file " + expected + "; run with -Dduet.updateGolden=true");
        // Compare as text first for a readable diff, then as bytes.
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8),
                built + " differs from " + golden);
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(expected), actual), built);
    }
}
