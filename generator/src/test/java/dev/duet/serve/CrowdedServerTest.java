package dev.duet.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.diagnostic.Problem;
import dev.duet.testing.TestSite;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many clients at once that stall the server: some send half a request head and then nothing, some ask for a large
 * file and never read it. Neither kind may keep a person's page, or its live reload, waiting.
 */
class CrowdedServerTest {

    /** Larger than the server keeps in memory, and than the socket buffers on both ends hold together. */
    private static final int LARGE_FILE = 24 << 20;
    private static final Duration PROMPTLY = Duration.ofSeconds(2);

    @TempDir
    Path temp;

    private final List<Socket> crowd = new ArrayList<>();
    private Path site;
    private PreviewServer server;

    @BeforeEach
    void writeSite() throws IOException {
        site = TestSite.in(temp.resolve("site")).generatedPages().dir();
        Files.write(site.resolve("download/large.bin"), new byte[LARGE_FILE]);
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket socket : crowd) {
            socket.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void answersAPageAndOpensItsEventStreamWhileHundredsOfClientsStall() throws Exception {
        start(ServerSettings.DEFAULT);
        for (int i = 0; i < 100; i++) {
            crowd.add(sendHalfAHead());
        }
        for (int i = 0; i < 80; i++) {
            crowd.add(askAndNeverRead("/download/large.bin"));
        }
        // every one of them has reached the server, and is stalling it, before the page asks
        Thread.sleep(500);

        assertAnsweredPromptly("/en/news/hello/");
        try (EventReader page = new EventReader(server.port())) {
            page.awaitRetry();
            server.broadcastReload();
            assertEquals("reload", page.next(PROMPTLY).name());
        }
    }

    @Test
    void closesAConnectionThatTakesNoneOfItsAnswerPastTheWriteTimeout() throws Exception {
        start(ServerSettings.DEFAULT.withWriteTimeout(Duration.ofMillis(300)));
        Socket socket = askAndNeverRead("/download/large.bin");
        Thread.sleep(1500);

        socket.setSoTimeout(5000);
        long received = 0;
        try (InputStream in = socket.getInputStream()) {
            for (int n = in.read(new byte[8192]); n >= 0; n = in.read(new byte[8192])) {
                received += n;
            }
        } catch (SocketException reset) {
            // closed by the server, either way
        }

        assertTrue(received < LARGE_FILE, "the whole file came: the connection was kept open");
    }

    @Test
    void aFewThreadsStillAnswerWhileMoreClientsThanThatDoNotRead() throws Exception {
        start(ServerSettings.DEFAULT.withThreads(4).withWriteTimeout(Duration.ofMillis(300)));
        for (int i = 0; i < 12; i++) {
            crowd.add(askAndNeverRead("/download/large.bin"));
        }
        Thread.sleep(200);

        assertAnsweredPromptly("/en/news/hello/");
    }

    @Test
    void dropsAPageThatDoesNotReadItsEventsWithoutHoldingUpTheOthers() throws Exception {
        start(ServerSettings.DEFAULT.withWriteTimeout(Duration.ofMillis(300)));
        Socket stalledPage = askAndNeverRead(SiteHandler.EVENTS_PATH);
        crowd.add(stalledPage);
        try (EventReader page = new EventReader(server.port())) {
            page.awaitRetry();
            // The stalled page's request may reach the server after this page's on a busy machine.
            long listed = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (server.events().clientCount().get(2, TimeUnit.SECONDS) < 2 && System.nanoTime() < listed) {
                Thread.sleep(20);
            }
            assertEquals(2, server.events().clientCount().get(2, TimeUnit.SECONDS));
            // far more than the stalled page's socket buffers hold
            List<Problem> problems = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                problems.add(Problem.error("markdown.unclosed-tag", "content/zh/news/a" + i + ".md", i + 1,
                        "x".repeat(1000)));
            }
            for (int i = 0; i < 40; i++) {
                long start = System.nanoTime();
                server.broadcastErrors(problems);

                assertEquals("error", page.next(PROMPTLY).name());
                Duration told = Duration.ofNanos(System.nanoTime() - start);
                assertTrue(told.compareTo(PROMPTLY) < 0, "told after " + told.toMillis() + " ms");
            }

            long deadline = System.nanoTime() + PROMPTLY.toNanos();
            while (server.events().clientCount().get(2, TimeUnit.SECONDS) > 1) {
                assertTrue(System.nanoTime() < deadline, "the page that does not read is still listed");
                Thread.sleep(20);
            }
            try (EventReader newPage = new EventReader(server.port())) {
                assertEquals("error", newPage.next(PROMPTLY).name(), "a new page is shown the problems at once");
                server.broadcastReload();
                assertEquals("reload", newPage.next(PROMPTLY).name());
            }
        }
    }

    @Test
    void eventStreamsBeyondTheLimitAreRefusedAndAPageConnectsAgainOnceOthersLeave() throws Exception {
        start(ServerSettings.DEFAULT);
        for (int i = 0; i < EventStream.MAX_CLIENTS; i++) {
            crowd.add(askAndNeverRead(SiteHandler.EVENTS_PATH));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (server.events().clientCount().get(2, TimeUnit.SECONDS) < EventStream.MAX_CLIENTS) {
            assertTrue(System.nanoTime() < deadline, "the streams did not all open");
            Thread.sleep(20);
        }

        String refused = new Http(server).raw(SiteHandler.EVENTS_PATH);
        assertTrue(refused.startsWith("HTTP/1.1 503"), refused);
        assertEquals(EventStream.MAX_CLIENTS, server.events().clientCount().get(2, TimeUnit.SECONDS));
        assertAnsweredPromptly("/en/news/hello/");

        for (Socket socket : crowd.subList(0, 10)) {
            socket.close();
        }
        server.events().probe().get(2, TimeUnit.SECONDS);
        try (EventReader page = new EventReader(server.port())) {
            page.awaitRetry();
            server.broadcastReload();
            assertEquals("reload", page.next(PROMPTLY).name());
        }
    }

    private void start(ServerSettings settings) throws IOException {
        server = new PreviewServer(site, PreviewServer.LOOPBACK, 0, settings);
        server.start();
        // the first request of a server loads its classes: the page asked for while it stalls is not the first
        new Http(server).raw("/zh/");
    }

    private void assertAnsweredPromptly(String rawPath) throws IOException {
        long start = System.nanoTime();
        String response = new Http(server).raw(rawPath);
        Duration answered = Duration.ofNanos(System.nanoTime() - start);

        assertTrue(response.startsWith("HTTP/1.1 200"), response);
        assertTrue(answered.compareTo(PROMPTLY) < 0, "answered after " + answered.toMillis() + " ms");
    }

    /** A connection that sends the start of a request line, without its end, and then nothing. */
    private Socket sendHalfAHead() throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.getOutputStream().write("GET /zh/ HTTP/1.1\r\nHost: 127".getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return socket;
    }

    /** A connection that asks for a file with room for only a little of it, and never reads any. */
    private Socket askAndNeverRead(String rawPath) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress("127.0.0.1", server.port()));
        socket.getOutputStream().write(("GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return socket;
    }
}
