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
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The news pages as a reader sees them in headless Chromium: the front page of each language (the lead story large,
 * then the sections), a section page and a reporter page, on a desktop and on a phone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrontPageTest {

    @TempDir
    static Path temp;

    private PreviewServer server;
    private ChromeDriver driver;
    private String base;

    @BeforeAll
    void startSiteAndBrowser() throws Exception {
        Assumptions.assumeTrue(Browser.installed(),
                "chromium or chromedriver not installed (scripts/install-browser.sh installs both)");
        Path site = Browser.copySampleSiteWithArticles(temp);
        Path output = site.resolve("target/site");
        Files.createDirectories(output);
        server = new PreviewServer(output, PreviewServer.LOOPBACK, 0);
        server.start();
        base = server.url().toString();
        SiteConfig config = SiteConfig.builder(site).baseUrl(base).outputDir("target/site").cacheDir("target/duet")
                .build();
        Duet duet = new Duet(config, BuildListener.silent());
        duet.importSources();
        BuildResult result = duet.build();
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

    private void open(String path, int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        driver.get(base + path);
        Browser.waitFor(driver, 10).until(d -> "complete".equals(
                ((ChromeDriver) d).executeScript("return document.readyState")));
    }

    /** The whole page, not only the window: a front page is read by scrolling. */
    private void screenshot(String name) {
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        int width = driver.manage().window().getSize().getWidth();
        driver.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height, 600), 4000)));
        Browser.screenshot(driver, name);
    }

    private void assertNothingOverflows(String path) {
        long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
        long innerWidth = (Long) driver.executeScript("return window.innerWidth");
        assertTrue(scrollWidth <= innerWidth, "no horizontal scroll on /" + path + ": " + scrollWidth + " > "
                + innerWidth);
        // Nor does any single element stick out of the page (a long headline, a card, the section bar).
        Object wide = driver.executeScript("""
                const w = document.documentElement.clientWidth;
                for (const e of document.querySelectorAll('main *, header > *')) {
                  const r = e.getBoundingClientRect();
                  if (r.width > 0 && (r.right > w + 1 || r.left < -1) && !e.closest('.section-nav-inner')
                      && !e.closest('.skip-link') && !e.closest('.visually-hidden')) {
                    return e.tagName + '.' + e.className + ' ' + Math.round(r.left) + '..' + Math.round(r.right);
                  }
                }
                return '';""");
        assertEquals("", wide, "an element overflows /" + path + " at " + innerWidth + " px");
    }

    @Test
    void theFrontPageLeadsLargeThenShowsTheSectionsAndFitsAPhone() {
        open("zh/", 1280);
        WebElement lead = driver.findElement(By.cssSelector(".lead-story .lead-title"));
        WebElement card = driver.findElement(By.cssSelector(".front-section .item-title"));
        double leadSize = Double.parseDouble(lead.getCssValue("font-size").replace("px", ""));
        double cardSize = Double.parseDouble(card.getCssValue("font-size").replace("px", ""));
        assertTrue(leadSize >= 1.5 * cardSize, "the lead's headline is large: " + leadSize + " vs " + cardSize);
        List<WebElement> sections = driver.findElements(By.cssSelector(".front-section"));
        assertTrue(sections.size() >= 3, "sections on the front page: " + sections.size());
        // On a desktop the sections stand side by side.
        assertEquals(sections.get(0).getLocation().getY(), sections.get(1).getLocation().getY(),
                "the first two sections share a row at 1280 px");
        assertTrue(lead.getLocation().getY() < sections.get(0).getLocation().getY(), "the lead comes first");
        screenshot("zh-front-1280");

        for (String path : List.of("zh/", "en/")) {
            open(path, 375);
            assertNothingOverflows(path);
            List<WebElement> stacked = driver.findElements(By.cssSelector(".front-section"));
            assertTrue(stacked.get(1).getLocation().getY() > stacked.get(0).getLocation().getY(),
                    "the sections stack at 375 px");
            if (path.equals("en/")) {
                screenshot("en-front-375");
            }
        }
        open("en/", 1280);
        screenshot("en-front-1280");
        open("zh/", 375);
        screenshot("zh-front-375");
        open("", 1280);
        screenshot("landing-1280");
        open("", 375);
        assertNothingOverflows("");
    }

    @Test
    void sectionAndReporterPagesListTheirStoriesOnADesktopAndAPhone() {
        open("zh/gn/", 1280);
        assertEquals("国内", driver.findElement(By.cssSelector("h1")).getText());
        assertEquals("国内", driver.findElement(By.cssSelector(".section-nav [aria-current=page]")).getText());
        screenshot("zh-section-1280");
        open("en/gn/", 375);
        assertNothingOverflows("en/gn/");
        screenshot("en-section-375");

        open("en/reporters/shan-lu/", 1280);
        assertTrue(driver.findElement(By.cssSelector("h1")).getText().contains("Shan Lu"));
        screenshot("en-reporter-1280");
        open("zh/reporters/shan-lu/", 375);
        assertNothingOverflows("zh/reporters/shan-lu/");
        screenshot("zh-reporter-375");
        // The byline leads to the reporter's page.
        open(Browser.SEED_EN, 1280);
        driver.findElement(By.cssSelector(".byline a")).click();
        Browser.waitFor(driver, 10).until(d -> d.getCurrentUrl().endsWith("/en/reporters/shan-lu/"));
    }
}
