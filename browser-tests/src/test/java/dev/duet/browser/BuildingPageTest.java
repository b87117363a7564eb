package dev.duet.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.Duet;
import dev.duet.Preview;
import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Problem;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The preview opened in Chromium while its first build runs: the page says the site is being built, and becomes the
 * page asked for when the build ends, without anyone reloading it.
 */
class BuildingPageTest {

    private static final int WAIT_SECONDS = 20;

    @TempDir
    Path temp;

    @Test
    void aPageOpenedDuringTheFirstBuildBecomesThePageWhenTheBuildEnds() throws Exception {
        Assumptions.assumeTrue(Browser.installed(),
                "chromium or chromedriver not installed (scripts/install-browser.sh installs both)");
        Path site = Browser.copySampleSite(temp);
        SiteConfig config = SiteConfig.builder(site).baseUrl("https://news.example.org/").build();
        CompletableFuture<URI> address = new CompletableFuture<>();
        CountDownLatch buildMayGoOn = new CountDownLatch(1);
        // The first message after the address comes from the first import: the build waits there until told.
        BuildListener paused = new BuildListener() {
            @Override
            public void problem(Problem problem) {
            }

            @Override
            public void info(String message) {
                if (message.startsWith("Previewing ")) {
                    address.complete(URI.create(message.substring(message.indexOf(" at ") + 4,
                            message.indexOf(" (Ctrl-C"))));
                } else if (address.isDone()) {
                    try {
                        buildMayGoOn.await(WAIT_SECONDS, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        ExecutorService starting = Executors.newSingleThreadExecutor();
        ChromeDriver driver = null;
        try {
            Future<Preview> serving = starting.submit(() -> new Duet(config, paused).serve("127.0.0.1", 0));
            URI page = address.get(WAIT_SECONDS, TimeUnit.SECONDS).resolve(Browser.SEED_ZH);
            driver = Browser.start(temp.resolve("profile"), 1280, 900);
            driver.get(page.toString());
            assertEquals("正在生成… Building…", driver.findElement(By.cssSelector("h1")).getText());
            driver.executeScript("window.__duetBuilding = true;");
            ChromeDriver browser = driver;
            Browser.waitFor(driver, WAIT_SECONDS).until(d -> Browser.networkUrls(browser, "Network.responseReceived",
                    "response").stream().anyMatch(u -> u.endsWith("/__duet/events?building")));

            buildMayGoOn.countDown();

            // A new document, and the article in it: the building page may reload itself once more on its own
            // before the build ends, so the article's heading is what says the site is there. The heading is read
            // in the same script as the document's state: a reload between two calls would leave a found element
            // in a document that is gone.
            Browser.waitFor(driver, WAIT_SECONDS).ignoring(WebDriverException.class).until(d ->
                    "王毅出席上海合作组织成员国外长理事会会议".equals(browser.executeScript(
                            "return window.__duetBuilding === undefined && document.readyState === 'complete'"
                            + " && document.querySelector('h1') ? document.querySelector('h1').innerText.trim()"
                            + " : null;")));
            assertTrue(driver.findElements(By.cssSelector("meta[name=duet-building]")).isEmpty());
            serving.get(WAIT_SECONDS, TimeUnit.SECONDS).close();
        } finally {
            buildMayGoOn.countDown();
            starting.shutdownNow();
            if (driver != null) {
                driver.quit();
            }
        }
    }
}
