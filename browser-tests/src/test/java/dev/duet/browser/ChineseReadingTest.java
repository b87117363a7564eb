package dev.duet.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.BuildResult;
import dev.duet.Duet;
import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.BuildListener;
import dev.duet.serve.PreviewServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 * Chinese as a reader meets it: a search for 臺北 finds 台北 and the other way round, on a 375 px phone a long
 * headline wraps between characters but never inside 2024年, 5.2%, 二〇二四年 or COVID-19, and an article page's
 * "most read" box fills itself. A small site of its own, built and served on loopback, read in headless Chromium.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChineseReadingTest {

    private static final String LONG_TITLE =
            "国家统计局发布数据：2024年国内生产总值增长5.2%，二〇二四年经济运行总体平稳，COVID-19疫情后消费持续恢复";
    private static final String LONG_PAGE = "zh/2024/02/economy/";

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
        article(site, "taipei-fair.zh.md", "臺北國際書展開幕", "Hant", "2024-02-01", "taipei-fair",
                "第三十二屆臺北國際書展今日開幕，展期六天。");
        article(site, "taibei-fair.zh.md", "台北书展吸引大批读者", "Hans", "2024-02-03", "taibei-fair",
                "台北书展吸引了大批读者前来参观。");
        article(site, "shanghai-fair.zh.md", "上海书展开幕", "Hans", "2024-02-05", "shanghai-fair",
                "上海书展今日开幕。");
        article(site, "economy.zh.md", LONG_TITLE, "Hans", "2024-02-06", "economy", "经济运行总体平稳。");
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

    private static void article(Path site, String name, String title, String script, String date, String slug,
            String body) throws Exception {
        Path file = site.resolve("articles/2024").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: \"" + title + "\"\nlang: \"zh\"\nscript: \"" + script + "\"\ndate: \""
                + date + "\"\nslug: \"" + slug + "\"\nviews: " + (body.length() * 10) + "\n---\n\n" + body + "\n");
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

    private void open(String path) {
        driver.get(base + path);
        Browser.waitFor(driver, 10).until(d -> "complete".equals(
                ((ChromeDriver) d).executeScript("return document.readyState")));
    }

    private List<String> resultTitles() {
        Browser.waitFor(driver, 10).until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
        return driver.findElements(By.cssSelector("#search-results .item-title")).stream().map(WebElement::getText)
                .sorted().toList();
    }

    @Test
    void traditionalAndSimplifiedSearchesFindBothForms() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        for (String query : List.of("臺北", "台北")) {
            open("zh/search/");
            WebElement box = driver.findElement(By.id("search-q"));
            box.clear();
            box.sendKeys(query);
            box.submit();
            assertEquals(List.of("台北书展吸引大批读者", "臺北國際書展開幕"), resultTitles(), query);
            assertFalse(driver.findElements(By.cssSelector("#search-results mark")).isEmpty(),
                    "the other form is highlighted too: " + query);
        }
        // An English query never fetches the table.
        open("zh/search/?q=" + URLEncoder.encode("书展", StandardCharsets.UTF_8));
        assertEquals(3, resultTitles().size(), "书展 finds 書展 too");
        Browser.screenshot(driver, "search-traditional");
        assertTrue(Browser.severeConsole(driver).isEmpty());
    }

    @Test
    void aLongHeadlineWrapsOnAPhoneButNeverInsideANumberOrAWord() {
        driver.manage().window().setSize(new Dimension(375, 800));
        open(LONG_PAGE);
        WebElement title = driver.findElement(By.cssSelector("h1.article-title"));
        assertEquals(LONG_TITLE, title.getText());
        Number lines = (Number) driver.executeScript("""
                const range = document.createRange();
                range.selectNodeContents(arguments[0]);
                return new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top))).size;
                """, title);
        assertTrue(lines.intValue() >= 3, "the headline wraps on a phone: " + lines + " lines");
        List<WebElement> kept = title.findElements(By.cssSelector(".nobr"));
        assertEquals(List.of("2024年", "5.2%", "二〇二四年", "COVID-19"), kept.stream().map(WebElement::getText).toList());
        for (WebElement run : kept) {
            Number boxes = (Number) driver.executeScript("return arguments[0].getClientRects().length", run);
            assertEquals(1, boxes.intValue(), run.getText() + " is on one line");
        }
        Boolean fits = (Boolean) driver.executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth");
        assertTrue(fits, "nothing sticks out of a 375 px page");
        Browser.screenshot(driver, "headline-375");
    }

    @Test
    void anArticlePagesMostReadBoxFillsFromTheSharedFile() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        open("zh/2024/02/shanghai-fair/");
        WebElement box = driver.findElement(By.cssSelector("aside.most-read"));
        // The box and its places are there at once; the stories arrive from most-read.json.
        assertTrue(box.isDisplayed());
        Browser.waitFor(driver, 10).until(d -> !box.findElements(By.cssSelector("li a")).isEmpty());
        List<String> titles = box.findElements(By.cssSelector("li a")).stream().map(WebElement::getText).toList();
        // Views are ten per character of the body: the Traditional story's is the longest.
        assertEquals("臺北國際書展開幕", titles.get(0), titles.toString());
        assertEquals(4, titles.size());
        assertEquals("zh-Hant", box.findElement(By.cssSelector("li a")).getAttribute("lang"));
        assertEquals(1, box.findElements(By.cssSelector("[aria-current=page]")).size(), "this page is marked");
        assertTrue(Browser.severeConsole(driver).isEmpty());
        Browser.screenshot(driver, "most-read-article");
    }
}
