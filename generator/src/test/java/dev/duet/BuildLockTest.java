package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.content.ImportReport;
import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Problem;
import dev.duet.io.CacheLock;
import dev.duet.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build, an import or a merge of a site waits while another holds the site's cache folder. */
class BuildLockTest {

    @TempDir
    Path dir;

    @Test
    void aBuildAndAnImportWaitWhileAnotherHoldsTheCacheAndThenRun() throws Exception {
        TestSite site = TestSite.in(dir).news();
        Path cache = site.config().build().cacheDir();
        CountDownLatch waiting = new CountDownLatch(2);
        BuildListener listener = new BuildListener() {
            @Override
            public void problem(Problem problem) {
            }

            @Override
            public void info(String message) {
                if (message.startsWith("Waiting for another build of this site to finish")) {
                    waiting.countDown();
                }
            }
        };
        Duet duet = new Duet(site.config().build(), listener);
        CompletableFuture<BuildResult> build;
        CompletableFuture<ImportReport> imported;
        try (CacheLock other = CacheLock.acquire(cache, message -> { })) {
            build = CompletableFuture.supplyAsync(unchecked(duet::build));
            imported = CompletableFuture.supplyAsync(unchecked(duet::importSources));
            assertTrue(waiting.await(30, TimeUnit.SECONDS), "both say that they wait");
            assertFalse(build.isDone());
            assertFalse(imported.isDone());
            assertFalse(Files.exists(site.out().resolve("index.html")), "nothing is written meanwhile");
        }
        BuildResult result = build.get(60, TimeUnit.SECONDS);
        imported.get(60, TimeUnit.SECONDS);
        assertTrue(result.written() > 0);
        assertTrue(Files.isRegularFile(site.out().resolve("index.html")));
        assertEquals(0, result.problems().stream().filter(Problem::isError).count(), result.problems().toString());
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    private static <T> Supplier<T> unchecked(Work<T> work) {
        return () -> {
            try {
                return work.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
