package dev.duet.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The open Server-Sent Event connections of the pages being previewed, and what to tell them. What to tell whom is
 * decided on one thread owned by this class, so events reach every page in order and the client list needs no lock;
 * the writes themselves happen on request threads, one page at a time, under the server's write timeout (see
 * {@link EventClient}), so a connected page costs no thread while it waits and a page that stops reading is dropped
 * without holding up the others. A page that connects while the last build has errors is told so at once, so its
 * overlay appears without waiting for the next build; one that waits for the first build to end, and connects only
 * after it ended, is told at once to reload. Connections that went away are dropped at the next write; a comment
 * line every few seconds makes sure there is one.
 */
final class EventStream implements AutoCloseable {

    private static final byte[] PREAMBLE = "retry: 500\n\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] KEEP_ALIVE = ": keep-alive\n\n".getBytes(StandardCharsets.UTF_8);
    /**
     * Pages connected at most: far more than the tabs of anyone previewing, few enough that a local program opening
     * connections by the thousand cannot take the server's files and memory. One more is answered 503.
     */
    static final int MAX_CLIENTS = 256;

    private final ScheduledExecutorService writer;
    private final Duration keepAlive;
    // both fields below are read and written only on the writer thread
    private final List<EventClient> clients = new ArrayList<>();
    private Optional<ServerEvent> currentErrors = Optional.empty();
    // set before the first build by any thread, cleared on the writer thread by the reload that ends that build, so
    // that a page connecting with a build to wait for is either told by that reload or told at once
    private volatile boolean building;
    private volatile Optional<RequestThreads> threads = Optional.empty();

    EventStream(Duration keepAlive) {
        this.keepAlive = keepAlive;
        this.writer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "duet-serve-events");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts writing to pages on these threads, and the keep-alive comments. */
    void start(RequestThreads writers) {
        threads = Optional.of(writers);
        long millis = keepAlive.toMillis();
        writer.scheduleWithFixedDelay(() -> writeToAll(KEEP_ALIVE), millis, millis, TimeUnit.MILLISECONDS);
    }

    /** From now until the next reload, the site is being built for the first time. */
    void startBuilding() {
        building = true;
    }

    /** Whether the site is being built for the first time, and pages may not be there yet. */
    boolean building() {
        return building;
    }

    /**
     * Takes over a request for the event stream: answers it and keeps it open until the page or the server leaves.
     * A page {@code waitingForBuild} (one that says the site is being built) is told to reload at once when the build
     * it waits for has ended.
     */
    void attach(HttpExchange exchange, boolean waitingForBuild) {
        try {
            writer.execute(() -> open(exchange, waitingForBuild));
        } catch (RejectedExecutionException closing) {
            exchange.close();
        }
    }

    /**
     * Sends an event to every connected page; completes once it has been written to each, or the pages it could not
     * be written to were dropped.
     */
    CompletableFuture<Void> publish(ServerEvent event) {
        try {
            return CompletableFuture.supplyAsync(() -> {
                if (event.name().equals("error")) {
                    currentErrors = Optional.of(event);
                } else if (event.name().equals("ok")) {
                    currentErrors = Optional.empty();
                } else if (event.name().equals("reload")) {
                    building = false;
                }
                return writeToAll(event.encode());
            }, writer).thenCompose(written -> written);
        } catch (RejectedExecutionException closing) {
            return CompletableFuture.completedFuture(null);
        }
    }

    /** How many pages are connected, after dropping those found gone; for tests and the console. */
    CompletableFuture<Integer> clientCount() {
        return CompletableFuture.supplyAsync(() -> {
            clients.removeIf(client -> !client.isOpen());
            return clients.size();
        }, writer);
    }

    /** Sends a keep-alive now, which drops connections that have gone away; completes once it is written. */
    CompletableFuture<Void> probe() {
        return CompletableFuture.supplyAsync(() -> writeToAll(KEEP_ALIVE), writer).thenCompose(written -> written);
    }

    private void open(HttpExchange exchange, boolean waitingForBuild) {
        if (threads.isEmpty()) {
            exchange.close();
            return;
        }
        clients.removeIf(client -> !client.isOpen());
        if (clients.size() >= MAX_CLIENTS) {
            try (exchange) {
                exchange.sendResponseHeaders(503, -1);
            } catch (java.io.IOException gone) {
                // Closed either way.
            }
            return;
        }
        EventClient client = new EventClient(exchange, threads.get());
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        first.writeBytes(PREAMBLE);
        currentErrors.ifPresent(errors -> first.writeBytes(errors.encode()));
        if (waitingForBuild && !building) {
            first.writeBytes(ServerEvent.RELOAD.encode());
        }
        client.send(first.toByteArray());
        clients.add(client);
    }

    private CompletableFuture<Void> writeToAll(byte[] bytes) {
        clients.removeIf(client -> !client.isOpen());
        return CompletableFuture.allOf(clients.stream().map(client -> client.send(bytes))
                .toArray(CompletableFuture[]::new));
    }

    /** Ends every stream and stops the writer thread. */
    @Override
    public void close() {
        try {
            writer.execute(() -> {
                clients.forEach(EventClient::close);
                clients.clear();
            });
        } catch (RejectedExecutionException alreadyClosed) {
            return;
        }
        writer.shutdown();
        try {
            if (!writer.awaitTermination(1, TimeUnit.SECONDS)) {
                writer.shutdownNow();
            }
        } catch (InterruptedException e) {
            writer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
