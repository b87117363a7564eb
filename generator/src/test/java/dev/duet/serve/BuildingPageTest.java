package dev.duet.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.testing.TestSite;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the preview serves while the site is built for the first time, and how those pages learn that it ended. */
class BuildingPageTest {

    private static final Duration WAIT = Duration.ofSeconds(3);

    @TempDir
    Path temp;

    private Path site;
    private PreviewServer server;
    private Http http;

    @BeforeEach
    void startBuilding() throws IOException {
        site = Files.createDirectories(temp.resolve("site"));
        server = new PreviewServer(site, 0);
        server.showBuilding();
        server.start();
        http = new Http(server);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void answersAPageNotYetWrittenWithABuildingPageInBothLanguages() throws Exception {
        for (String path : new String[] {"/", "/zh/", "/en/2024/05/wang-yi/", "/zh/about.html", "/en/search"}) {
            HttpResponse<String> response = http.getText(path);

            assertEquals(503, response.statusCode(), path);
            assertEquals("2", response.headers().firstValue("Retry-After").orElseThrow(), path);
            assertEquals("text/html; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
            Document page = Jsoup.parse(response.body());
            assertEquals("正在生成… Building…", page.selectFirst("h1").text());
            assertNotNull(page.selectFirst("meta[name=duet-building]"), "the script knows to wait for the build");
            assertNotNull(page.selectFirst("script[src=/__duet/livereload.js]"), "it reloads when the build ends");
        }
    }

    @Test
    void servesWhatIsWrittenAlreadyAndNoBuildingPageForOtherFiles() throws Exception {
        TestSite.in(site).generatedPages();

        assertEquals(200, http.getText("/zh/").statusCode());
        assertEquals(200, http.get("/css/site.css").statusCode());
        assertEquals(404, http.get("/css/not-yet.css").statusCode());
        assertEquals(404, http.get("/img/not-yet.png").statusCode());
    }

    @Test
    void answersAMissingPageWithNotFoundOnceTheBuildEnded() throws Exception {
        // The end of the build is published on the server's own thread: the page is asked for once it is.
        server.publish(ServerEvent.RELOAD).get(2, TimeUnit.SECONDS);

        assertEquals(404, http.getText("/zh/").statusCode());
    }

    @Test
    void tellsAWaitingPageToReloadWhenTheBuildEnds() throws Exception {
        try (EventReader page = new EventReader(server.port(), "/__duet/events?building")) {
            page.awaitRetry();

            server.broadcastReload();

            assertEquals("reload", page.next(WAIT).name());
        }
    }

    @Test
    void tellsAWaitingPageThatConnectsOnlyAfterTheBuildEndedToReloadAtOnce() throws Exception {
        server.publish(ServerEvent.RELOAD).get(2, TimeUnit.SECONDS);

        try (EventReader waiting = new EventReader(server.port(), "/__duet/events?building");
                EventReader other = new EventReader(server.port())) {
            assertEquals("reload", waiting.next(WAIT).name());
            other.awaitRetry();
            assertFalse(other.receivesWithin(Duration.ofMillis(250)), "a page of the site has nothing to wait for");
        }
    }

    @Test
    void theLiveReloadScriptAsksToBeToldWhenTheBuildItWaitsForEnds() throws Exception {
        String script = http.getText("/__duet/livereload.js").body();

        assertTrue(script.contains("meta[name=\"duet-building\"]") && script.contains("'?building'"), script);
    }
}
