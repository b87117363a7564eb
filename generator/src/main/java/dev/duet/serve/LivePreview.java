package dev.duet.serve;

import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Problem;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The edit–rebuild–reload loop of {@code duet:serve}. Each settled burst of edits runs the rebuild it was given;
 * a good build tells the open pages to reload, a failed one shows them its problems while the last good site stays
 * served (the builder replaces files atomically and writes nothing when it fails). Rebuilds run one at a time: edits
 * arriving during a rebuild are gathered into the next one, so a quick typist never queues a backlog, and the open
 * pages reload once that one is done rather than after each.
 *
 * <p>The loop owns its watcher but not the server, which the caller starts before and closes after.
 */
public final class LivePreview implements Closeable {

    private static final int LATENCIES_KEPT = 1000;
    /**
     * How long edits must pause before the rest of the site is brought up to date after partial rebuilds: a
     * writer saving again and again gets each page quickly, and the full build runs while they read.
     */
    static final Duration SETTLE_AFTER = Duration.ofMillis(300);
    /**
     * The longest a rebuild's pages go unshown while more edits wait: a rebuild with edits behind it sends no reload
     * (the next one will), so that a run of saves reloads the open pages once, not at every rebuild.
     */
    static final Duration RELOAD_AT_LEAST_EVERY = Duration.ofSeconds(2);

    private final PreviewServer server;
    private final Function<Set<Path>, RebuildResult> rebuild;
    private final Settle settle;
    private final BuildListener listener;
    private final SiteWatcher watcher;
    private final ExecutorService rebuilds = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "duet-serve-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    // guarded by this
    private Set<Path> pending = new LinkedHashSet<>();
    private long pendingSinceNanos;
    private boolean draining;
    private boolean held;
    /** When the first rebuild whose reload was held back for the edits behind it finished; 0 for none. */
    private long unshownSinceNanos;
    private final ArrayDeque<Duration> latencies = new ArrayDeque<>();

    /**
     * A loop that watches what {@code settings} names, calls {@code rebuild} with the changed paths, and tells the
     * pages of {@code server}; progress and problems go to {@code listener}.
     */
    public LivePreview(PreviewServer server, WatchSettings settings, Function<Set<Path>, RebuildResult> rebuild,
            BuildListener listener) {
        this(server, settings, rebuild, cancelled -> Optional.empty(), listener);
    }

    /**
     * The work a rebuild may leave for later: after a rebuild that brought only the edited pages up to date,
     * the rest of the site. It runs once the edits have settled (no rebuild is waiting) and must stop early when
     * {@code cancelled} becomes true, returning empty; it also returns empty when nothing was left.
     */
    @FunctionalInterface
    public interface Settle {
        Optional<RebuildResult> run(BooleanSupplier cancelled);
    }

    /** As above, with the work that follows partial rebuilds once edits have settled. */
    public LivePreview(PreviewServer server, WatchSettings settings, Function<Set<Path>, RebuildResult> rebuild,
            Settle settle, BuildListener listener) {
        this.server = server;
        this.rebuild = rebuild;
        this.settle = settle;
        this.listener = listener;
        this.watcher = new SiteWatcher(settings, this::changed);
    }

    /** Starts watching; returns once edits made afterwards will be seen. */
    void start() throws IOException {
        watcher.start();
        listener.info("Watching " + watcher.watchedDirectories().size() + " directories for changes");
    }

    /**
     * Starts watching, but keeps the edits it sees until {@link #release}: for a caller that builds the site once
     * more before the loop begins, so that an edit saved during that build is not lost.
     */
    public void startHeld() throws IOException {
        synchronized (this) {
            held = true;
        }
        start();
    }

    /**
     * Rebuilds what was edited while held, leaving out the paths {@code asBuilt} accepts: files the caller's own
     * build wrote and that are still as it left them. Edits seen from now on are rebuilt as they come.
     */
    public void release(Predicate<Path> asBuilt) {
        synchronized (this) {
            held = false;
            pending.removeIf(asBuilt);
            if (pending.isEmpty() || draining) {
                return;
            }
            draining = true;
        }
        execute();
    }

    /** How many changed paths wait for a rebuild. */
    synchronized int pendingCount() {
        return pending.size();
    }

    /**
     * How long each successful rebuild took from the first edit seen to the reload reaching the open pages, oldest
     * first (the last thousand).
     */
    public synchronized List<Duration> reloadLatencies() {
        return List.copyOf(latencies);
    }

    void changed(ChangeSet changes) {
        synchronized (this) {
            if (pending.isEmpty()) {
                pendingSinceNanos = changes.detectedAtNanos();
            }
            pending.addAll(changes.paths());
            notifyAll();
            if (draining || held) {
                return;
            }
            draining = true;
        }
        execute();
    }

    private void execute() {
        try {
            rebuilds.execute(this::drain);
        } catch (RejectedExecutionException closed) {
            // an edit seen while closing: nobody is left to show it to
        }
    }

    private void drain() {
        while (true) {
            Set<Path> batch;
            long since;
            synchronized (this) {
                if (pending.isEmpty()) {
                    draining = false;
                    return;
                }
                batch = Set.copyOf(pending);
                since = pendingSinceNanos;
                pending = new LinkedHashSet<>();
            }
            rebuildOnce(batch, since);
            if (quietFor(SETTLE_AFTER)) {
                settleOnce();
            }
        }
    }

    /** True when no edit arrived for {@code period}; false as soon as one does. */
    private synchronized boolean quietFor(Duration period) {
        long deadline = System.nanoTime() + period.toNanos();
        while (pending.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private synchronized boolean hasPending() {
        return !pending.isEmpty();
    }

    /** Brings the rest of the site up to date; reloads the open pages only if that changed a page they may show. */
    private void settleOnce() {
        Optional<RebuildResult> settled;
        try {
            settled = settle.run(this::hasPending);
        } catch (RuntimeException e) {
            settled = Optional.of(RebuildResult.of(List.of(Problem.error("serve.rebuild-crashed", "", 0,
                    "The rebuild stopped with " + e + "; the last good site is still served. Please report this.")),
                    Duration.ZERO, 0));
        }
        if (settled.isEmpty()) {
            return;
        }
        RebuildResult result = settled.get();
        if (!result.ok()) {
            result.problems().forEach(listener::problem);
            server.publish(ServerEvent.errors(result.problems()));
        } else if (result.pagesWritten() > 0) {
            listener.info("Caught up in " + result.elapsed().toMillis() + " ms: " + result.pagesWritten()
                    + (result.pagesWritten() == 1 ? " more page" : " more pages") + " written");
            server.publish(ServerEvent.RELOAD);
        }
    }

    private void rebuildOnce(Set<Path> changed, long detectedAtNanos) {
        long start = System.nanoTime();
        RebuildResult result;
        try {
            result = rebuild.apply(changed);
        } catch (RuntimeException e) {
            // a bug in the build must not end the preview: report it like a build error and keep watching
            result = RebuildResult.of(List.of(Problem.error("serve.rebuild-crashed", "", 0,
                    "The rebuild stopped with " + e + "; the last good site is still served. Please report this.")),
                    Duration.ofNanos(System.nanoTime() - start), 0);
        }
        result.problems().forEach(listener::problem);
        if (result.ok()) {
            listener.info("Rebuilt in " + result.elapsed().toMillis() + " ms: " + result.pagesWritten()
                    + (result.pagesWritten() == 1 ? " page" : " pages") + " written");
            server.publish(ServerEvent.OK);
            if (reloadNow()) {
                server.publish(ServerEvent.RELOAD)
                        .thenRun(() -> recordLatency(Duration.ofNanos(System.nanoTime() - detectedAtNanos)));
            }
        } else {
            long errors = result.problems().stream().filter(Problem::isError).count();
            String told = errors + (errors == 1 ? " error" : " errors");
            server.publish(ServerEvent.errors(result.problems()));
            if (result.pagesWritten() > 0) {
                // The rest of the site was rebuilt (a broken file keeps its last good page): the open pages show
                // it, under the errors, which a page loaded since shows too.
                listener.info("Rebuilt in " + result.elapsed().toMillis() + " ms with " + told + ": "
                        + result.pagesWritten() + (result.pagesWritten() == 1 ? " page" : " pages") + " written,"
                        + " the pages of what is broken kept as they were");
                if (reloadNow()) {
                    server.publish(ServerEvent.RELOAD);
                }
            } else {
                listener.info("Rebuilt in " + result.elapsed().toMillis() + " ms with " + told + ": no page changed,"
                        + " the pages of what is broken kept as they were");
            }
        }
    }

    /**
     * Whether a rebuild that wrote pages reloads the open pages now: yes unless edits wait for the next rebuild,
     * which will, and the pages have been unshown for less than {@link #RELOAD_AT_LEAST_EVERY}.
     */
    private synchronized boolean reloadNow() {
        long now = System.nanoTime();
        if (!pending.isEmpty() && (unshownSinceNanos == 0
                || now - unshownSinceNanos < RELOAD_AT_LEAST_EVERY.toNanos())) {
            if (unshownSinceNanos == 0) {
                unshownSinceNanos = now;
            }
            return false;
        }
        unshownSinceNanos = 0;
        return true;
    }

    private synchronized void recordLatency(Duration latency) {
        if (latencies.size() == LATENCIES_KEPT) {
            latencies.removeFirst();
        }
        latencies.addLast(latency);
    }

    /** Stops watching and waits briefly for a rebuild in progress; the server keeps running. */
    @Override
    public void close() throws IOException {
        watcher.close();
        rebuilds.shutdown();
        try {
            if (!rebuilds.awaitTermination(5, TimeUnit.SECONDS)) {
                rebuilds.shutdownNow();
            }
        } catch (InterruptedException e) {
            rebuilds.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
