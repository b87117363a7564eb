package dev.duet.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a reader sees: the sample site is imported and built as for publishing (with the local server's address as
 * its base URL), served by the preview server on loopback, and read in headless Chromium.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderTest {

    private static final String ZH_TITLE = "王毅出席上海合作组织成员国外长理事会会议";
    private static final String EN_TITLE = "Wang Yi Attends SCO Foreign Ministers’ Meeting";
    private static final String RAIL = "shanghai-nanjing-riverside-high-speed-railway-opens";

    @TempDir
    static Path temp;

    private PreviewServer server;
    private ChromeDriver driver;
    private String base;

    @BeforeAll
    void startSiteAndBrowser() throws Exception {
        Assumptions.assumeTrue(Browser.installed(),
                "chromium or chromedriver not installed (scripts/install-browser.sh installs both)");
        Path site = Browser.copySampleSite(temp);
        Path output = site.resolve("target/site");
        Files.createDirectories(output);
        server = new PreviewServer(output, PreviewServer.LOOPBACK, 0);
        server.start();
        base = server.url().toString();
        SiteConfig config = SiteConfig.builder(site).baseUrl(base).outputDir("target/site").cacheDir("target/duet")
                .build();
        Duet duet = new Duet(config, BuildListener.silent());
        duet.importSources();
        // The sample's rail story as its editors left it: updated, corrected, with an old address and its picture.
        for (String name : List.of(".zh.md", ".en.md", ".jpg")) {
            String file = "articles/2023/" + RAIL + name;
            Files.copy(Browser.SAMPLE_SITE.resolve(file), site.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        BuildResult result = duet.build();
        List<Problem> errors = result.problems().stream().filter(Problem::isError).toList();
        assertTrue(errors.isEmpty(), "the sample site builds without errors: " + errors);
        assertTrue(Files.isRegularFile(output.resolve(Browser.SEED_ZH + "index.html")), "seed zh page built");
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

    @BeforeEach
    void desktopAndEmptyLogs() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        Browser.severeConsole(driver);
        Browser.requestedUrls(driver);
    }

    private void open(String path) {
        driver.get(base + path);
        Browser.waitFor(driver, 10).until(d -> "complete".equals(
                ((ChromeDriver) d).executeScript("return document.readyState")));
    }

    @Test
    void chineseArticleShowsTitleBodyDatelineTagsAndSource() {
        open(Browser.SEED_ZH);
        String lang = driver.findElement(By.tagName("html")).getAttribute("lang");
        assertTrue(lang.startsWith("zh"), "html lang: " + lang);
        assertEquals(ZH_TITLE, driver.findElement(By.cssSelector("h1")).getText());
        List<WebElement> paragraphs = driver.findElements(By.cssSelector(".article-body p"));
        assertEquals(7, paragraphs.size(), "paragraphs");
        paragraphs.forEach(p -> assertTrue(p.isDisplayed() && !p.getText().isBlank(), "visible paragraph"));
        assertTrue(paragraphs.get(0).getText().startsWith("中新社阿斯塔纳5月21日电"), paragraphs.get(0).getText());
        // Chinese text asks for a CJK font first, so that its quotation marks, digits and commas are CJK glyphs.
        String font = (String) driver.executeScript("return getComputedStyle(arguments[0]).fontFamily",
                paragraphs.get(0));
        assertTrue(font.startsWith("\"PingFang SC\""), font);
        assertEquals("中新社阿斯塔纳5月21日电", driver.findElement(By.cssSelector(".dateline")).getText());
        List<String> tags = driver.findElements(By.cssSelector(".article-tags a[rel=tag]")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("王毅", "上海合作组织", "外长会议"), tags);
        WebElement source = driver.findElement(By.cssSelector("a.source-link"));
        assertTrue(source.isDisplayed(), "source link visible");
        assertEquals("http://www.chinanews.com/gn/2024/05-21/10220988.shtml", source.getAttribute("href"));
        assertEquals("中国新闻网", source.getText());
        Browser.screenshot(driver, "zh-article-desktop");
        assertNoConsoleErrors();
        assertNoRequestLeavesTheSite();
    }

    @Test
    void aCorrectedStoryShowsItsUpdateAndCorrectionAndItsOldAddressLeadsToIt() {
        String article = "zh/2023/09/" + RAIL + "/";
        open("zh/2023/09/riverside-railway-opens/");
        Browser.waitFor(driver, 10).until(ExpectedConditions.urlToBe(base + article));
        Browser.waitFor(driver, 10).until(d -> "complete".equals(
                ((ChromeDriver) d).executeScript("return document.readyState")));
        WebElement updated = driver.findElement(By.cssSelector(".article-meta .updated"));
        assertTrue(updated.isDisplayed(), "the update is shown next to the date");
        assertEquals("更新于 2023年9月29日 10:00", updated.getText());
        WebElement correction = driver.findElement(By.cssSelector("aside.correction"));
        assertTrue(correction.isDisplayed(), "the correction is shown");
        assertEquals("更正", correction.findElement(By.tagName("h2")).getText());
        assertTrue(correction.getText().contains("278.5公里"), correction.getText());
        // Above the text, where a reader starts.
        int boxTop = correction.getRect().getY();
        int bodyTop = driver.findElement(By.cssSelector(".article-body")).getRect().getY();
        assertTrue(boxTop < bodyTop, boxTop + " < " + bodyTop);
        Browser.screenshot(driver, "zh-correction-desktop");
        assertNoConsoleErrors();
        assertNoRequestLeavesTheSite();
    }

    @Test
    void languageSwitchGoesToTheTranslationAndBack() {
        open(Browser.SEED_ZH);
        driver.findElement(By.cssSelector("a.lang-switch")).click();
        Browser.waitFor(driver, 10).until(ExpectedConditions.urlToBe(base + Browser.SEED_EN));
        assertEquals(EN_TITLE, driver.findElement(By.cssSelector("h1")).getText());
        assertTrue(driver.findElement(By.tagName("html")).getAttribute("lang").startsWith("en"), "html lang");
        assertEquals(7, driver.findElements(By.cssSelector(".article-body p")).size(), "en paragraphs");
        Browser.screenshot(driver, "en-article-desktop");
        driver.findElement(By.cssSelector("a.lang-switch")).click();
        Browser.waitFor(driver, 10).until(ExpectedConditions.urlToBe(base + Browser.SEED_ZH));
        assertEquals(ZH_TITLE, driver.findElement(By.cssSelector("h1")).getText());
        assertNoConsoleErrors();
        assertNoRequestLeavesTheSite();
    }

    @Test
    void tagLinkOpensATagPageListingTheArticle() {
        open(Browser.SEED_ZH);
        WebElement tag = driver.findElement(By.cssSelector(".article-tags a[rel=tag]"));
        String label = tag.getText();
        String href = tag.getAttribute("href");
        tag.click();
        Browser.waitFor(driver, 10).until(ExpectedConditions.urlToBe(href));
        assertTrue(driver.getCurrentUrl().startsWith(base + "zh/"), driver.getCurrentUrl());
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains(label), "tag page heading names the tag");
        List<WebElement> links = driver.findElements(By.cssSelector("main a[href*='" + Browser.SEED_SLUG + "']"));
        assertFalse(links.isEmpty(), "tag page lists the article");
        assertTrue(links.stream().anyMatch(a -> a.isDisplayed() && a.getText().contains(ZH_TITLE)),
                "tag page shows the article's title");

        open(Browser.SEED_EN);
        WebElement enTag = driver.findElement(By.cssSelector(".article-tags a[rel=tag]"));
        String enHref = enTag.getAttribute("href");
        enTag.click();
        Browser.waitFor(driver, 10).until(ExpectedConditions.urlToBe(enHref));
        assertTrue(driver.findElements(By.cssSelector("main a[href*='" + Browser.SEED_SLUG + "']")).stream()
                .anyMatch(a -> a.getText().contains(EN_TITLE)), "en tag page lists the article");
        Browser.screenshot(driver, "en-tag-page");
        assertNoConsoleErrors();
        assertNoRequestLeavesTheSite();
    }

    @Test
    void readableOnAPhoneAndOnADesktop() {
        driver.manage().window().setSize(new Dimension(375, 800));
        for (String path : List.of("zh/", "en/", Browser.SEED_ZH, Browser.SEED_EN)) {
            open(path);
            long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
            long innerWidth = (Long) driver.executeScript("return window.innerWidth");
            assertTrue(scrollWidth <= innerWidth,
                    "no horizontal scroll at 375 px on /" + path + ": " + scrollWidth + " > " + innerWidth);
            if (path.equals("zh/")) {
                Browser.screenshot(driver, "zh-home-375");
            }
            if (path.equals(Browser.SEED_ZH)) {
                // The links under the headline line up at the left when they wrap.
                List<WebElement> links = driver.findElements(By.cssSelector(".translation-link a"));
                assertEquals(2, links.size());
                if (links.get(1).getLocation().getY() > links.get(0).getLocation().getY()) {
                    assertEquals(links.get(0).getLocation().getX(), links.get(1).getLocation().getX(),
                            "the parallel view's link starts where the translation's does");
                }
                Browser.screenshot(driver, "zh-article-375");
            }
        }
        driver.manage().window().setSize(new Dimension(1280, 900));
        open(Browser.SEED_ZH);
        long bodyWidth = (Long) driver.executeScript(
                "return Math.round(document.querySelector('.article-body').getBoundingClientRect().width)");
        assertTrue(bodyWidth > 300 && bodyWidth < 800, "article body width at 1280 px: " + bodyWidth);
        assertNoConsoleErrors();
        assertNoRequestLeavesTheSite();
    }

    /**
     * The "most read" box under an article is filled by its script after the page is shown: its places are there
     * from the first paint, so the stories arriving move nothing on the page, on a desktop and on a phone. The
     * network is slowed so that the box's list arrives well after the first paint, and the window is tall enough
     * that the box and the footer under it are on the screen.
     */
    @Test
    void theMostReadBoxFillsItsPlacesWithoutMovingThePage() {
        Object shifts = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", Browser.LAYOUT_SHIFTS)).get("identifier");
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 300,
                "downloadThroughput", -1, "uploadThroughput", -1));
        try {
            for (int width : List.of(1280, 375)) {
                driver.manage().window().setSize(new Dimension(width, 4000));
                // Each language's box counts its week back from its own newest story: both have one.
                for (String path : List.of(Browser.SEED_ZH, Browser.SEED_EN)) {
                    driver.get(base + path);
                    Browser.waitFor(driver, 10).until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                            "return document.readyState === 'complete'"
                                    + " && document.querySelectorAll('aside.most-read li a').length > 0")));
                    List<?> values = (List<?>) driver.executeScript("return window.__shifts");
                    double total = values.stream().mapToDouble(v -> ((Number) v).doubleValue()).sum();
                    assertEquals(0.0, total, 1e-6, "layout shifts at " + width + " px on /" + path + ": "
                            + driver.executeScript("return window.__shiftSources"));
                    assertTrue((Boolean) driver.executeScript("const b = document.querySelector('aside.most-read');"
                            + " return b.getBoundingClientRect().bottom"
                            + " < document.querySelector('.site-footer').getBoundingClientRect().top + 1"
                            + " && b.getBoundingClientRect().bottom < window.innerHeight"),
                            "the box and the footer under it were on the screen at " + width + " px");
                }
                driver.manage().window().setSize(new Dimension(width, 800));
                driver.executeScript("document.querySelector('aside.most-read').scrollIntoView({block: 'center'})");
                Browser.screenshot(driver, "zh-article-most-read-" + width);
            }
        } finally {
            driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                    "downloadThroughput", -1, "uploadThroughput", -1));
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", shifts));
        }
        assertNoConsoleErrors();
    }

    /** WCAG AA: every piece of text has a contrast ratio of at least 4.5:1 with what is behind it, light and dark. */
    @Test
    void textMeetsWcagAaContrastInLightAndDarkSchemes() {
        // The checker itself: a pale grey paragraph on the page's background must be reported.
        open("en/");
        driver.executeScript("var p = document.createElement('p'); p.textContent = 'faint text';"
                + " p.style.color = '#cccccc'; document.querySelector('main').appendChild(p);");
        @SuppressWarnings("unchecked")
        List<String> caught = (List<String>) driver.executeScript(CONTRAST_SCRIPT);
        assertTrue(caught.stream().anyMatch(f -> f.contains("faint text")), "the contrast check works: " + caught);
        for (String scheme : List.of("light", "dark")) {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features",
                    List.of(java.util.Map.of("name", "prefers-color-scheme", "value", scheme))));
            for (String path : List.of(Browser.SEED_ZH, "en/", "zh/tags/", Browser.SEED_ZH + "parallel/")) {
                open(path);
                @SuppressWarnings("unchecked")
                List<String> failures = (List<String>) driver.executeScript(CONTRAST_SCRIPT);
                assertTrue(failures.isEmpty(), scheme + " scheme, /" + path + ": " + failures);
            }
        }
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features", List.of()));
    }

    /** At 200 % zoom a 1280 px window is 640 CSS pixels wide: nothing may need horizontal scrolling. */
    @Test
    void nothingBreaksAtTwoHundredPercentZoom() {
        driver.manage().window().setSize(new Dimension(640, 800));
        for (String path : List.of("zh/", Browser.SEED_ZH, Browser.SEED_EN, Browser.SEED_ZH + "parallel/", "zh/tags/",
                "zh/archive/", "zh/search/")) {
            open(path);
            long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
            long innerWidth = (Long) driver.executeScript("return window.innerWidth");
            assertTrue(scrollWidth <= innerWidth, "/" + path + " at 640 px: " + scrollWidth + " > " + innerWidth);
        }
    }

    /**
     * Walks every element that has its own text, finds the colour behind it (the first ancestor with an opaque
     * background), and reports each pair below 4.5:1 (3:1 for large text).
     */
    private static final String CONTRAST_SCRIPT = """
            function rgb(c) { var m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
              var p = m[1].split(',').map(Number); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; }
            function lum(c) { return [c.r, c.g, c.b].map(function (v) { v /= 255;
              return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
              .reduce(function (s, v, i) { return s + v * [0.2126, 0.7152, 0.0722][i]; }, 0); }
            function background(el) { for (; el; el = el.parentElement) { var b = rgb(getComputedStyle(el).backgroundColor);
              if (b && b.a > 0.95) return b; } return {r: 255, g: 255, b: 255, a: 1}; }
            var failures = [];
            document.querySelectorAll('body *').forEach(function (el) {
              var own = Array.prototype.some.call(el.childNodes, function (n) { return n.nodeType === 3 && n.textContent.trim(); });
              if (!own || el.offsetParent === null && getComputedStyle(el).position !== 'fixed') return;
              var r = el.getBoundingClientRect(); if (r.width === 0 || r.height === 0 || r.right < 0) return;
              var s = getComputedStyle(el), fg = rgb(s.color), bg = background(el);
              var l1 = lum(fg), l2 = lum(bg), ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
              var size = parseFloat(s.fontSize), large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
              if (ratio < (large ? 3 : 4.5)) failures.push(el.tagName + '.' + el.className + ' "' +
                el.textContent.trim().slice(0, 20) + '" ' + ratio.toFixed(2));
            });
            return failures.slice(0, 10);
            """;

    @Test
    void parallelViewShowsPairsSideBySideOnADesktopAndStackedOnAPhone() {
        open(Browser.SEED_ZH);
        driver.findElement(By.cssSelector("a.parallel-link")).click();
        Browser.waitFor(driver, 10).until(ExpectedConditions.urlToBe(base + Browser.SEED_ZH + "parallel/"));
        List<WebElement> rows = driver.findElements(By.cssSelector(".parallel-row:not(.parallel-head)"));
        assertEquals(7, rows.size(), "the seed's 7 zh paragraphs align with its 7 en paragraphs");
        WebElement zh = rows.get(0).findElement(By.cssSelector(".parallel-zh"));
        WebElement en = rows.get(0).findElement(By.cssSelector(".parallel-en"));
        assertTrue(zh.getText().startsWith("中新社阿斯塔纳5月21日电"), zh.getText());
        assertTrue(en.getText().startsWith("BEIJING, May 21"), en.getText());
        assertEquals(zh.getLocation().getY(), en.getLocation().getY(), "side by side: same top at 1280 px");
        // One type family and one colour for both languages; the column headings are headings, not links.
        assertEquals(en.getCssValue("color"), zh.getCssValue("color"));
        String enFont = (String) driver.executeScript("return getComputedStyle(arguments[0]).fontFamily", en);
        assertFalse(enFont.contains("Charter"), "the English column is set in the page's sans, not a serif: " + enFont);
        assertTrue(driver.findElements(By.cssSelector(".parallel-head a")).isEmpty(), "headings are not links");
        assertTrue(en.getLocation().getX() > zh.getLocation().getX() + zh.getSize().getWidth() - 1,
                "the English column is right of the Chinese one");
        Browser.screenshot(driver, "parallel-desktop");

        driver.manage().window().setSize(new Dimension(375, 800));
        open(Browser.SEED_ZH + "parallel/");
        WebElement zhPhone = driver.findElement(By.cssSelector(".parallel-row:not(.parallel-head) .parallel-zh"));
        WebElement enPhone = driver.findElement(By.cssSelector(".parallel-row:not(.parallel-head) .parallel-en"));
        assertTrue(enPhone.getLocation().getY() >= zhPhone.getLocation().getY() + zhPhone.getSize().getHeight() - 1,
                "stacked at 375 px: the English paragraph is below the Chinese one");
        assertEquals("grid", driver.executeScript("return getComputedStyle(document.querySelector('.parallel-head'))"
                + ".display"), "the column headings are out of sight, not out of the table a screen reader reads");
        long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
        long innerWidth = (Long) driver.executeScript("return window.innerWidth");
        assertTrue(scrollWidth <= innerWidth, "no horizontal scroll: " + scrollWidth + " > " + innerWidth);
        Browser.screenshot(driver, "parallel-375");

        open(Browser.SEED_EN);
        assertFalse(driver.findElements(By.cssSelector("a.parallel-link")).isEmpty(),
                "the English article links to the parallel view too");
        assertNoConsoleErrors();
        assertNoRequestLeavesTheSite();
    }

    @Test
    void searchFindsArticlesByChineseAndEnglishWordsAndSwitchesLanguage() {
        // The header's search box submits to the search page, which runs the query in the browser.
        open("zh/");
        WebElement box = driver.findElement(By.cssSelector("form.site-search input[name=q]"));
        box.sendKeys("上海合作组织");
        box.submit();
        List<WebElement> results = awaitResults();
        WebElement first = results.get(0).findElement(By.cssSelector(".item-title a"));
        assertEquals(ZH_TITLE, first.getText(), "the seed is the first hit for 上海合作组织");
        assertFalse(results.get(0).findElements(By.cssSelector("mark")).isEmpty(), "the match is highlighted");
        Browser.screenshot(driver, "search-zh");

        open("zh/search/?q=" + java.net.URLEncoder.encode("外长", java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(awaitResults().stream().anyMatch(r -> r.getText().contains(ZH_TITLE)), "外长 finds the seed");
        assertEquals(1, driver.findElements(By.cssSelector("input[type=search]")).size(),
                "the search page has one search box, its own");
        // Two words typed together: the seed has 上海合作组织 and 外长, never 织外, which is where they meet.
        open("zh/search/?q=" + java.net.URLEncoder.encode("上海合作组织外长", java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(awaitResults().get(0).getText().contains(ZH_TITLE), "上海合作组织外长 finds the seed");

        open("en/search/?q=meetings");
        List<WebElement> english = awaitResults();
        assertTrue(english.get(0).getText().contains(EN_TITLE), "'meetings' finds the title's 'Meeting' first");
        english.get(0).findElement(By.cssSelector(".item-title a")).click();
        Browser.waitFor(driver, 10).until(ExpectedConditions.urlToBe(base + Browser.SEED_EN));

        // "2001" is in both texts of the seed: the founding year of the SCO.
        open("en/search/?q=2001");
        assertTrue(awaitResults().stream().anyMatch(r -> r.getText().contains(EN_TITLE)), "2001 finds the seed");
        driver.findElement(By.id("search-other")).click();
        Browser.waitFor(driver, 10).until(d -> d.getCurrentUrl().startsWith(base + "zh/search/"));
        assertTrue(driver.getCurrentUrl().contains("q=2001"), "the query goes along: " + driver.getCurrentUrl());
        assertTrue(awaitResults().stream().anyMatch(r -> r.getText().contains(ZH_TITLE)),
                "the Chinese index finds the seed for the same query");

        // Punctuation alone has no word to look for: it finds nothing, and says so as any query that finds nothing.
        open("en/search/?q=" + java.net.URLEncoder.encode("!!!???...", java.nio.charset.StandardCharsets.UTF_8));
        Browser.waitFor(driver, 10).until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
        assertEquals("No articles match your search.", driver.findElement(By.id("search-status")).getText());
        assertTrue(driver.findElements(By.cssSelector("#search-results li")).isEmpty());
        assertNoConsoleErrors();
        assertNoRequestLeavesTheSite();
    }

    @Test
    void eachSearchIsAHistoryEntryAndAnEmptyOneSaysWhy() {
        open("en/search/?q=" + java.net.URLEncoder.encode("SCO\nmeetings", java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("SCO meetings", driver.findElement(By.id("search-q")).getAttribute("value"),
                "a line break in the address parts the words");
        assertTrue(awaitResults().get(0).getText().contains(EN_TITLE));
        WebElement box = driver.findElement(By.id("search-q"));
        box.clear();
        box.sendKeys("2001", org.openqa.selenium.Keys.ENTER);
        Browser.waitFor(driver, 10).until(d -> d.getCurrentUrl().endsWith("?q=2001"));
        driver.navigate().back();
        Browser.waitFor(driver, 10).until(d -> d.getCurrentUrl().contains("q=SCO"));
        Browser.waitFor(driver, 10).until(d -> "SCO meetings".equals(
                d.findElement(By.id("search-q")).getAttribute("value")));
        assertTrue(awaitResults().get(0).getText().contains(EN_TITLE), "Back runs the earlier search again");

        open("en/search/?q=the+of");
        Browser.waitFor(driver, 10).until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
        assertTrue(driver.findElement(By.id("search-status")).getText().startsWith("Only words too common"),
                driver.findElement(By.id("search-status")).getText());

        open("en/search/?year=2024");
        Browser.waitFor(driver, 10).until(d -> !d.findElements(By.cssSelector("#search-status a")).isEmpty());
        WebElement year = driver.findElement(By.cssSelector("#search-status a"));
        assertEquals("All the articles of 2024", year.getText());
        assertTrue(year.getAttribute("href").endsWith("/en/2024/"), year.getAttribute("href"));
        assertNoConsoleErrors();
    }

    private List<WebElement> awaitResults() {
        Browser.waitFor(driver, 10).until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
        return driver.findElements(By.cssSelector("#search-results li"));
    }

    private void assertNoConsoleErrors() {
        List<String> severe = Browser.severeConsole(driver);
        assertTrue(severe.isEmpty(), "console errors: " + severe);
    }

    private void assertNoRequestLeavesTheSite() {
        List<String> urls = Browser.requestedUrls(driver);
        assertFalse(urls.isEmpty(), "the performance log recorded the page's requests");
        List<String> outside = urls.stream()
                .filter(u -> !u.startsWith(base) && !u.startsWith("data:") && !u.startsWith("about:"))
                .collect(Collectors.toList());
        assertTrue(outside.isEmpty(), "requests leaving " + base + ": " + outside);
    }
}
