package dev.duet.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.testing.TestSite;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that open a connection, send part of a request and then nothing: a browser tab left on a dead network, a
 * port scanner, a buggy script. They must not keep the pages of anyone else waiting.
 */
class StalledClientTest {

    @TempDir
    Path temp;

    private final List<Socket> stalled = new ArrayList<>();
    private PreviewServer server;

    @AfterEach
    void stop() throws IOException {
        for (Socket socket : stalled) {
            socket.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aDozenStalledClientsDoNotKeepAnotherRequestWaiting() throws Exception {
        server = new PreviewServer(TestSite.in(temp.resolve("site")).generatedPages().dir(), 0);
        server.start();
        for (int i = 0; i < 12; i++) {
            stalled.add(stall());
        }

        // Http.raw gives up after 5 s: far longer than an answer takes, far shorter than forever
        String response = new Http(server).raw("/zh/");

        assertTrue(response.startsWith("HTTP/1.1 200"), response);
    }

    @Test
    void closesAConnectionWhoseRequestHeadStallsPastTheTimeout() throws Exception {
        server = new PreviewServer(TestSite.in(temp.resolve("site")).generatedPages().dir(), PreviewServer.LOOPBACK,
                0, ServerSettings.DEFAULT.withHeadTimeout(Duration.ofMillis(200)));
        server.start();
        Socket socket = stall();
        socket.setSoTimeout(5000);

        assertEquals(-1, read(socket), "the server closes the connection");
    }

    @Test
    void anEventStreamOutlivesTheRequestHeadTimeout() throws Exception {
        server = new PreviewServer(TestSite.in(temp.resolve("site")).generatedPages().dir(), PreviewServer.LOOPBACK,
                0, ServerSettings.DEFAULT.withHeadTimeout(Duration.ofMillis(200)));
        server.start();
        try (EventReader page = new EventReader(server.port())) {
            page.awaitRetry();
            // a stalled client connected after the page is cut off after the page's own timeout would have ended
            Socket socket = stall();
            socket.setSoTimeout(5000);
            assertEquals(-1, read(socket));

            server.broadcastReload();

            assertEquals("reload", page.next(Duration.ofSeconds(3)).name());
        }
    }

    /** The next byte, or -1 when the server closed the connection, either way. */
    private static int read(Socket socket) throws IOException {
        try {
            return socket.getInputStream().read();
        } catch (SocketException reset) {
            return -1;
        }
    }

    /** A connection that sends the start of a request line, without its end, and then nothing. */
    private Socket stall() throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.getOutputStream().write("GET /zh/".getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return socket;
    }
}
