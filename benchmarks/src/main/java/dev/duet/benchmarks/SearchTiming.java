package dev.duet.benchmarks;

import dev.duet.Duet;
import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.BuildListener;
import dev.duet.serve.PreviewServer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * How fast search answers in a real browser on a large site: builds a generated site of N articles, serves it on
 * loopback, and in headless Chromium runs typical Chinese and English queries on the search pages, printing for
 * each the time from submitting the query to the first result in the page, and the index bytes it fetched.
 *
 * <pre>java -cp … dev.duet.benchmarks.SearchTiming [N] [--work DIR]</pre>
 */
public final class SearchTiming {

    /** Records when the first result appears, then submits the query; the page's own clock measures both. */
    private static final String RUN_QUERY = """
            var q = arguments[0], done = arguments[arguments.length - 1];
            var list = document.getElementById('search-results'), input = document.getElementById('search-q');
            performance.clearResourceTimings();
            var t0 = performance.now();
            new MutationObserver(function (m, o) {
              if (list.querySelector('li')) {
                o.disconnect();
                var t1 = performance.now();
                var bytes = performance.getEntriesByType('resource').filter(function (e) {
                  return e.name.indexOf('/search/') >= 0 && e.name.endsWith('.json'); })
                  .reduce(function (s, e) { return s + e.encodedBodySize; }, 0);
                done([t1 - t0, bytes, list.querySelectorAll(':scope > li').length]);
              }
            }).observe(list, {childList: true});
            input.value = q;
            document.getElementById('search-form').requestSubmit();
            setTimeout(function () { done([-1, 0, 0]); }, 20000);
            """;

    private SearchTiming() {
    }

    public static void main(String[] args) throws Exception {
        int n = 10_000;
        Path work = Path.of("target/bench-search");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--work")) {
                work = Path.of(args[++i]);
            } else {
                n = Integer.parseInt(args[i].replace(",", ""));
            }
        }
        Path site = work.resolve(Integer.toString(n));
        Benchmark.deleteTree(site);
        Corpus corpus = Corpus.generate(n, Corpus.DEFAULT_SEED);
        corpus.writeSources(site.resolve("sources"));
        Path output = site.resolve("target/site");
        Files.createDirectories(output);
        try (PreviewServer server = new PreviewServer(output, PreviewServer.LOOPBACK, 0)) {
            server.start();
            SiteConfig config = SiteConfig.builder(site).baseUrl(server.url().toString()).build();
            Duet duet = new Duet(config, BuildListener.silent());
            duet.importSources();
            duet.build();
            Article sample = corpus.articles().get(n / 2);
            List<String[]> queries = List.of(
                    new String[] {"zh", sample.zhTitle().substring(0, 2)},
                    new String[] {"zh", sample.zhTitle().substring(0, 4)},
                    new String[] {"zh", sample.zhParagraphs().get(0).substring(3, 9)},
                    new String[] {"en", longestWord(sample.enTitle())},
                    new String[] {"en", longestWord(sample.enParagraphs().get(1))},
                    new String[] {"en", sample.keywords().get(0)});
            ChromeDriver driver = browser(work.resolve("profile"));
            try {
                System.out.printf("Search in headless Chromium on %,d articles per language (first query of each"
                        + " page cold, then warm)%n%n", n);
                System.out.println("| lang | query | cold ms | warm ms | index KB fetched (cold) | results shown |");
                System.out.println("|---|---|---:|---:|---:|---:|");
                List<Double> cold = new ArrayList<>();
                for (String[] query : queries) {
                    driver.get(server.url() + query[0] + "/search/");
                    // Cold: nothing cached but the page; then the same query again, with the shards in the cache.
                    List<?> first = (List<?>) driver.executeAsyncScript(RUN_QUERY, query[1]);
                    List<?> again = (List<?>) driver.executeAsyncScript(RUN_QUERY, query[1]);
                    double ms = ((Number) first.get(0)).doubleValue();
                    cold.add(ms);
                    System.out.printf("| %s | %s | %.0f | %.0f | %.1f | %s |%n", query[0], query[1], ms,
                            ((Number) again.get(0)).doubleValue(), ((Number) first.get(1)).doubleValue() / 1024,
                            first.get(2));
                }
                Collections.sort(cold);
                System.out.printf("%nmedian cold query: %.0f ms%n", cold.get(cold.size() / 2));
            } finally {
                driver.quit();
            }
        }
    }

    /** The longest word of a text: a word a reader would search for, never a stop word. */
    private static String longestWord(String text) {
        String best = "";
        for (String word : text.split("[^A-Za-z]+")) {
            if (word.length() > best.length()) {
                best = word;
            }
        }
        return best;
    }

    private static ChromeDriver browser(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File(System.getProperty("duet.chromium", "/usr/bin/chromium")));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("duet.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

}
