package dev.duet;

import dev.duet.serve.LivePreview;
import dev.duet.serve.PreviewServer;
import java.net.URI;
import java.util.concurrent.CountDownLatch;

/**
 * A running preview: the server, and the watcher that rebuilds and reloads on every change. Closing it stops both.
 */
public final class Preview implements AutoCloseable {

    private final PreviewServer server;
    private final LivePreview live;
    private final CountDownLatch closed = new CountDownLatch(1);
    /** The lock of the preview's cache folder, held while it runs: one preview of a site at a time. */
    private final dev.duet.io.CacheLock lock;

    Preview(PreviewServer server, LivePreview live, dev.duet.io.CacheLock lock) {
        this.server = server;
        this.live = live;
        this.lock = lock;
    }

    /** The address to open in a browser: {@code http://127.0.0.1:8080/}. */
    public URI url() {
        return server.url();
    }

    /** Time from each change seen to the reload sent, most recent last; for benchmarks. */
    public java.util.List<java.time.Duration> reloadLatencies() {
        return live.reloadLatencies();
    }

    /** Blocks until the preview is closed (by {@link #close()} from another thread or a shutdown hook). */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    @Override
    public void close() throws java.io.IOException {
        try {
            live.close();
        } finally {
            try {
                server.close();
            } finally {
                lock.close();
                closed.countDown();
            }
        }
    }
}
