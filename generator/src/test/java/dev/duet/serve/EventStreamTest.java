package dev.duet.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.diagnostic.Problem;
import dev.duet.testing.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(2);
    private static final Problem UNCLOSED = Problem.error("markdown.unclosed-tag", "content/zh/news/a.md", 12,
            "The <b> tag is never closed; close it or remove it.");

    @TempDir
    Path temp;

    private PreviewServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = new PreviewServer(TestSite.in(temp.resolve("site")).generatedPages().dir(), PreviewServer.LOOPBACK,
                0, ServerSettings.DEFAULT.withKeepAlive(Duration.ofMillis(100)));
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void opensAnEventStreamThatRetriesQuickly() throws IOException {
        try (EventReader page = new EventReader(server.port())) {
            assertEquals("HTTP/1.1 200 OK", page.head().get(0));
            assertTrue(page.head().contains("Content-type: text/event-stream; charset=utf-8")
                    || page.head().contains("Content-Type: text/event-stream; charset=utf-8"), page.head().toString());
            page.awaitRetry();
        }
    }

    @Test
    void tellsConnectedPagesToReload() throws IOException {
        try (EventReader page = new EventReader(server.port()); EventReader other = new EventReader(server.port())) {
            page.awaitRetry();
            other.awaitRetry();

            server.broadcastReload();

            assertEquals("reload", page.next(WAIT).name());
            assertEquals("reload", other.next(WAIT).name());
        }
    }

    @Test
    void sendsProblemsAsJsonWithFileAndLine() throws IOException {
        try (EventReader page = new EventReader(server.port())) {
            page.awaitRetry();

            server.broadcastErrors(List.of(UNCLOSED));

            EventReader.Event event = page.next(WAIT);
            assertEquals("error", event.name());
            assertTrue(event.data().startsWith("{\"problems\":[{\"text\":\"content/zh/news/a.md:12: error: The "),
                    event.data());
            assertTrue(event.data().contains("\"line\":12"), event.data());
            assertFalse(event.data().contains("<b>"), "markup is escaped even inside JSON: " + event.data());
        }
    }

    @Test
    void tellsPagesWhenTheBuildIsGoodAgain() throws IOException {
        try (EventReader page = new EventReader(server.port())) {
            page.awaitRetry();

            server.broadcastErrors(List.of(UNCLOSED));
            server.broadcastOk();

            assertEquals("error", page.next(WAIT).name());
            assertEquals("ok", page.next(WAIT).name());
        }
    }

    @Test
    void showsTheCurrentProblemsToAPageOpenedLater() throws Exception {
        server.publish(ServerEvent.errors(List.of(UNCLOSED))).get(2, TimeUnit.SECONDS);

        try (EventReader page = new EventReader(server.port())) {
            EventReader.Event event = page.next(WAIT);

            assertEquals("error", event.name());
            assertTrue(event.data().contains("content/zh/news/a.md:12"), event.data());
        }
    }

    @Test
    void showsNoProblemsToAPageOpenedAfterTheBuildRecovered() throws Exception {
        server.publish(ServerEvent.errors(List.of(UNCLOSED))).get(2, TimeUnit.SECONDS);
        server.publish(ServerEvent.OK).get(2, TimeUnit.SECONDS);

        try (EventReader page = new EventReader(server.port())) {
            page.awaitRetry();

            assertFalse(page.receivesWithin(Duration.ofMillis(250)));
        }
    }

    @Test
    void keepsTheStreamAliveWithComments() throws IOException {
        try (EventReader page = new EventReader(server.port())) {
            page.awaitRetry();

            page.awaitLine(": keep-alive", WAIT);
        }
    }

    @Test
    void forgetsPagesThatWentAway() throws Exception {
        EventReader page = new EventReader(server.port());
        page.awaitRetry();
        assertEquals(1, server.events().clientCount().get(2, TimeUnit.SECONDS));

        page.close();

        long deadline = System.nanoTime() + WAIT.toNanos();
        while (server.events().clientCount().get(2, TimeUnit.SECONDS) > 0) {
            assertTrue(System.nanoTime() < deadline, "the closed page is still listed");
            server.events().probe().get(2, TimeUnit.SECONDS);
            Thread.sleep(10);
        }
    }
}
