package dev.duet.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

/**
 * One page's open event stream and what is still to be written to it. Writes to a page happen one at a time, on a
 * request thread under the write timeout, never on the thread that tells every page, so a page that stops reading
 * keeps no other page waiting: its write is cut off when the timeout ends, and the page dropped. A page so far
 * behind that many events wait for it is dropped as well.
 */
final class EventClient {

    /** Events waiting for one page; a page that reads has at most one or two. */
    private static final int MAX_PENDING = 32;

    private record Pending(byte[] bytes, CompletableFuture<Void> written) {
    }

    private final HttpExchange exchange;
    private final RequestThreads threads;
    // all guarded by this
    private final Queue<Pending> pending = new ArrayDeque<>();
    private boolean writing;
    private boolean started;
    private boolean closed;

    EventClient(HttpExchange exchange, RequestThreads threads) {
        this.exchange = exchange;
        this.threads = threads;
    }

    /**
     * Queues bytes for the page, the first of them after the stream's status and headers; the future completes once
     * they are written, or the page was dropped.
     */
    CompletableFuture<Void> send(byte[] bytes) {
        CompletableFuture<Void> written = new CompletableFuture<>();
        synchronized (this) {
            if (closed) {
                return CompletableFuture.completedFuture(null);
            }
            if (pending.size() >= MAX_PENDING) {
                // the write under way ends by its timeout, and closes the connection
                drop();
                return CompletableFuture.completedFuture(null);
            }
            pending.add(new Pending(bytes, written));
            if (writing) {
                return written;
            }
            writing = true;
        }
        try {
            threads.write(this::drain);
        } catch (RejectedExecutionException closing) {
            synchronized (this) {
                drop();
            }
            exchange.close();
        }
        return written;
    }

    /** Whether the page is still listening, as far as the last write knows. */
    synchronized boolean isOpen() {
        return !closed;
    }

    /** Ends the stream; one being written to is closed by its writer, whose write ends by its timeout at most. */
    void close() {
        synchronized (this) {
            drop();
            if (writing) {
                return;
            }
            writing = true;
        }
        exchange.close();
    }

    private void drain() {
        Pending next = null;
        try {
            for (next = next(); next != null; next = next()) {
                OutputStream body = exchange.getResponseBody();
                body.write(next.bytes());
                body.flush();
                next.written().complete(null);
            }
        } catch (IOException gone) {
            if (next != null) {
                next.written().complete(null);
            }
            synchronized (this) {
                drop();
            }
            exchange.close();
        }
    }

    /**
     * The next bytes to write, after the stream's head if not sent yet; null when there are none, the page having
     * been dropped (its connection is then closed) or told everything. The thread that gets null stops writing.
     */
    private Pending next() throws IOException {
        boolean head;
        Pending next;
        synchronized (this) {
            next = closed ? null : pending.poll();
            if (next == null && !closed) {
                writing = false;
                return null;
            }
            head = !started;
            started = true;
        }
        if (next == null) {
            exchange.close();
            return null;
        }
        if (head) {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Accel-Buffering", "no");
            exchange.sendResponseHeaders(200, 0);
        }
        return next;
    }

    // guarded by this
    private void drop() {
        closed = true;
        pending.forEach(p -> p.written().complete(null));
        pending.clear();
    }
}
