package dev.duet.serve;

import com.sun.net.httpserver.HttpHandler;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that answer the preview server's requests and write its event streams, each watched for a client
 * that stalls it. The JDK's server reads a request's line and headers on the thread that then runs the handler, and
 * writes the answer on it too, so a client that sends half a request, or does not read its answer, holds a thread for
 * as long as it stays connected. Here the pool grows as needed up to many more threads than stalled clients are
 * likely (a thread waiting on a socket costs little), so others' requests do not wait behind them; a thread still
 * reading its request head when the head timeout ends, or whose write has taken nothing for the write timeout, is
 * interrupted, which closes that one connection (see {@link StallWatch}). Every piece of an answer the client takes
 * renews the write timeout, so a long answer, or a page's event stream, to a client that reads it is never cut off.
 */
final class RequestThreads implements Executor, AutoCloseable {

    private static final Duration IDLE_THREAD_LIFE = Duration.ofSeconds(30);

    private final ServerSettings settings;
    private final ThreadPoolExecutor pool;
    private final StallWatch watch;
    private final ThreadLocal<StallWatch.Watch> current = new ThreadLocal<>();

    RequestThreads(ServerSettings settings) {
        this.settings = settings;
        AtomicInteger count = new AtomicInteger();
        // core size equal to the maximum: a new thread for each request until there are that many, and only then a
        // queue; idle threads end after a while
        this.pool = new ThreadPoolExecutor(settings.threads(), settings.threads(), IDLE_THREAD_LIFE.toMillis(),
                TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "duet-serve-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        this.watch = new StallWatch(settings.shortestTimeout());
    }

    /** Runs one exchange of the JDK's server, which begins by reading the request head. */
    @Override
    public void execute(Runnable exchange) {
        pool.execute(() -> watched(settings.headTimeout(), exchange));
    }

    /**
     * Runs writes to a connection the server's handler has returned from (an event stream) on one of these threads,
     * under the write timeout.
     *
     * @throws java.util.concurrent.RejectedExecutionException once the server is closed
     */
    void write(Runnable writes) {
        pool.execute(() -> watched(settings.writeTimeout(), writes));
    }

    private void watched(Duration timeout, Runnable task) {
        StallWatch.Watch watching = watch.start(timeout);
        current.set(watching);
        try {
            task.run();
        } finally {
            watching.end();
            current.remove();
        }
    }

    /**
     * The handler, called once the request head is read: from then on its thread is watched with the write timeout,
     * renewed at each piece of the answer written. A request whose head came in just as the head timeout ended is
     * dropped, its connection being closed already.
     */
    HttpHandler guard(HttpHandler handler) {
        return exchange -> {
            StallWatch.Watch watching = current.get();
            if (watching != null && !watching.renew(settings.writeTimeout())) {
                exchange.close();
                return;
            }
            exchange.setStreams(null, new ProgressStream(exchange.getResponseBody()));
            handler.handle(exchange);
        };
    }

    /** The client took another piece of an answer: the thread writing it gets the whole write timeout again. */
    private void progress() {
        StallWatch.Watch watching = current.get();
        if (watching != null) {
            watching.renew(settings.writeTimeout());
        }
    }

    /** Stops the threads without waiting for requests in flight. */
    @Override
    public void close() {
        watch.close();
        pool.shutdownNow();
    }

    /**
     * An answer's body, written in pieces small enough that a client reading slowly still shows progress within the
     * write timeout, each one renewing it.
     */
    private final class ProgressStream extends FilterOutputStream {

        private static final int PIECE = 64 * 1024;

        ProgressStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            progress();
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            for (int done = 0; done < length; ) {
                int piece = Math.min(PIECE, length - done);
                out.write(bytes, offset + done, piece);
                done += piece;
                progress();
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
            progress();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
