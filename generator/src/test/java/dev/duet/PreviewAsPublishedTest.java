package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.content.ImportReport;
import dev.duet.diagnostic.Problem;
import dev.duet.testing.TestSite;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview, on a real server, stands for the site as it is published: an alias that is an absolute URL of the
 * configured base URL redirects there as in a build (a base URL with a path included), and a conflict its import
 * reports is taken by the {@code duet:import -Dduet.overwriteEdited=true} the message names, from the copy where it
 * says.
 */
class PreviewAsPublishedTest {

    private static final String ARTICLE = "articles/2024/wang-yi-attends-sco-meeting.zh.md";
    private static final String ZH = ImportTest.RAIL_PATH + ".zh.md";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void anAliasThatIsAnAbsoluteUrlOfTheSiteRedirectsInThePreviewAsInTheBuild() throws Exception {
        TestSite site = TestSite.in(dir).news();
        addAliases(List.of("https://news.example.org/news/123.html", "https://elsewhere.example.com/old.html"));

        try (Preview preview = site.duet().serve("127.0.0.1", 0)) {
            String redirect = get(preview.url().resolve("news/123.html"));
            assertTrue(redirect.contains(preview.url() + "zh/2024/05/wang-yi-attends-sco-meeting/"), redirect);
        }
        assertEquals(List.of("alias 'https://elsewhere.example.com/old.html' is not an address of this site"
                + " (https://news.example.org/), so no redirect is made for it: give its path from the site's root,"
                + " such as /zh/2024/05/old-slug/"), aliasWarnings(site), "only what a build warns about");

        site.problems().clear();
        assertFalse(site.build().hasErrors());
        assertTrue(site.exists("news/123.html"), "the build makes the same redirect");
        assertEquals(1, aliasWarnings(site).size(), site.problems().toString());
    }

    @Test
    void aBaseUrlWithAPathIsServedAtThePreviewsRootAndItsAliasesWithIt() throws Exception {
        TestSite site = TestSite.in(dir).news();
        addAliases(List.of("https://news.example.org/site/old/123.html", "https://news.example.org/other/9.html"));

        try (Preview preview = site.duet(site.config().baseUrl("https://news.example.org/site/").build())
                .serve("127.0.0.1", 0)) {
            assertEquals("/", preview.url().getPath());
            String redirect = get(preview.url().resolve("old/123.html"));
            assertTrue(redirect.contains(preview.url() + "zh/2024/05/wang-yi-attends-sco-meeting/"), redirect);
        }
        List<String> warned = aliasWarnings(site);
        assertEquals(1, warned.size(), warned.toString());
        assertTrue(warned.get(0).contains("'https://news.example.org/other/9.html' is not an address of this site"
                + " (https://news.example.org/site/)"), warned.get(0));
    }

    @Test
    void aConflictThePreviewReportedIsTakenByTheImportItsMessageNames() throws Exception {
        TestSite site = TestSite.in(dir).write("sources/001_rail.txt", ImportTest.RAIL);
        site.duet().importSources();
        Path article = dir.resolve(ZH);

        try (Preview preview = site.duet().serve("127.0.0.1", 0)) {
            BlockingQueue<String> events = PreviewTest.listen(preview.url().resolve("__duet/events"));
            Files.writeString(article, Files.readString(article).replace("title: \"沪宁沿江高铁开通运营\"",
                    "title: \"编辑改过的标题\""));
            PreviewTest.awaitEvent(events, "reload");
            site.write("sources/001_rail.txt", ImportTest.RAIL.replace("沪宁沿江高铁开通运营", "来源改过的标题"));
            Problem conflict = awaitConflict(site);
            assertTrue(conflict.message().contains("-Dduet.overwriteEdited=true"), conflict.message());
            assertTrue(Files.readString(dir.resolve("target/duet/incoming").resolve(ZH)).contains("来源改过的标题"),
                    "the source's version is where duet:import looks for it");
        }
        assertTrue(Files.readString(article).contains("编辑改过的标题"), "the preview kept the edit");

        ImportReport taken = site.duet(site.config().overwriteEdited(true).build()).importSources();

        assertEquals(ImportReport.Status.UPDATED, taken.files().stream().filter(f -> f.path().equals(ZH))
                .findFirst().orElseThrow().status(), taken.summary());
        assertTrue(Files.readString(article).contains("title: \"来源改过的标题\""), Files.readString(article));
        assertTrue(Files.readString(dir.resolve("target/duet/edited").resolve(ZH)).contains("编辑改过的标题"),
                "the editor's version is kept");
        assertFalse(Files.exists(dir.resolve("target/duet/incoming").resolve(ZH)));
        assertFalse(Files.exists(dir.resolve("target/duet/preview/cache/incoming")));
    }

    private void addAliases(List<String> aliases) throws IOException {
        Path file = dir.resolve(ARTICLE);
        StringBuilder lines = new StringBuilder("aliases:\n");
        aliases.forEach(alias -> lines.append("  - \"").append(alias).append("\"\n"));
        Files.writeString(file, Files.readString(file).replace("views: 1200\n", "views: 1200\n" + lines));
    }

    private static List<String> aliasWarnings(TestSite site) {
        synchronized (site.problems()) {
            return site.problems().stream().filter(p -> p.code().equals("content.alias")).map(Problem::message)
                    .toList();
        }
    }

    private static Problem awaitConflict(TestSite site) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            synchronized (site.problems()) {
                for (Problem problem : site.problems()) {
                    if (problem.code().equals("import.conflict")) {
                        return problem;
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no import.conflict within 20 s: " + site.problems());
    }

    private String get(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), uri.toString());
        return response.body();
    }
}
