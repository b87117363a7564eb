package dev.duet.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The lock a build, an import or a merge holds on its site's cache folder while it runs, so that a second one of the
 * same site (another terminal, an IDE, a second CI step) waits for it instead of working on the same snapshot, render
 * cache, import journal and search spills at once: each build removes the spill folders a killed build left, and
 * would remove those of a build under way. The lock is the operating system's, on the file {@code lock} of the
 * cache folder: a process killed while it holds it lets it go with the process, so nothing is ever left to remove by
 * hand. A file system that cannot lock files (some network shares) gets no lock, and a message says so.
 */
public final class CacheLock implements AutoCloseable {

    /** The lock file's name in the cache folder. */
    public static final String FILE_NAME = "lock";
    /** How often a waiting build tries again; a lock held in this JVM cannot be waited for otherwise. */
    private static final long RETRY_MILLIS = 100;

    private final FileChannel channel;
    private final Optional<FileLock> lock;

    private CacheLock(FileChannel channel, Optional<FileLock> lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code cacheDir} (created if missing), waiting as long as another process, or another build
     * in this JVM, holds it; {@code messages} is told once that the build waits, and why.
     */
    public static CacheLock acquire(Path cacheDir, Consumer<String> messages) throws IOException {
        CacheFolder.require(cacheDir);
        CacheFolder.requireOwn(cacheDir);
        Path file = cacheDir.resolve(FILE_NAME);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        boolean told = false;
        try {
            while (true) {
                FileLock lock;
                try {
                    lock = tryLock(channel);
                } catch (IOException e) {
                    messages.accept("Cannot lock " + file + " (" + e.getMessage() + "): two builds of this site at"
                            + " once would work on the same cache");
                    return new CacheLock(channel, Optional.empty());
                }
                if (lock != null) {
                    return new CacheLock(channel, Optional.of(lock));
                }
                if (!told) {
                    messages.accept("Waiting for another build of this site to finish: it holds " + file);
                    told = true;
                }
                Thread.sleep(RETRY_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            channel.close();
            throw new InterruptedIOException("stopped while waiting for the lock " + file);
        } catch (RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Takes the lock of {@code cacheDir} (created if missing) when no other process, and no other holder in this JVM,
     * has it; empty when one has. A file system that cannot lock files gives a lock that locks nothing.
     */
    public static Optional<CacheLock> tryAcquire(Path cacheDir) throws IOException {
        CacheFolder.require(cacheDir);
        FileChannel channel = FileChannel.open(cacheDir.resolve(FILE_NAME), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new CacheLock(channel, Optional.of(lock)));
        } catch (IOException e) {
            return Optional.of(new CacheLock(channel, Optional.empty()));
        }
    }

    /** The lock of {@code channel}'s file, or null when another process, or another holder in this JVM, has it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** Lets the lock go; the file stays, for the next build to lock. */
    @Override
    public void close() throws IOException {
        try {
            if (lock.isPresent()) {
                lock.get().release();
            }
        } finally {
            channel.close();
        }
    }
}
