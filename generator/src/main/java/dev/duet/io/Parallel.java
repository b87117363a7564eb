package dev.duet.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

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
     * I/O error or runtime exception of any item is thrown.
     */
    public static <T, R> List<R> map(int threads, List<T> items, Work<T, R> work) throws IOException {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> items.parallelStream().map(item -> {
                try {
                    return work.apply(item);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList()).get();
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
            pool.shutdown();
        }
    }
}
