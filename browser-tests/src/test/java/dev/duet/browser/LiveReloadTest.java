package dev.duet.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.Duet;
import dev.duet.Preview;
import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.BuildListener;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Live reload as a writer sees it: the preview ({@code Duet.serve}) is open in Chromium, the writer edits an article
 * and the page reloads itself; a broken template shows an error overlay over the page, and fixing it removes the
 * overlay. The test never reloads the page: only the preview's event stream does. The steps run in order, on one
 * page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveReloadTest {

    /** The overlay's element id, from the preview's live reload script. */
    private static final String OVERLAY = "__duet-overlay";
    private static final String MARKER = "浏览器测试新增的一句话，用来确认页面自动刷新。";
    private static final int WAIT_SECONDS = 10;

    @TempDir
    static Path temp;

    private Path site;
    private Preview preview;
    private ChromeDriver driver;

    @BeforeAll
    void startPreviewAndBrowser() throws Exception {
        Assumptions.assumeTrue(Browser.installed(),
                "chromium or chromedriver not installed (scripts/install-browser.sh installs both)");
        site = Browser.copySampleSite(temp);
        // the override folder exists, as in a site that customises its theme; the preview watches it
        Files.createDirectories(site.resolve("theme/templates"));
        SiteConfig config = SiteConfig.builder(site).baseUrl("https://news.example.org/").build();
        preview = new Duet(config, BuildListener.silent()).serve("127.0.0.1", 0);
        driver = Browser.start(temp.resolve("profile"), 1280, 900);
        driver.get(preview.url() + Browser.SEED_ZH);
        assertEquals("王毅出席上海合作组织成员国外长理事会会议", driver.findElement(By.cssSelector("h1")).getText());
        waitForEventStream();
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (preview != null) {
                preview.close();
            }
        }
    }

    @Test
    @Order(1)
    void editingTheArticleReloadsThePage() throws Exception {
        Path article = site.resolve("articles/2024/" + Browser.SEED_SLUG + ".zh.md");
        String markdown = Files.readString(article, StandardCharsets.UTF_8);
        String replaced = markdown.lines().filter(l -> l.startsWith("会后")).findFirst().orElseThrow();
        markAsBeforeChange();
        Files.writeString(article, markdown.replace(replaced, MARKER), StandardCharsets.UTF_8);

        long start = System.nanoTime();
        Browser.waitFor(driver, WAIT_SECONDS).until(d -> reloaded() && bodyText().contains(MARKER));
        System.out.printf("live reload: edit visible in the browser after %d ms%n",
                (System.nanoTime() - start) / 1_000_000);
        assertFalse(bodyText().contains(replaced), "the replaced sentence is gone");
        assertEquals(7, driver.findElements(By.cssSelector(".article-body p")).size());
        waitForEventStream();
    }

    @Test
    @Order(2)
    void aBrokenTemplateShowsAnErrorOverlay() throws Exception {
        Path template = site.resolve("theme/templates/article.ftlh");
        Files.writeString(template, "<#import \"layout.ftlh\" as layout>\n<@layout.shell; section>\n"
                + "<#if section == \"head\">\n<h1>${article.title}\n</@layout.shell>\n", StandardCharsets.UTF_8);

        long start = System.nanoTime();
        WebElement overlay = Browser.waitFor(driver, WAIT_SECONDS).until(d -> {
            List<WebElement> found = d.findElements(By.id(OVERLAY));
            return found.isEmpty() || !found.get(0).getText().contains("article.ftlh") ? null : found.get(0);
        });
        System.out.printf("live reload: error overlay shown after %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertTrue(overlay.isDisplayed(), "overlay visible");
        assertEquals("alert", overlay.getAttribute("role"));
        assertTrue(overlay.getText().contains("Duet found errors"), overlay.getText());
        // the last good page stays under the overlay
        assertTrue(bodyText().contains(MARKER), "last good version still shown");
        Browser.screenshot(driver, "live-reload-error-overlay");
    }

    @Test
    @Order(3)
    void fixingTheTemplateRemovesTheOverlayAndReloads() throws Exception {
        markAsBeforeChange();
        Files.delete(site.resolve("theme/templates/article.ftlh"));

        long start = System.nanoTime();
        Browser.waitFor(driver, WAIT_SECONDS).until(d -> reloaded() && d.findElements(By.id(OVERLAY)).isEmpty()
                && "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
        System.out.printf("live reload: overlay gone and page reloaded after %d ms%n",
                (System.nanoTime() - start) / 1_000_000);
        assertEquals("王毅出席上海合作组织成员国外长理事会会议", driver.findElement(By.cssSelector("h1")).getText());
        assertTrue(bodyText().contains(MARKER), "the edited article is still shown");
        List<String> severe = Browser.severeConsole(driver).stream().filter(m -> !m.contains("favicon.ico"))
                .collect(Collectors.toList());
        assertTrue(severe.isEmpty(), "console errors: " + severe);
    }

    /** Marks the page in the browser's memory: a reload clears the mark, anything else keeps it. */
    private void markAsBeforeChange() {
        driver.executeScript("window.__duetBeforeChange = true;");
    }

    private boolean reloaded() {
        return Boolean.TRUE.equals(driver.executeScript("return window.__duetBeforeChange === undefined;"));
    }

    private String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * Waits until the page's live reload connection has its response headers, so that the next change reaches it.
     * (An event stream never finishes loading, so it never shows in the page's resource timing; the DevTools
     * network log sees it.) Reads, and so empties, the performance log.
     */
    private void waitForEventStream() {
        Browser.waitFor(driver, WAIT_SECONDS).until(d -> Browser.networkUrls(driver, "Network.responseReceived",
                "response").stream().anyMatch(u -> u.endsWith("/__duet/events")));
    }
}
