package dev.duet.serve;

import com.sun.net.httpserver.HttpServer;
import dev.duet.diagnostic.Problem;
import java.io.IOException;
import java.net.BindException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A local web server for previewing the generated site, with live reload. It serves the site directory as a static
 * site would be served (content types, {@code index.html} for directories, the site's {@code 404.html}), never
 * anything outside it, and with {@code Cache-Control: no-store} so the browser always shows the latest build. Pages
 * it serves carry a small script that listens on {@code /__duet/events} and reloads the page, or shows the build's
 * problems, when told to through {@link #broadcastReload()}, {@link #broadcastErrors(List)} and
 * {@link #broadcastOk()}. It listens on the loopback interface unless given another host: a preview is for the
 * person at the keyboard.
 *
 * <p>Built on the JDK's own {@code HttpServer}. Request threads are made as needed, up to far more than stalled
 * clients are likely; a client that has not sent its whole request head within a few seconds, or that takes nothing
 * of its answer for a few seconds, is disconnected (see {@link RequestThreads}). So clients that stall, even by the
 * hundred, never keep other pages waiting. An open event stream occupies no thread while it waits, and a page that
 * stops reading its events is dropped without holding up the others (see {@link EventStream}).
 */
public final class PreviewServer implements AutoCloseable {

    /** The host the server binds to unless told otherwise. */
    public static final String LOOPBACK = "127.0.0.1";

    private static final int BACKLOG = 256;

    private final SiteLookup lookup;
    private final String host;
    private final int requestedPort;
    private final EventStream events;
    private final ServerSettings settings;
    private Optional<Running> running = Optional.empty();

    private record Running(HttpServer server, RequestThreads requests) {
    }

    /** What the preview says about each page: set once the preview's session exists, read by request threads. */
    private volatile PageNotes notes = PageNotes.NONE;

    /** A server for {@code siteRoot} on the loopback interface; port 0 picks a free port. */
    public PreviewServer(Path siteRoot, int port) {
        this(siteRoot, LOOPBACK, port);
    }

    /** A server for {@code siteRoot} on the given host name or address; port 0 picks a free port. */
    public PreviewServer(Path siteRoot, String host, int port) {
        this(siteRoot, host, port, ServerSettings.DEFAULT);
    }

    PreviewServer(Path siteRoot, String host, int port, ServerSettings settings) {
        Objects.requireNonNull(siteRoot, "siteRoot");
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        this.lookup = new SiteLookup(siteRoot);
        this.host = host;
        this.requestedPort = port;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.events = new EventStream(settings.keepAlive());
    }

    /**
     * Starts listening.
     *
     * @throws PortInUseException when another program holds the port
     * @throws IOException when the server cannot listen for another reason
     */
    public synchronized void start() throws IOException {
        if (running.isPresent()) {
            throw new IllegalStateException("the preview server is already running at " + url());
        }
        HttpServer server;
        try {
            // The JDK server writes headers and body separately; with Nagle's algorithm on, each small response
            // then waits for the client's delayed ACK (40 ms): 700 requests a second instead of thousands. Its only
            // switch is this property, read once when the server classes load: set it before the first server.
            System.setProperty("sun.net.httpserver.nodelay", "true");
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(host), requestedPort), BACKLOG);
        } catch (BindException e) {
            throw new PortInUseException(host, requestedPort, e);
        }
        RequestThreads requests = new RequestThreads(settings);
        server.setExecutor(requests);
        server.createContext("/", requests.guard(new SiteHandler(lookup, new FileCache(64L << 20, 4L << 20), events,
                () -> notes)));
        server.start();
        events.start(requests);
        running = Optional.of(new Running(server, requests));
    }

    /** The address the server listens on, with the real port. */
    synchronized InetSocketAddress address() {
        return requireRunning().server().getAddress();
    }

    /** The port the server listens on; the one the system picked when asked for port 0. */
    int port() {
        return address().getPort();
    }

    /** The address of the site's home page, such as {@code http://127.0.0.1:1313/}. */
    public URI url() {
        InetAddress address = address().getAddress();
        String shownHost = address.isAnyLocalAddress() ? LOOPBACK
                : address instanceof Inet6Address ? "[" + address.getHostAddress() + "]"
                : address.getHostAddress();
        return URI.create("http://" + shownHost + ":" + port() + "/");
    }

    /** Sets what the preview says about each page besides the build's problems (the translation desk's notes). */
    public void setPageNotes(PageNotes notes) {
        this.notes = Objects.requireNonNull(notes, "notes");
    }

    /** The directory being served. */
    Path siteRoot() {
        return lookup.root();
    }

    /**
     * Until the next {@link #broadcastReload()}, answers a request for a page the site does not have (yet) with a
     * page saying that the site is being built, which reloads itself at that reload, even if it was sent before the
     * page connected. For the first build of a preview, whose folder may still be empty; call before it starts.
     */
    public void showBuilding() {
        events.startBuilding();
    }

    /** Tells every open page to reload. */
    public void broadcastReload() {
        publish(ServerEvent.RELOAD);
    }

    /** Shows these problems over every open page, and over pages opened until {@link #broadcastOk()}. */
    public void broadcastErrors(List<Problem> problems) {
        publish(ServerEvent.errors(List.copyOf(problems)));
    }

    /** Removes the problem overlay: the build is good again. */
    void broadcastOk() {
        publish(ServerEvent.OK);
    }

    CompletableFuture<Void> publish(ServerEvent event) {
        return events.publish(event);
    }

    EventStream events() {
        return events;
    }

    /** Closes the event streams and stops listening, without waiting for requests in flight. */
    @Override
    public synchronized void close() {
        events.close();
        running.ifPresent(r -> {
            r.server().stop(0);
            r.requests().close();
        });
        running = Optional.empty();
    }

    private Running requireRunning() {
        return running.orElseThrow(() -> new IllegalStateException("the preview server is not running; call start()"));
    }
}
