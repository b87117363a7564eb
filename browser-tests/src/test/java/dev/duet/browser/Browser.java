package dev.duet.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the tests, from the Debian packages (never Selenium Manager, which would try to download a
 * browser), and the sample site copied into a temporary folder.
 */
final class Browser {

    static final Path CHROMIUM = Path.of(System.getProperty("duet.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("duet.chromedriver", "/usr/bin/chromedriver"));

    /** The repository's sample site, relative to this module (surefire runs in the module folder). */
    static final Path SAMPLE_SITE = Path.of("..", "content").toAbsolutePath().normalize();

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static final String SEED_SLUG = "wang-yi-attends-sco-foreign-ministers-meeting";
    static final String SEED_ZH = "zh/2024/05/" + SEED_SLUG + "/";
    static final String SEED_EN = "en/2024/05/" + SEED_SLUG + "/";

    /**
     * Records every layout shift from the start of a page's load, before any script of the page runs, in
     * {@code window.__shifts}, and what moved in each (element, class, the box before and after) in
     * {@code window.__shiftSources}, for a failure to name; given to {@code Page.addScriptToEvaluateOnNewDocument}.
     */
    static final String LAYOUT_SHIFTS = """
            window.__shifts = [];
            window.__shiftSources = [];
            new PerformanceObserver(list => list.getEntries().forEach(e => {
                window.__shifts.push(e.value);
                window.__shiftSources.push(e.value + ' at ' + Math.round(e.startTime) + ' ms: ' + (e.sources || [])
                    .map(s => (s.node ? s.node.nodeName + '.' + (s.node.className || '') : '?') + ' '
                        + JSON.stringify(s.previousRect) + ' -> ' + JSON.stringify(s.currentRect)).join('; '));
            })).observe({type: 'layout-shift', buffered: true});
            """;

    private Browser() {
    }

    static boolean installed() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && !TOLD.getAndSet(true)) {
            // Said once, loudly, in Maven's log: a skipped browser test is not a passed one.
            System.err.println("""
                    [WARNING] ============================================================================
                    [WARNING] Chromium or chromedriver is missing: the browser tests are SKIPPED, not passed.
                    [WARNING] Install them (Debian's chromium, chromium-driver, fonts-noto-cjk) as root with
                    [WARNING]     bash scripts/install-browser.sh
                    [WARNING] and run ./mvnw install again.
                    [WARNING] ============================================================================""");
        }
        return installed;
    }

    private static final AtomicBoolean TOLD = new AtomicBoolean();

    /** A fresh headless Chromium with its own profile, recording console and network logs. */
    static ChromeDriver start(Path profileDir, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profileDir.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--lang=zh-CN");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL", LogType.PERFORMANCE, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        return driver;
    }

    static WebDriverWait waitFor(ChromeDriver driver, int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        // the page may be mid-reload, or the overlay replaced, between finding an element and reading it
        wait.pollingEvery(Duration.ofMillis(100)).ignoring(StaleElementReferenceException.class)
                .ignoring(JavascriptException.class);
        return wait;
    }

    /**
     * Copies the sample site's sources, glossary and sections (not its articles: the test imports them) into
     * {@code dir}.
     */
    static Path copySampleSite(Path dir) throws IOException {
        Path site = dir.resolve("site");
        copyTree(SAMPLE_SITE.resolve("sources"), site.resolve("sources"));
        Files.copy(SAMPLE_SITE.resolve("glossary.yaml"), site.resolve("glossary.yaml"));
        Files.copy(SAMPLE_SITE.resolve("sections.tsv"), site.resolve("sections.tsv"));
        return site;
    }

    /** The sample site with its articles as its editors left them (their sections, for one), to import over. */
    static Path copySampleSiteWithArticles(Path dir) throws IOException {
        Path site = copySampleSite(dir);
        copyTree(SAMPLE_SITE.resolve("articles"), site.resolve("articles"));
        return site;
    }

    private static void copyTree(Path from, Path to) throws IOException {
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

    /** Console messages at SEVERE since the last call (reading the log empties it). */
    static List<String> severeConsole(ChromeDriver driver) {
        List<String> out = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                out.add(e.getMessage());
            }
        }
        return out;
    }

    /** Every URL the page asked for since the last read of the performance log (reading empties it). */
    static List<String> requestedUrls(ChromeDriver driver) {
        return networkUrls(driver, "Network.requestWillBeSent", "request");
    }

    /**
     * The URLs of the DevTools network events {@code method} since the last read of the performance log; {@code
     * field} is the event's parameter holding the URL ({@code request} or {@code response}).
     */
    @SuppressWarnings("unchecked")
    static List<String> networkUrls(ChromeDriver driver, String method, String field) {
        Json json = new Json();
        List<String> urls = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> wrapper = json.toType(e.getMessage(), Map.class);
            Map<String, Object> message = (Map<String, Object>) wrapper.get("message");
            if (message != null && method.equals(message.get("method"))) {
                Map<String, Object> params = (Map<String, Object>) message.get("params");
                Map<String, Object> value = (Map<String, Object>) params.get(field);
                urls.add(String.valueOf(value.get("url")));
            }
        }
        return urls;
    }

    static Path screenshot(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: JUnit's @TempDir cleans up what is left
        }
    }
}
