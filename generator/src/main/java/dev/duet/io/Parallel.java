package dev.duet.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/** Work on every item of a list on a pool of its own, so that a build uses exactly the threads it was given. */
public final class Parallel {

    private Parallel() {
    }

    /** A unit of work that may fail with an I/O error. */
    @FunctionalInterface
    public interface Work<T, R> {
        R apply(T input) throws IOException;
    }

    /**
     * Applies {@code work} to every item on {@code threads} threads; the results keep the items' order. The first
     * I/O error or runtime exception of any item is thrown, once no item is being worked on any more: work that
     * writes files has stopped writing when the caller sees the error.
     */
    public static <T, R> List<R> map(int threads, List<T> items, Work<T, R> work) throws IOException {
        ForkJoinPool pool = new ForkJoinPool(threads);
        boolean done = false;
        try {
            List<R> results = pool.submit(() -> items.parallelStream().map(item -> {
                try {
                    return work.apply(item);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList()).get();
            done = true;
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (done) {
                pool.shutdown();
            } else {
                // A failed stream returns while other items may still run: the items not begun are dropped, and
                // those under way are waited for.
                pool.shutdownNow();
                awaitEnd(pool);
            }
        }
    }

    /**
     * The value of work started on another core, with what it threw thrown here as {@link #map} throws it: an I/O
     * error it threw as an {@link UncheckedIOException} as the I/O error, a runtime exception or error as itself.
     */
    public static <T> T join(CompletableFuture<T> work) throws IOException {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static void awaitEnd(ForkJoinPool pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
