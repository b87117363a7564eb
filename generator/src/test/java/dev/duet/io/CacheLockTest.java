package dev.duet.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheLockTest {

    @TempDir
    Path dir;

    @Test
    void aFileWhereTheCacheFolderShouldBeIsNamedAndLeftAsItIs() throws Exception {
        Path cache = dir.resolve("target/duet");
        Files.createDirectories(cache.getParent());
        Files.writeString(cache, "notes");

        NotAFolderException e = assertThrows(NotAFolderException.class, () -> CacheLock.acquire(cache, m -> { }));

        assertEquals(cache.toString(), e.getFile());
        assertTrue(e.getMessage().startsWith(cache + ": a file is where Duet keeps its cache folder"), e.getMessage());
        assertTrue(e.getMessage().contains("move or delete it, or set <cacheDir>"), e.getMessage());
        assertEquals("notes", Files.readString(cache), "it may be the user's: Duet leaves it");
    }

    @Test
    void aSecondBuildInThisJvmWaitsUntilTheFirstLetsGo() throws Exception {
        Path cache = dir.resolve("target/duet");
        List<String> messages = new CopyOnWriteArrayList<>();
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<CacheLock> second;
        try (CacheLock first = CacheLock.acquire(cache, messages::add)) {
            assertTrue(Files.isRegularFile(cache.resolve(CacheLock.FILE_NAME)), "the cache folder is made");
            second = CompletableFuture.supplyAsync(() -> {
                try {
                    return CacheLock.acquire(cache, message -> {
                        messages.add(message);
                        waiting.countDown();
                    });
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertTrue(waiting.await(30, TimeUnit.SECONDS), "the second says that it waits");
            assertFalse(second.isDone(), "and has not the lock while the first holds it");
        }
        second.get(30, TimeUnit.SECONDS).close();
        assertEquals(1, messages.size(), "told once: " + messages);
        assertTrue(messages.get(0).startsWith("Waiting for another build of this site to finish: it holds "),
                messages.get(0));
        assertTrue(messages.get(0).endsWith(cache.resolve(CacheLock.FILE_NAME).toString()), messages.get(0));
        try (CacheLock again = CacheLock.acquire(cache, messages::add)) {
            assertEquals(1, messages.size(), "a lock let go is taken at once");
        }
    }

    @Test
    void aLockHeldByAnotherProcessIsWaitedForAndLetGoWhenThatProcessIsKilled() throws Exception {
        Path cache = dir.resolve("cache");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process holder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Holder.class.getName(), cache.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertEquals("held", out.readLine(), "the other process holds the lock");
            CountDownLatch waiting = new CountDownLatch(1);
            CompletableFuture<CacheLock> mine = CompletableFuture.supplyAsync(() -> {
                try {
                    return CacheLock.acquire(cache, message -> waiting.countDown());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertTrue(waiting.await(30, TimeUnit.SECONDS), "this build waits for the other process");
            assertFalse(mine.isDone());
            // kill -9: the operating system lets the lock go with the process; no file is left to remove by hand.
            holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            mine.get(30, TimeUnit.SECONDS).close();
        } finally {
            holder.destroyForcibly();
        }
    }

    /** Holds the lock of the cache folder given until it is killed. */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            try (CacheLock lock = CacheLock.acquire(Path.of(args[0]), message -> { })) {
                System.out.println("held");
                System.out.flush();
                Thread.sleep(120_000);
            }
        }
    }
}
