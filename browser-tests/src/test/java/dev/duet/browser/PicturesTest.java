package dev.duet.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.BuildResult;
import dev.duet.Duet;
import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Problem;
import dev.duet.serve.PreviewServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The sample site's pictures as a reader's browser loads them: the lead picture arrives, from one of its copies,
 * without moving the text below it and without a console error under the pages' Content-Security-Policy; a list
 * card's small copy loads too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PicturesTest {

    private static final String RAIL_ZH = "zh/2023/09/shanghai-nanjing-riverside-high-speed-railway-opens/";

    @TempDir
    static Path temp;

    private PreviewServer server;
    private ChromeDriver driver;
    private String base;

    @BeforeAll
    void buildTheSampleSite() throws Exception {
        Assumptions.assumeTrue(Browser.installed(),
                "chromium or chromedriver not installed (scripts/install-browser.sh installs both)");
        Path site = temp.resolve("site");
        // The sample's articles as they are committed: their front matter names the pictures beside them.
        copyTree(Browser.SAMPLE_SITE.resolve("articles"), site.resolve("articles"));
        Files.copy(Browser.SAMPLE_SITE.resolve("glossary.yaml"), site.resolve("glossary.yaml"));
        Path output = site.resolve("target/site");
        Files.createDirectories(output);
        server = new PreviewServer(output, PreviewServer.LOOPBACK, 0);
        server.start();
        base = server.url().toString();
        SiteConfig config = SiteConfig.builder(site).baseUrl(base).outputDir("target/site").cacheDir("target/duet")
                .build();
        BuildResult result = new Duet(config, BuildListener.silent()).build();
        List<Problem> errors = result.problems().stream().filter(Problem::isError).toList();
        assertTrue(errors.isEmpty(), "the sample site builds without errors: " + errors);
        driver = Browser.start(temp.resolve("profile"), 1280, 900);
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theLeadPictureLoadsWithoutMovingTheTextAndWithoutConsoleErrors() {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", Browser.LAYOUT_SHIFTS));
        Browser.severeConsole(driver);
        driver.get(base + RAIL_ZH);
        Browser.waitFor(driver, 10).until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                "const i = document.querySelector('figure.lead-image img');"
                        + " return document.readyState === 'complete' && i.complete && i.naturalWidth > 0")));
        String current = (String) driver.executeScript(
                "return document.querySelector('figure.lead-image img').currentSrc");
        assertTrue(current.startsWith(base + "images/") && current.endsWith(".jpg"), current);
        // The box the picture takes is the shape of the picture itself: the width and height attributes gave it.
        Map<?, ?> box = (Map<?, ?>) driver.executeScript("const i = document.querySelector('figure.lead-image img');"
                + " const r = i.getBoundingClientRect();"
                + " return {ratio: r.width / r.height, natural: i.naturalWidth / i.naturalHeight}");
        assertEquals(((Number) box.get("natural")).doubleValue(), ((Number) box.get("ratio")).doubleValue(), 0.01);
        List<?> shifts = (List<?>) driver.executeScript("return window.__shifts");
        double total = shifts.stream().mapToDouble(v -> ((Number) v).doubleValue()).sum();
        assertEquals(0.0, total, 0.0001, "layout shifts while the page loaded: "
                + driver.executeScript("return window.__shiftSources"));
        List<String> severe = Browser.severeConsole(driver);
        assertTrue(severe.isEmpty(), "console errors: " + severe);
        Browser.screenshot(driver, "zh-article-picture");
    }

    @Test
    void aListCardShowsItsSmallCopy() {
        Browser.severeConsole(driver);
        driver.get(base + "en/");
        Browser.waitFor(driver, 10).until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                "return document.readyState === 'complete'")));
        // Lazy pictures below the fold load as they come into view.
        driver.executeScript("window.scrollTo(0, document.body.scrollHeight)");
        Browser.waitFor(driver, 10).until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                "return [...document.querySelectorAll('.item-image img')].every(i => i.complete && i.naturalWidth > 0)"
                        + " && document.querySelectorAll('.item-image img').length === 3")));
        List<?> widths = (List<?>) driver.executeScript(
                "return [...document.querySelectorAll('.item-image img')].map(i => i.naturalWidth)");
        widths.forEach(w -> assertTrue(((Number) w).intValue() <= 480, "a card's copy is small: " + widths));
        assertTrue(Browser.severeConsole(driver).isEmpty());
        driver.executeScript("window.scrollTo(0, 0)");
        Browser.screenshot(driver, "en-home-pictures");
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
