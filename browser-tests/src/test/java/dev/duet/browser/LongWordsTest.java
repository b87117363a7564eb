package dev.duet.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.BuildResult;
import dev.duet.Duet;
import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.BuildListener;
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
 * A story as press releases often are: a long web address in a paragraph, a long Latin name in the Chinese headline,
 * a table of figures and a code block. On a 375 px phone no page it is on scrolls sideways, and at 1280 px the
 * 中英对照 page keeps both columns on the screen. A small site of its own, built and served on loopback, read in
 * headless Chromium.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LongWordsTest {

    private static final String URL = "https://www.example.gov.cn/xxgk/zcfg/2024/05/t20240521_1234567890"
            + "_abcdefghijklmnopqrstuvwxyz.html?utm_source=newsletter&utm_medium=email&utm_campaign=spring";
    private static final String WORD = "Pneumonoultramicroscopicsilicovolcanoconiosis";
    private static final String TABLE = """
            | 省份 | 出口（亿元） | 同比变化 | 进口（亿元） | 同比变化 | 顺差（亿元） |
            |---|---:|---:|---:|---:|---:|
            | 广东省 | 123456.78 | +12.3% | 98765.43 | -4.5% | 24691.35 |
            | 江苏省 | 87654.32 | +8.1% | 54321.09 | +2.2% | 33333.23 |
            """;

    @TempDir
    static Path temp;

    private PreviewServer server;
    private ChromeDriver driver;
    private String base;

    @BeforeAll
    void buildServeAndStart() throws Exception {
        Assumptions.assumeTrue(Browser.installed(),
                "chromium or chromedriver not installed (scripts/install-browser.sh installs both)");
        Path site = temp.resolve("site");
        // A chart wider than any column, beside the articles: it fits the article's column and the 中英对照 page's.
        java.awt.image.BufferedImage chart = new java.awt.image.BufferedImage(1400, 300,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        Files.createDirectories(site.resolve("articles/2024"));
        javax.imageio.ImageIO.write(chart, "png", site.resolve("articles/2024/chart.png").toFile());
        article(site, "trade.zh.md", "zh", WORD + "研究显示广东出口增长", "第一段，详见" + URL + "。\n\n"
                + "![出口图表](chart.png)\n\n" + TABLE
                + "\n```\n" + URL + URL + "\n```\n\n第二段。");
        article(site, "trade.en.md", "en", "A study of " + WORD + " and Guangdong's exports",
                "The first paragraph, see " + URL + ".\n\n![The exports chart](chart.png)\n\n" + TABLE
                        + "\nThe second paragraph.");
        Path output = site.resolve("target/site");
        Files.createDirectories(output);
        server = new PreviewServer(output, PreviewServer.LOOPBACK, 0);
        server.start();
        base = server.url().toString();
        SiteConfig config = SiteConfig.builder(site).baseUrl(base).outputDir("target/site").cacheDir("target/duet")
                .build();
        BuildResult result = new Duet(config, BuildListener.silent()).build();
        assertFalse(result.hasErrors(), result.problems().toString());
        driver = Browser.start(temp.resolve("profile"), 1280, 900);
    }

    private static void article(Path site, String name, String lang, String title, String body) throws Exception {
        Path file = site.resolve("articles/2024").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: \"" + title + "\"\nlang: \"" + lang + "\"\ndate: \"2024-05-21\"\n"
                + "slug: \"trade\"\ntags: [\"" + WORD + "\"]\n---\n\n" + body + "\n");
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

    @Test
    void noPageOfTheStoryScrollsSidewaysOnAPhone() {
        for (String path : List.of("", "zh/", "en/", "zh/2024/05/trade/", "en/2024/05/trade/",
                "zh/2024/05/trade/parallel/", "en/2024/", "zh/2024/05/", "en/tags/", "zh/archive/")) {
            open(path, 375);
            long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
            assertTrue(scrollWidth <= 375, "/" + path + " is " + scrollWidth + " px wide on a 375 px phone");
        }
        Browser.screenshot(driver, "long-words-archive-375");
        open("zh/2024/05/trade/", 375);
        Browser.screenshot(driver, "long-words-zh-375");
        // The table and the code scroll inside their own boxes, and the table's figures stay whole.
        for (String box : List.of(".article-body table", ".article-body pre")) {
            WebElement element = driver.findElement(By.cssSelector(box));
            long inner = (Long) driver.executeScript("return arguments[0].scrollWidth", element);
            long outer = (Long) driver.executeScript("return arguments[0].clientWidth", element);
            assertTrue(inner > outer, box + " scrolls inside its box: " + inner + " > " + outer);
        }
        WebElement figure = driver.findElement(By.xpath("//td[text()='123456.78']"));
        // The column's alignment, as the Markdown asked for it (`---:`).
        assertEquals("right", driver.executeScript("return getComputedStyle(arguments[0]).textAlign", figure));
        assertEquals(1L, driver.executeScript("return arguments[0].getClientRects().length", figure));
        Number lines = (Number) driver.executeScript("""
                const range = document.createRange();
                range.selectNodeContents(arguments[0]);
                return new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top))).size;
                """, figure);
        assertEquals(1, lines.intValue(), "a figure in the table is on one line");
    }

    @Test
    void theParallelPageKeepsBothColumnsOnTheScreen() {
        open("zh/2024/05/trade/parallel/", 1280);
        long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
        assertTrue(scrollWidth <= 1280, "the 中英对照 page is " + scrollWidth + " px wide");
        List<WebElement> english = driver.findElements(By.cssSelector(".parallel-en"));
        assertFalse(english.isEmpty());
        for (WebElement cell : english) {
            Number right = (Number) driver.executeScript("return arguments[0].getBoundingClientRect().right", cell);
            assertTrue(right.doubleValue() <= 1280, "an English cell ends at " + right + " px");
        }
        Browser.screenshot(driver, "long-words-parallel-1280");
        assertTrue(Browser.severeConsole(driver).isEmpty(), Browser.severeConsole(driver).toString());
    }
}
