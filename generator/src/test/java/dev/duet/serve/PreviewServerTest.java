package dev.duet.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.testing.TestSite;
import dev.duet.testing.TestSite.Generated;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerTest {

    @TempDir
    Path temp;

    private Path site;
    private PreviewServer server;
    private Http http;

    @BeforeEach
    void startServer() throws IOException {
        site = TestSite.in(temp.resolve("site")).generatedPages().dir();
        server = new PreviewServer(site, 0);
        server.start();
        http = new Http(server);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void servesEachFileWithItsContentType() throws Exception {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("/index.html", "text/html; charset=utf-8"),
                Map.entry("/css/site.css", "text/css; charset=utf-8"),
                Map.entry("/js/site.js", "text/javascript; charset=utf-8"),
                Map.entry("/atom.xml", "application/atom+xml; charset=utf-8"),
                Map.entry("/sitemap.xml", "application/xml; charset=utf-8"),
                Map.entry("/search.json", "application/json; charset=utf-8"),
                Map.entry("/robots.txt", "text/plain; charset=utf-8"),
                Map.entry("/img/logo.svg", "image/svg+xml; charset=utf-8"),
                Map.entry("/img/logo.png", "image/png"),
                Map.entry("/fonts/body.woff2", "font/woff2"),
                Map.entry("/download/archive.bin", "application/octet-stream"));
        for (Map.Entry<String, String> entry : expected.entrySet()) {
            HttpResponse<byte[]> response = http.get(entry.getKey());
            assertEquals(200, response.statusCode(), entry.getKey());
            assertEquals(entry.getValue(), response.headers().firstValue("Content-Type").orElseThrow(),
                    entry.getKey());
        }
    }

    @Test
    void servesIndexOfDirectoryAskedWithSlash() throws Exception {
        HttpResponse<String> response = http.getText("/zh/");

        assertEquals(200, response.statusCode());
        assertEquals("双语新闻", Jsoup.parse(response.body()).selectFirst("h1").text());
    }

    @Test
    void servesHomePageAtRoot() throws Exception {
        HttpResponse<String> response = http.getText("/");

        assertEquals(200, response.statusCode());
        assertEquals("Duet", Jsoup.parse(response.body()).selectFirst("h1").text());
    }

    @Test
    void servesPercentEncodedChinesePath() throws Exception {
        HttpResponse<String> response = http.getText("/zh/tags/%E6%96%B0%E8%83%BD%E6%BA%90/");

        assertEquals(200, response.statusCode());
        assertEquals("新能源", Jsoup.parse(response.body()).selectFirst("p").text());
    }

    @Test
    void redirectsDirectoryAskedWithoutSlash() throws Exception {
        HttpResponse<byte[]> response = http.get("/zh");

        assertEquals(301, response.statusCode());
        assertEquals("/zh/", response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void redirectNeverLeadsToAnotherHost() throws Exception {
        for (String path : new String[] {"//zh", "///zh", "//127.0.0.1/zh"}) {
            String response = http.raw(path);

            assertFalse(response.contains("Location: //"), response);
        }
    }

    @Test
    void answersUnknownPathWithTheSitesNotFoundPage() throws Exception {
        HttpResponse<String> response = http.getText("/en/news/no-such-article/");

        assertEquals(404, response.statusCode());
        assertEquals("text/html; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("找不到页面 Page not found", Jsoup.parse(response.body()).selectFirst("h1").text());
    }

    @Test
    void answersUnknownPathWithBuiltInPageWhenTheSiteHasNone() throws Exception {
        Files.delete(site.resolve("404.html"));

        HttpResponse<String> response = http.getText("/missing.html");

        assertEquals(404, response.statusCode());
        assertEquals("404 Not Found", Jsoup.parse(response.body()).selectFirst("h1").text());
    }

    @Test
    void neverListsADirectoryWithoutIndex() throws Exception {
        HttpResponse<String> response = http.getText("/css/");

        assertEquals(404, response.statusCode());
        assertFalse(response.body().contains("site.css"));
    }

    @Test
    void answersHeadWithHeadersButNoBody() throws Exception {
        HttpResponse<byte[]> response = http.send("HEAD", "/css/site.css");

        assertEquals(200, response.statusCode());
        assertEquals("text/css; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(0, response.body().length);
    }

    @Test
    void answersHeadWithTheLengthAGetWouldHave() throws Exception {
        String head = rawHead("/css/site.css");

        assertTrue(head.startsWith("HTTP/1.1 200"), head);
        assertTrue(head.toLowerCase(java.util.Locale.ROOT).contains("content-length: 21\r\n"), head);
        assertTrue(head.endsWith("\r\n\r\n"), "no body after the headers: " + head);
    }

    @Test
    void refusesMethodsOtherThanGetAndHead() throws Exception {
        for (String method : new String[] {"POST", "PUT", "DELETE", "OPTIONS"}) {
            HttpResponse<byte[]> response = http.send(method, "/index.html");

            assertEquals(405, response.statusCode(), method);
            assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElseThrow(), method);
        }
    }

    @Test
    void forbidsCachingOfEveryResponse() throws Exception {
        for (String path : new String[] {"/", "/css/site.css", "/zh", "/missing", "/__duet/livereload.js"}) {
            assertEquals("no-store", http.get(path).headers().firstValue("Cache-Control").orElseThrow(), path);
        }
    }

    @Test
    void injectsTheLiveReloadScriptIntoServedHtmlOnly() throws Exception {
        HttpResponse<String> response = http.getText("/");

        Document page = Jsoup.parse(response.body());
        assertEquals(1, page.select("body > script[src=/__duet/livereload.js]").size(), response.body());
        assertEquals(Generated.HOME, Files.readString(site.resolve("index.html")));
    }

    @Test
    void injectsBeforeTheClosingBodyTag() throws Exception {
        String body = http.getText("/").body();

        assertTrue(body.endsWith("<script src=\"/__duet/livereload.js\"></script></body></html>"), body);
    }

    @Test
    void appendsTheScriptToHtmlWithoutBodyTag() throws Exception {
        TestSite.in(site).write("fragment.html", "<p>no body tag");

        String body = http.getText("/fragment.html").body();

        assertEquals("<p>no body tag<script src=\"/__duet/livereload.js\"></script>", body);
    }

    @Test
    void servesOtherFilesByteForByte() throws Exception {
        assertArrayEquals(Generated.PNG, http.get("/img/logo.png").body());
        assertArrayEquals(Generated.WOFF2, http.get("/fonts/body.woff2").body());
        assertArrayEquals(Files.readAllBytes(site.resolve("atom.xml")), http.get("/atom.xml").body());
        assertArrayEquals(Files.readAllBytes(site.resolve("js/site.js")), http.get("/js/site.js").body());
    }

    @Test
    void servesTheNewContentOfAReplacedFile() throws Exception {
        assertEquals("body { color: #222 }\n", http.getText("/css/site.css").body());
        Path replacement = site.resolve("css/site.css.tmp");
        Files.writeString(replacement, "body { color: #333 }\n");
        Files.move(replacement, site.resolve("css/site.css"), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertEquals("body { color: #333 }\n", http.getText("/css/site.css").body());
    }

    @Test
    void servesTheLiveReloadScriptAsItsOwnFile() throws Exception {
        HttpResponse<String> response = http.getText("/__duet/livereload.js");

        assertEquals(200, response.statusCode());
        assertEquals("text/javascript; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.body().contains("new EventSource('/__duet/events'"));
        assertFalse(response.body().contains("innerHTML"), "problem text must only reach the page as text");
    }

    @Test
    void listensOnLoopbackByDefault() {
        assertTrue(server.address().getAddress().isLoopbackAddress());
        assertEquals("http://127.0.0.1:" + server.port() + "/", server.url().toString());
    }

    @Test
    void reportsThePortTheSystemPicked() {
        assertTrue(server.port() > 0);
    }

    @Test
    void refusesAPortInUseNamingItAndHowToChooseAnother() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
            PreviewServer second = new PreviewServer(site, taken.getLocalPort());

            PortInUseException e = assertThrows(PortInUseException.class, second::start);

            assertEquals(taken.getLocalPort(), e.port());
            assertTrue(e.getMessage().contains("Port " + taken.getLocalPort()), e.getMessage());
            assertTrue(e.getMessage().contains("-Dduet.port="), e.getMessage());
            assertTrue(e.getMessage().contains("port 0"), e.getMessage());
            second.close();
        }
    }

    @Test
    void stopsPromptlyEvenWithAnOpenEventStream() throws Exception {
        try (EventReader page = new EventReader(server.port())) {
            page.awaitRetry();
            long start = System.nanoTime();

            server.close();

            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 1500, "close took " + millis + " ms");
        }
    }

    private String rawHead(String path) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(3000);
            socket.getOutputStream().write(("HEAD " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
