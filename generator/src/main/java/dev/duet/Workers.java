package dev.duet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed set of threads that share out the items of a list: each thread runs the caller's loop, which takes the
 * next free index until none is left. The loop, and so the call it makes for each item, is the caller's own code:
 * the JIT compiler compiles each kind of work by itself, instead of one shared dispatch site inlining every kind of
 * work that passes through it (which made a stream stage the largest compilation of an import).
 */
final class Workers implements AutoCloseable {

    /** The caller's loop; {@code next} gives the next free index, or -1 when every item is taken. */
    @FunctionalInterface
    interface Loop {
        void run(Next next) throws IOException;
    }

    /** Hands out indexes {@code 0..size-1}, each once, to whichever thread asks first. */
    static final class Next {
        private final AtomicInteger next = new AtomicInteger();
        private final int size;

        private Next(int size) {
            this.size = size;
        }

        int index() {
            int i = next.getAndIncrement();
            return i < size ? i : -1;
        }
    }

    private final int threads;
    private final ExecutorService pool;

    Workers(int threads) {
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "duet-worker");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs {@code loop} on every thread over indexes {@code 0..size-1}, and returns when all are done. */
    void share(int size, Loop loop) throws IOException {
        if (size == 0) {
            return;
        }
        Next next = new Next(size);
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int t = 0; t < Math.min(threads, size); t++) {
            tasks.add(() -> {
                loop.run(next);
                return null;
            });
        }
        try {
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
