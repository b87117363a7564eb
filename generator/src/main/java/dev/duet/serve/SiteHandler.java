package dev.duet.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Answers every request to the preview server: the site's files, the live-reload script and event stream, redirects
 * for directories without their slash, and the site's 404 page. Anything the path check refuses gets the same 404 as
 * a missing file, so a probe learns nothing about the disk. HTML is served with the live-reload script tag added;
 * the file on disk is never touched, and every other file is served byte for byte.
 *
 * <p>While the site is built for the first time, a page that is not there yet is answered with a short page saying
 * so, in both languages, that reloads itself when the build ends. Its status is 503 with {@code Retry-After}: it is
 * not the page asked for, and a script or link checker waiting for the preview must not take it for one; browsers
 * show a 503's page like any other. Other files not there yet are a plain 404.
 */
final class SiteHandler implements HttpHandler {

    static final String EVENTS_PATH = "/__duet/events";
    /** The translation desk's notes on a page: {@code /__duet/notes?page=/zh/2024/05/slug/}. */
    static final String NOTES_PATH = "/__duet/notes";

    private static final byte[] BUILT_IN_NOT_FOUND = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>404 Not Found</title></head>
            <body><h1>404 Not Found</h1><p>Duet preview: there is no page at this address.</p></body></html>
            """.getBytes(StandardCharsets.UTF_8);

    private static final byte[] BUILDING = """
            <!DOCTYPE html>
            <html lang="zh-Hans"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="duet-building" content="">
            <title>正在生成… Building…</title></head>
            <body><h1>正在生成… <span lang="en">Building…</span></h1>
            <p>Duet 正在生成网站，生成后本页会自动刷新。</p>
            <p lang="en">Duet is building the site; this page reloads by itself when it is ready.</p></body></html>
            """.getBytes(StandardCharsets.UTF_8);
    // the meta tag above tells the live-reload script to ask for a reload when the build it waits for has ended
    private static final String RETRY_AFTER_SECONDS = "2";

    private final SiteLookup lookup;
    private final FileCache cache;
    private final EventStream events;
    private final java.util.function.Supplier<PageNotes> notes;

    SiteHandler(SiteLookup lookup, FileCache cache, EventStream events, java.util.function.Supplier<PageNotes> notes) {
        this.lookup = lookup;
        this.cache = cache;
        this.events = events;
        this.notes = notes;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        boolean handedOver = false;
        try {
            Headers headers = exchange.getResponseHeaders();
            headers.set("Cache-Control", "no-store");
            headers.set("X-Content-Type-Options", "nosniff");
            String method = exchange.getRequestMethod();
            if (!HostCheck.allows(exchange.getRequestHeaders().getFirst("Host"), exchange.getLocalAddress())) {
                send(exchange, 421, "text/plain; charset=utf-8", ("This preview answers to localhost and 127.0.0.1"
                        + " only.\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!method.equals("GET") && !method.equals("HEAD")) {
                headers.set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            if (EVENTS_PATH.equals(rawPath) && method.equals("GET")) {
                String query = exchange.getRequestURI().getRawQuery();
                events.attach(exchange, query != null && query.equals("building"));
                handedOver = true;
                return;
            }
            if (NOTES_PATH.equals(rawPath)) {
                String page = pageParameter(exchange.getRequestURI().getRawQuery());
                byte[] json = ProblemJson.of(notes.get().of(page)).getBytes(StandardCharsets.UTF_8);
                send(exchange, 200, "application/json; charset=utf-8", json);
                return;
            }
            if (LiveReloadScript.PATH.equals(rawPath)) {
                send(exchange, 200, "text/javascript; charset=utf-8", LiveReloadScript.SOURCE);
                return;
            }
            Optional<RequestPath> request = RequestPath.parse(rawPath);
            if (request.isEmpty()) {
                sendNotFound(exchange);
                return;
            }
            SiteLookup.Target target = lookup.find(request.get());
            if (target instanceof SiteLookup.Found found) {
                sendFile(exchange, 200, found.file());
            } else if (target instanceof SiteLookup.NeedsSlash) {
                // collapse leading slashes: "//host/dir" would otherwise redirect to another site
                headers.set("Location", "/" + rawPath.replaceFirst("^/+", "") + "/");
                exchange.sendResponseHeaders(301, -1);
            } else if (events.building() && namesPage(request.get())) {
                headers.set("Retry-After", RETRY_AFTER_SECONDS);
                send(exchange, 503, MediaTypes.HTML, LiveReloadScript.inject(BUILDING));
            } else {
                sendNotFound(exchange);
            }
        } finally {
            if (!handedOver) {
                exchange.close();
            }
        }
    }

    /** The {@code page} parameter of a query, decoded, without its leading slashes: a path relative to the site. */
    private static String pageParameter(String rawQuery) {
        if (rawQuery == null) {
            return "";
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.startsWith("page=")) {
                try {
                    String page = java.net.URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
                    return page.replaceFirst("^/+", "");
                } catch (IllegalArgumentException e) {
                    return "";
                }
            }
        }
        return "";
    }

    /** Whether the path asks for a page: a directory, an HTML file, or a name without an extension. */
    private static boolean namesPage(RequestPath request) {
        if (request.directory() || request.segments().isEmpty()) {
            return true;
        }
        String name = request.segments().get(request.segments().size() - 1);
        return name.indexOf('.') < 0 || MediaTypes.isHtml(MediaTypes.of(name));
    }

    private void sendNotFound(HttpExchange exchange) throws IOException {
        Optional<Path> page = lookup.findNotFoundPage();
        if (page.isPresent()) {
            sendFile(exchange, 404, page.get());
        } else {
            send(exchange, 404, MediaTypes.HTML, LiveReloadScript.inject(BUILT_IN_NOT_FOUND));
        }
    }

    private void sendFile(HttpExchange exchange, int status, Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        String type = MediaTypes.of(file.getFileName().toString());
        boolean html = MediaTypes.isHtml(type);
        if (html || cache.accepts(attributes.size())) {
            UnaryOperator<byte[]> transform = html ? LiveReloadScript::inject : UnaryOperator.identity();
            send(exchange, status, type, cache.accepts(attributes.size())
                    ? cache.read(file, attributes, transform)
                    : transform.apply(Files.readAllBytes(file)));
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", type);
        if (isHead(exchange)) {
            exchange.getResponseHeaders().set("Content-Length", Long.toString(attributes.size()));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, attributes.size() == 0 ? -1 : attributes.size());
        try (OutputStream body = exchange.getResponseBody()) {
            Files.copy(file, body);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (isHead(exchange)) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static boolean isHead(HttpExchange exchange) {
        return exchange.getRequestMethod().equals("HEAD");
    }
}
