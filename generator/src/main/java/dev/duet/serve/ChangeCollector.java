package dev.duet.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Gathers changed paths until events pause for the quiet period, then hands them on as one {@link ChangeSet}. A
 * burst that never pauses (a script copying a thousand images) is still handed on after ten quiet periods, so the
 * preview never stalls behind it.
 */
final class ChangeCollector implements AutoCloseable {

    private final long quietNanos;
    private final long maxWaitNanos;
    private final Consumer<ChangeSet> target;
    private final ScheduledExecutorService timer;
    // guarded by this
    private Set<Path> pending = new LinkedHashSet<>();
    private long firstNanos;
    private long lastNanos;
    private boolean scheduled;

    ChangeCollector(Duration quietPeriod, Consumer<ChangeSet> target) {
        this.quietNanos = quietPeriod.toNanos();
        this.maxWaitNanos = Math.max(quietNanos * 10, TimeUnit.MILLISECONDS.toNanos(500));
        this.target = target;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "duet-serve-changes");
            thread.setDaemon(true);
            return thread;
        });
    }

    synchronized void add(Path path) {
        long now = System.nanoTime();
        if (pending.isEmpty()) {
            firstNanos = now;
        }
        pending.add(path);
        lastNanos = now;
        if (!scheduled && !timer.isShutdown()) {
            scheduled = true;
            timer.schedule(this::handOnWhenQuiet, quietNanos, TimeUnit.NANOSECONDS);
        }
    }

    private void handOnWhenQuiet() {
        ChangeSet changes;
        synchronized (this) {
            long now = System.nanoTime();
            long quietFor = now - lastNanos;
            if (quietFor < quietNanos && now - firstNanos < maxWaitNanos) {
                timer.schedule(this::handOnWhenQuiet, quietNanos - quietFor, TimeUnit.NANOSECONDS);
                return;
            }
            changes = new ChangeSet(pending, firstNanos);
            pending = new LinkedHashSet<>();
            scheduled = false;
        }
        // outside the lock: events keep arriving while the target works
        target.accept(changes);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
