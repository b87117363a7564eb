package dev.duet.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Problem;
import dev.duet.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LivePreviewTest {

    private static final Duration WAIT = Duration.ofSeconds(3);
    private static final Problem BAD_DATE = Problem.error("frontmatter.date", "content/en/a.md", 2,
            "The date 2024-13-01 is not a date; write it as YYYY-MM-DD.");

    @TempDir
    Path temp;

    private Path content;
    private PreviewServer server;
    private LivePreview preview;
    private final BlockingQueue<Set<Path>> rebuilds = new LinkedBlockingQueue<>();
    private final AtomicReference<RebuildResult> nextResult =
            new AtomicReference<>(RebuildResult.of(List.of(), Duration.ofMillis(42), 3));
    private final List<String> infos = new CopyOnWriteArrayList<>();
    private final List<Problem> problems = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        Path site = TestSite.in(temp.resolve("target/site")).generatedPages().dir();
        content = Files.createDirectories(temp.resolve("content"));
        server = new PreviewServer(site, 0);
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        if (preview != null) {
            preview.close();
        }
        server.close();
    }

    private void startPreview(Function<Set<Path>, RebuildResult> rebuild) throws IOException {
        startPreview(rebuild, cancelled -> java.util.Optional.empty());
    }

    private void startPreview(Function<Set<Path>, RebuildResult> rebuild, LivePreview.Settle settle)
            throws IOException {
        createPreview(rebuild, settle);
        preview.start();
    }

    private void createPreview(Function<Set<Path>, RebuildResult> rebuild, LivePreview.Settle settle) {
        WatchSettings settings = new WatchSettings(List.of(content), List.of(temp.resolve("target")),
                Duration.ofMillis(50));
        preview = new LivePreview(server, settings, rebuild, settle, new BuildListener() {
            @Override
            public void problem(Problem problem) {
                problems.add(problem);
            }

            @Override
            public void info(String message) {
                infos.add(message);
            }
        });
    }

    /** A rebuild that records what it was given, and holds the first until {@code release} opens. */
    private Function<Set<Path>, RebuildResult> blockedFirst(CountDownLatch started, CountDownLatch release) {
        return changed -> {
            rebuilds.add(changed);
            started.countDown();
            try {
                release.await(3, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return RebuildResult.of(List.of(), Duration.ofMillis(1), 1);
        };
    }

    private RebuildResult recordingRebuild(Set<Path> changed) {
        rebuilds.add(changed);
        return nextResult.get();
    }

    @Test
    void rebuildsWithTheEditedFileAndReloadsThePages() throws Exception {
        startPreview(this::recordingRebuild);
        try (EventReader page = new EventReader(server.port())) {
            page.awaitRetry();

            Path article = Files.writeString(content.resolve("a.md"), "# Hello");

            Set<Path> changed = rebuilds.poll(3, TimeUnit.SECONDS);
            assertTrue(changed != null && changed.contains(article.toAbsolutePath()), String.valueOf(changed));
            assertEquals("ok", page.next(WAIT).name());
            assertEquals("reload", page.next(WAIT).name());
        }
        assertTrue(infos.contains("Rebuilt in 42 ms: 3 pages written"), infos.toString());
        awaitLatencyRecorded();
    }

    @Test
    void editsSeenWhileHeldAreRebuiltOnReleaseLessThePathsTheCallerWroteItself() throws Exception {
        createPreview(this::recordingRebuild, cancelled -> java.util.Optional.empty());
        preview.startHeld();
        Path imported = Files.writeString(content.resolve("imported.md"), "# Written by the first import");
        Path edited = Files.writeString(content.resolve("edited.md"), "# Saved during the first build");
        awaitPending(2);
        assertNull(rebuilds.poll(300, TimeUnit.MILLISECONDS), "nothing is rebuilt while held");

        preview.release(path -> path.equals(imported.toAbsolutePath()));

        assertEquals(Set.of(edited.toAbsolutePath()), rebuilds.poll(3, TimeUnit.SECONDS));
        Path later = Files.writeString(content.resolve("later.md"), "# Saved after");
        Set<Path> next = rebuilds.poll(3, TimeUnit.SECONDS);
        assertTrue(next != null && next.contains(later.toAbsolutePath()), "then edits are rebuilt as they come: " + next);
    }

    @Test
    void aReleaseWithNothingLeftRebuildsNothing() throws Exception {
        createPreview(this::recordingRebuild, cancelled -> java.util.Optional.empty());
        preview.startHeld();
        Path imported = Files.writeString(content.resolve("imported.md"), "# Written by the first import");
        awaitPending(1);

        preview.release(path -> path.equals(imported.toAbsolutePath()));

        assertNull(rebuilds.poll(300, TimeUnit.MILLISECONDS));
    }

    private void awaitPending(int paths) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (preview.pendingCount() < paths && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(paths, preview.pendingCount(), "the watcher saw the files");
    }

    @Test
    void theRestOfTheSiteIsBuiltOnceEditsPauseAndReloadsOnlyIfItChangedAPage() throws Exception {
        BlockingQueue<String> settled = new LinkedBlockingQueue<>();
        AtomicReference<Integer> pagesLeft = new AtomicReference<>(0);
        startPreview(this::recordingRebuild, cancelled -> {
            settled.add("ran");
            return java.util.Optional.of(RebuildResult.of(List.of(), Duration.ofMillis(7), pagesLeft.get()));
        });
        try (EventReader page = new EventReader(server.port())) {
            page.awaitRetry();
            Files.writeString(content.resolve("a.md"), "# One");
            assertEquals("ok", page.next(WAIT).name());
            assertEquals("reload", page.next(WAIT).name());
            assertEquals("ran", settled.poll(3, TimeUnit.SECONDS), "it runs once the edits pause");
            assertFalse(page.receivesWithin(Duration.ofMillis(400)), "it wrote no page, so no second reload");

            pagesLeft.set(2);
            Files.writeString(content.resolve("a.md"), "# Two");
            assertEquals("ok", page.next(WAIT).name());
            assertEquals("reload", page.next(WAIT).name());
            assertEquals("ran", settled.poll(3, TimeUnit.SECONDS));
            assertEquals("reload", page.next(WAIT).name(), "a page it wrote reloads the open pages again");
        }
        assertTrue(infos.contains("Caught up in 7 ms: 2 more pages written"), infos.toString());
    }

    @Test
    void theRestOfTheSiteWaitsWhileEditsKeepComing() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        BlockingQueue<Boolean> cancelledSeen = new LinkedBlockingQueue<>();
        startPreview(this::recordingRebuild, cancelled -> {
            started.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!cancelled.getAsBoolean() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            cancelledSeen.add(cancelled.getAsBoolean());
            return java.util.Optional.empty();
        });
        Files.writeString(content.resolve("a.md"), "# One");
        assertTrue(rebuilds.poll(3, TimeUnit.SECONDS) != null);
        assertTrue(started.await(3, TimeUnit.SECONDS), "the full build starts after the pause");
        Path second = Files.writeString(content.resolve("b.md"), "# Two");
        assertEquals(Boolean.TRUE, cancelledSeen.poll(3, TimeUnit.SECONDS), "a new edit stops it");
        Set<Path> next = rebuilds.poll(3, TimeUnit.SECONDS);
        assertTrue(next != null && next.contains(second.toAbsolutePath()), "and is rebuilt at once: " + next);
    }

    @Test
    void showsProblemsWhenTheRebuildFailsAndReloadsWhenItRecovers() throws Exception {
        startPreview(this::recordingRebuild);
        try (EventReader page = new EventReader(server.port())) {
            page.awaitRetry();

            nextResult.set(RebuildResult.of(List.of(BAD_DATE), Duration.ofMillis(5), 0));
            Files.writeString(content.resolve("a.md"), "---\ndate: 2024-13-01\n---\n");
            EventReader.Event error = page.next(WAIT);
            assertEquals("error", error.name());
            assertTrue(error.data().contains("content/en/a.md:2: error: The date 2024-13-01"), error.data());
            assertEquals(List.of(BAD_DATE), problems);

            nextResult.set(RebuildResult.of(List.of(), Duration.ofMillis(5), 1));
            Files.writeString(content.resolve("a.md"), "---\ndate: 2024-12-01\n---\n");
            assertEquals("ok", page.next(WAIT).name());
            assertEquals("reload", page.next(WAIT).name());
        }
    }

    /**
     * A rebuild with an error that still wrote pages (a picture gone: its article is published without it) shows the
     * error and reloads the open pages, which show the site as it is now; it said the last good site was still served.
     */
    @Test
    void aRebuildWithErrorsThatWrotePagesShowsTheErrorsAndReloads() throws Exception {
        startPreview(this::recordingRebuild);
        try (EventReader page = new EventReader(server.port())) {
            page.awaitRetry();

            nextResult.set(RebuildResult.of(List.of(BAD_DATE), Duration.ofMillis(5), 33));
            Files.writeString(content.resolve("a.md"), "---\ndate: 2024-13-01\n---\n");
            assertEquals("error", page.next(WAIT).name());
            assertEquals("reload", page.next(WAIT).name());
            assertTrue(infos.stream().anyMatch(i -> i.contains("with 1 error: 33 pages written")), infos.toString());
        }
    }

    @Test
    void gathersEditsMadeDuringARebuildIntoTheNextOne() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        startPreview(blockedFirst(firstStarted, releaseFirst));
        Path a = content.resolve("a.md");
        Path b = content.resolve("b.md");
        Path c = content.resolve("c.md");

        preview.changed(new ChangeSet(Set.of(a), System.nanoTime()));
        assertTrue(firstStarted.await(3, TimeUnit.SECONDS));
        preview.changed(new ChangeSet(Set.of(b), System.nanoTime()));
        preview.changed(new ChangeSet(Set.of(c), System.nanoTime()));
        releaseFirst.countDown();

        assertEquals(Set.of(a), rebuilds.poll(3, TimeUnit.SECONDS));
        assertEquals(Set.of(b, c), rebuilds.poll(3, TimeUnit.SECONDS));
        assertEquals(null, rebuilds.poll(150, TimeUnit.MILLISECONDS));
    }

    /**
     * A run of saves reloads the open pages once: a rebuild with edits waiting behind it says the build is good but
     * leaves the reload to the next rebuild, where each rebuild reloaded them (18 reloads for 40 saves).
     */
    @Test
    void aRebuildWithEditsWaitingBehindItLeavesTheReloadToTheNext() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        startPreview(blockedFirst(firstStarted, releaseFirst));
        try (EventReader page = new EventReader(server.port())) {
            page.awaitRetry();
            preview.changed(new ChangeSet(Set.of(content.resolve("a.md")), System.nanoTime()));
            assertTrue(firstStarted.await(3, TimeUnit.SECONDS));
            preview.changed(new ChangeSet(Set.of(content.resolve("b.md")), System.nanoTime()));
            releaseFirst.countDown();

            assertEquals("ok", page.next(WAIT).name());
            assertEquals("ok", page.next(WAIT).name(), "the first rebuild's reload is left to the second");
            assertEquals("reload", page.next(WAIT).name());
            assertFalse(page.receivesWithin(Duration.ofMillis(400)), "one reload for the two rebuilds");
        }
        assertEquals(2, rebuilds.size());
    }

    @Test
    void keepsWatchingAfterARebuildCrashes() throws Exception {
        AtomicReference<Boolean> crash = new AtomicReference<>(true);
        startPreview(changed -> {
            rebuilds.add(changed);
            if (crash.getAndSet(false)) {
                throw new IllegalStateException("template engine exploded");
            }
            return RebuildResult.of(List.of(), Duration.ofMillis(1), 1);
        });
        try (EventReader page = new EventReader(server.port())) {
            page.awaitRetry();

            preview.changed(new ChangeSet(Set.of(content.resolve("a.md")), System.nanoTime()));
            EventReader.Event error = page.next(WAIT);
            assertEquals("error", error.name());
            assertTrue(error.data().contains("serve.rebuild-crashed"), error.data());

            preview.changed(new ChangeSet(Set.of(content.resolve("a.md")), System.nanoTime()));
            assertEquals("ok", page.next(WAIT).name());
            assertEquals("reload", page.next(WAIT).name());
        }
    }

    @Test
    void refusesAResultWhoseOkContradictsItsProblems() {
        assertThrowsIllegalArgument(() -> new RebuildResult(List.of(BAD_DATE), true, Duration.ZERO, 0));
        assertFalse(RebuildResult.of(List.of(BAD_DATE), Duration.ZERO, 0).ok());
    }

    private static void assertThrowsIllegalArgument(Runnable action) {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, action::run);
    }

    private void awaitLatencyRecorded() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (preview.reloadLatencies().isEmpty()) {
            assertTrue(System.nanoTime() < deadline, "no edit-to-reload latency recorded");
            Thread.sleep(10);
        }
        assertTrue(preview.reloadLatencies().get(0).compareTo(Duration.ofSeconds(3)) < 0);
    }
}
