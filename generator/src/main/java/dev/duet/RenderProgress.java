package dev.duet;

import dev.duet.diagnostic.BuildListener;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Says how far rendering has got, at most once every few seconds, so that a long build shows it is moving in Maven's
 * log; a short build says nothing. Called from every rendering thread.
 */
final class RenderProgress {

    private static final long EVERY = TimeUnit.SECONDS.toNanos(5);

    private final BuildListener listener;
    private final long every;
    private final int total;
    private final long start;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong due;

    RenderProgress(BuildListener listener, int total, long start, long every) {
        this.listener = listener;
        this.every = every;
        this.total = total;
        this.start = start;
        this.due = new AtomicLong(System.nanoTime() + every);
    }

    /** Progress of {@code total} files, timed from {@code start} ({@link System#nanoTime()}). */
    static RenderProgress of(BuildListener listener, int total, long start) {
        return new RenderProgress(listener, total, start, EVERY);
    }

    /** No progress lines: a preview's builds report through the browser. */
    static RenderProgress none() {
        return new RenderProgress(BuildListener.silent(), 0, 0, EVERY);
    }

    /** One more file done, rendered or found current. */
    void fileDone() {
        int count = done.incrementAndGet();
        long now = System.nanoTime();
        long when = due.get();
        if (now >= when && due.compareAndSet(when, now + every)) {
            listener.info(String.format(java.util.Locale.ROOT, "Rendering: %,d of %,d files done (%d s)", count, total,
                    TimeUnit.NANOSECONDS.toSeconds(now - start)));
        }
    }
}
