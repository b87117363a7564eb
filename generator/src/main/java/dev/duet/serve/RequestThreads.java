package dev.duet.serve;

import com.sun.net.httpserver.HttpHandler;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that answer the preview server's requests, and a watch on how long each request takes to arrive. The
 * JDK's server reads a request's line and headers on the thread that then runs the handler, so a client that sends
 * half a request and stalls holds a thread for as long as it stays connected, and the JDK's own limit on that is a
 * system property for the whole JVM. Here the pool grows as needed, up to far more threads than a browser opens, and
 * a thread still reading its request head when the timeout ends is interrupted: the JDK reads through an
 * interruptible channel, so the interrupt closes that connection and frees the thread. Once the head is read the
 * thread is never interrupted, so a long answer or a page's event stream is not cut off.
 */
final class RequestThreads implements Executor, AutoCloseable {

    /** Far more requests at once than a person previewing makes; beyond it requests wait their turn. */
    private static final int MAX_THREADS = 64;
    private static final Duration IDLE_THREAD_LIFE = Duration.ofSeconds(30);

    private final Duration headTimeout;
    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService watchdog;
    private final Set<Request> reading = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<Request> current = new ThreadLocal<>();

    RequestThreads(Duration headTimeout) {
        this.headTimeout = headTimeout;
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(MAX_THREADS, MAX_THREADS, IDLE_THREAD_LIFE.toMillis(),
                TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                task -> daemon(task, "duet-serve-" + count.incrementAndGet()));
        pool.allowCoreThreadTimeOut(true);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "duet-serve-watchdog"));
        long period = Math.max(10, Math.min(1000, headTimeout.toMillis() / 4));
        watchdog.scheduleWithFixedDelay(this::expireStalled, period, period, TimeUnit.MILLISECONDS);
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Runs one exchange of the JDK's server, which begins by reading the request head. */
    @Override
    public void execute(Runnable exchange) {
        pool.execute(() -> run(exchange));
    }

    private void run(Runnable exchange) {
        Request request = new Request(Thread.currentThread(), System.nanoTime() + headTimeout.toNanos());
        reading.add(request);
        current.set(request);
        try {
            exchange.run();
        } finally {
            request.finish();
            reading.remove(request);
            current.remove();
            // an interrupt that closed this exchange must not reach the next one on this thread
            Thread.interrupted();
        }
    }

    /**
     * The handler, called only once its thread has stopped being watched: a request whose head came in just as the
     * timeout ended is dropped, its connection being closed already.
     */
    HttpHandler guard(HttpHandler handler) {
        return exchange -> {
            Request request = current.get();
            if (request != null) {
                reading.remove(request);
                if (!request.headRead()) {
                    exchange.close();
                    return;
                }
            }
            handler.handle(exchange);
        };
    }

    private void expireStalled() {
        long now = System.nanoTime();
        for (Request request : reading) {
            if (now - request.deadline >= 0) {
                reading.remove(request);
                request.expire();
            }
        }
    }

    /** Stops the threads without waiting for requests in flight. */
    @Override
    public void close() {
        watchdog.shutdownNow();
        pool.shutdownNow();
    }

    /** One exchange: its thread, and whether its head came in time. */
    private static final class Request {

        private final Thread thread;
        private final long deadline;
        // all three guarded by this: the interrupt happens only while the thread is known to be reading the head
        private boolean headRead;
        private boolean finished;
        private boolean expired;

        Request(Thread thread, long deadline) {
            this.thread = thread;
            this.deadline = deadline;
        }

        /** Marks the head read; false when it came too late and the thread was, or is being, interrupted. */
        synchronized boolean headRead() {
            headRead = true;
            return !expired;
        }

        synchronized void finish() {
            finished = true;
        }

        synchronized void expire() {
            if (!headRead && !finished) {
                expired = true;
                thread.interrupt();
            }
        }
    }
}
