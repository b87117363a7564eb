package dev.duet.serve;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Interrupts a thread that waits on a client for longer than it may: one that reads a request head the client does
 * not finish sending, or writes to a client that does not read. The JDK's server reads and writes through
 * interruptible channels, so the interrupt closes that one connection and frees the thread at once; the JDK's own
 * limits on this are system properties for the whole JVM, and its limit on a response counts from the response's
 * start, which would end every page's event stream. Here a thread that makes progress (writes another piece of its
 * answer) gets a new deadline, so a long answer to a client that reads it is never cut off.
 */
final class StallWatch implements AutoCloseable {

    private final ScheduledExecutorService timer;
    private final Set<Watch> watched = ConcurrentHashMap.newKeySet();

    /** A watch that checks its threads a few times within {@code shortestTimeout}. */
    StallWatch(Duration shortestTimeout) {
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "duet-serve-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(10, Math.min(1000, shortestTimeout.toMillis() / 4));
        timer.scheduleWithFixedDelay(this::expireStalled, period, period, TimeUnit.MILLISECONDS);
    }

    /** Watches the calling thread: unless it renews or ends the watch within {@code timeout}, it is interrupted. */
    Watch start(Duration timeout) {
        Watch watch = new Watch(Thread.currentThread(), System.nanoTime() + timeout.toNanos());
        watched.add(watch);
        return watch;
    }

    private void expireStalled() {
        long now = System.nanoTime();
        for (Watch watch : watched) {
            watch.expireBy(now);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** One thread's wait on one client. */
    final class Watch {

        private final Thread thread;
        // all three guarded by this: the interrupt happens only while the thread is known to be watched
        private long deadline;
        private boolean ended;
        private boolean expired;

        private Watch(Thread thread, long deadline) {
            this.thread = thread;
            this.deadline = deadline;
        }

        /**
         * Gives the thread {@code timeout} more from now; false when it is too late, the thread having been
         * interrupted already. Once the watch has ended this changes nothing.
         */
        synchronized boolean renew(Duration timeout) {
            if (!ended) {
                deadline = System.nanoTime() + timeout.toNanos();
            }
            return !expired;
        }

        /** Stops watching; called on the watched thread, whose interrupt, if the watch made one, is cleared. */
        void end() {
            synchronized (this) {
                ended = true;
                if (expired) {
                    // an interrupt that closed this client's connection must not reach the thread's next task
                    Thread.interrupted();
                }
            }
            watched.remove(this);
        }

        private synchronized void expireBy(long now) {
            if (!ended && !expired && now - deadline >= 0) {
                expired = true;
                watched.remove(this);
                thread.interrupt();
            }
        }
    }
}
