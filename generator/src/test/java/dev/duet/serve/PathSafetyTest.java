package dev.duet.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests that try to read outside the site all get the site's 404 page, and never the file they aimed at. */
class PathSafetyTest {

    private static final String SECRET = "TOP-SECRET-OUTSIDE-THE-SITE";

    @TempDir
    Path temp;

    private Path site;
    private PreviewServer server;
    private Http http;

    @BeforeEach
    void startServer() throws IOException {
        site = TestSite.in(temp.resolve("site")).generatedPages().dir();
        Files.writeString(temp.resolve("secret.txt"), SECRET);
        Files.createDirectories(temp.resolve("outside"));
        Files.writeString(temp.resolve("outside/secret.txt"), SECRET);
        server = new PreviewServer(site, 0);
        server.start();
        http = new Http(server);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void answersOnlyToItsOwnNamesSoThatNoOtherSiteReadsItThroughDnsRebinding() throws IOException {
        int port = server.port();
        for (String host : new String[] {"127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port, "[::1]:" + port,
            "127.0.0.1"}) {
            assertTrue(http.raw("/index.html", host).startsWith("HTTP/1.1 200"), host);
        }
        for (String host : new String[] {"evil.example.com", "evil.example.com:" + port, "127.0.0.1:" + (port + 1),
            "localhost.evil.example.com:" + port}) {
            String response = http.raw("/index.html", host);
            assertTrue(response.startsWith("HTTP/1.1 421"), host + ": " + response);
            assertFalse(response.contains("<html"), host);
            assertTrue(http.raw(SiteHandler.EVENTS_PATH, host).startsWith("HTTP/1.1 421"), host);
        }
    }

    @Test
    void refusesDotDotSegments() throws IOException {
        assertRefused("/../secret.txt");
        assertRefused("/../etc/passwd");
        assertRefused("/zh/../../secret.txt");
        assertRefused("/./index.html");
    }

    @Test
    void refusesEncodedDotDotSegments() throws IOException {
        assertRefused("/%2e%2e/%2e%2e/etc/passwd");
        assertRefused("/%2e%2e/secret.txt");
        assertRefused("/%2E%2E/secret.txt");
        assertRefused("/.%2e/secret.txt");
    }

    @Test
    void refusesEncodedSlashesInsideASegment() throws IOException {
        assertRefused("/..%2fetc/passwd");
        assertRefused("/..%2fsecret.txt");
        assertRefused("/zh%2findex.html");
    }

    @Test
    void refusesBackslashes() throws IOException {
        assertRefused("/zh/..%5c..%5csecret.txt");
        assertRefused("/zh/..%5c..%5csecret");
        assertRefused("/zh\\index.html");
    }

    @Test
    void refusesNulAndControlCharacters() throws IOException {
        assertRefused("/index.html%00.png");
        assertRefused("/index%0d%0aSet-Cookie:x.html");
    }

    @Test
    void refusesMalformedPercentEncoding() throws IOException {
        assertRefused("/%zz/index.html");
        assertRefused("/index.html%");
        assertRefused("/%c0%ae%c0%ae/secret.txt");
    }

    @Test
    void refusesAbsolutePathsInTheRequest() throws IOException {
        assertRefused(temp.resolve("secret.txt").toString());
        assertRefused("//" + temp.resolve("secret.txt"));
    }

    @Test
    void refusesASymbolicLinkThatLeadsOutOfTheSite() throws IOException {
        Files.createSymbolicLink(site.resolve("leak.txt"), temp.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("leakdir"), temp.resolve("outside"));

        assertRefused("/leak.txt");
        assertRefused("/leakdir/secret.txt");
    }

    @Test
    void followsASymbolicLinkThatStaysInsideTheSite() throws Exception {
        Files.createSymbolicLink(site.resolve("home.html"), site.resolve("index.html"));

        assertEquals(200, http.get("/home.html").statusCode());
    }

    @Test
    void answersEveryRefusalWithTheSameNotFoundPage() throws IOException {
        String refused = http.raw("/../secret.txt");

        assertTrue(refused.startsWith("HTTP/1.1 404"), refused);
        assertTrue(refused.contains("找不到页面"), refused);
    }

    private void assertRefused(String rawPath) throws IOException {
        String response = http.raw(rawPath);
        assertFalse(response.contains(SECRET), rawPath + " leaked: " + response);
        assertFalse(response.contains("root:"), rawPath + " leaked: " + response);
        String status = response.isEmpty() ? "" : response.substring(0, response.indexOf('\r'));
        assertTrue(status.startsWith("HTTP/1.1 404") || status.startsWith("HTTP/1.1 400"),
                rawPath + " answered " + status);
    }
}
