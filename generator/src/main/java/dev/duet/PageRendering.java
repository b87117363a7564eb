package dev.duet;

import dev.duet.diagnostic.Problem;
import dev.duet.io.Parallel;
import dev.duet.model.Permalinks;
import dev.duet.output.OutputLinkException;
import dev.duet.output.RenderCache;
import dev.duet.output.SiteWriter;
import dev.duet.render.RenderTask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Renders render tasks on every core and writes the files whose bytes changed, skipping the tasks whose inputs or
 * fingerprint the render cache has for a file still on disk. A build that may be cancelled stops between pages.
 */
final class PageRendering {

    /**
     * What rendering a set of pages did: the files the site has, how many were rendered and written, the files
     * written, problems.
     */
    record Pages(List<String> files, int rendered, int written, int pagesWritten, List<Problem> problems,
            List<String> writtenFiles) {

        Pages {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
            writtenFiles = List.copyOf(writtenFiles);
        }

        /**
         * The files, sorted and each once: the order the stages after rendering (the stale files, the render cache,
         * the snapshot) read them in, so that each finds them sorted rather than sorting them again.
         */
        List<String> sortedFiles() {
            return Arrays.asList(files.stream().sorted().distinct().toArray(String[]::new));
        }

        /** No pages yet, and the problems found while listing them. */
        static Pages listed(List<Problem> problems) {
            return new Pages(List.of(), 0, 0, 0, sorted(problems), List.of());
        }

        /** Both sets of pages; problems in a stable order. */
        Pages plus(Pages other) {
            List<String> allFiles = new ArrayList<>(files);
            allFiles.addAll(other.files);
            List<Problem> allProblems = new ArrayList<>(problems);
            allProblems.addAll(other.problems);
            List<String> allWritten = new ArrayList<>(writtenFiles);
            allWritten.addAll(other.writtenFiles);
            return new Pages(allFiles, rendered + other.rendered, written + other.written,
                    pagesWritten + other.pagesWritten, sorted(allProblems), allWritten);
        }

        private static List<Problem> sorted(List<Problem> problems) {
            return problems.stream().distinct().sorted(Comparator.comparing(Problem::file)
                    .thenComparingInt(Problem::line).thenComparing(Problem::message)).toList();
        }
    }

    private final int threads;
    private final SiteWriter writer;
    private final RenderCache cache;
    private final BooleanSupplier cancelled;
    private final RenderProgress progress;
    /** The output files known to be as the last build left them, which a skipped file need not be looked at for. */
    private final Predicate<String> asLeft;

    PageRendering(int threads, SiteWriter writer, RenderCache cache, BooleanSupplier cancelled,
            RenderProgress progress) {
        this(threads, writer, cache, cancelled, progress, path -> false);
    }

    /**
     * Renders with the files {@code asLeft} names taken to be as the last build left them (the up-to-date check
     * found each with the stamp the last build recorded), so that one whose inputs or fingerprint are current is
     * skipped without asking the file system whether it is still there.
     */
    PageRendering(int threads, SiteWriter writer, RenderCache cache, BooleanSupplier cancelled,
            RenderProgress progress, Predicate<String> asLeft) {
        this.threads = threads;
        this.writer = writer;
        this.cache = cache;
        this.cancelled = cancelled;
        this.progress = progress;
        this.asLeft = asLeft;
    }

    /**
     * Renders the steps one after the other, each on every core, adding to the pages {@code done} before; empty
     * when cancelled.
     */
    Optional<Pages> render(List<List<RenderTask>> steps, Pages done) throws IOException {
        Pages pages = done;
        for (List<RenderTask> step : steps) {
            Optional<Pages> rendered = render(step);
            if (rendered.isEmpty()) {
                return Optional.empty();
            }
            pages = pages.plus(rendered.get());
        }
        return Optional.of(pages);
    }

    /** Renders the tasks on every core; empty when cancelled. */
    Optional<Pages> render(List<RenderTask> tasks) throws IOException {
        List<String> writtenFiles = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger written = new AtomicInteger();
        AtomicInteger pagesWritten = new AtomicInteger();
        AtomicInteger rendered = new AtomicInteger();
        AtomicBoolean stopped = new AtomicBoolean();
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        // Each task gives the path of the file the site has from it, or null; the paths come back in the tasks'
        // order, so that the site's files are listed in that order without a lock.
        List<String> made = Parallel.map(threads, tasks, task -> {
            if (stopped.get() || cancelled.getAsBoolean()) {
                stopped.set(true);
                return null;
            }
            progress.fileDone();
            String path = task.path();
            // A file the check found as the last build left it is in the output, at a path the writer takes: a
            // skipped one is neither resolved nor looked at again.
            boolean there = asLeft.test(path);
            Optional<Path> target = there ? Optional.empty() : writer.find(path);
            if (!there && target.isEmpty()) {
                writer.unnameable(path).ifPresent(why -> problems.add(Problem.error("build.file-name", path, 0, why)));
                return null;
            }
            // Inputs the file was last rendered from mean the view it was rendered from: no view needs making.
            String inputs = task.inputs().get();
            if (cache.inputsCurrent(path, inputs) && (there || SiteWriter.holds(target.get()))) {
                cache.keepPrevious(path);
                return path;
            }
            String fingerprint = task.fingerprint().get();
            if (cache.isCurrent(path, fingerprint) && (there || SiteWriter.holds(target.get()))) {
                cache.record(path, fingerprint, inputs);
                return path;
            }
            if (target.isEmpty()) {
                target = writer.find(path);
                if (target.isEmpty()) {
                    return null;
                }
            }
            RenderTask.Result result;
            try {
                result = task.run();
            } catch (UncheckedIOException e) {
                // An article file read again for its body, changed or gone since the build read it.
                result = RenderTask.Result.failed(Problem.error("build.read", path, 0,
                        "cannot render: " + e.getCause().getMessage()));
            }
            rendered.incrementAndGet();
            result.problem().ifPresent(problems::add);
            if (result.bytes().isPresent()) {
                boolean wrote;
                try {
                    wrote = writer.writeIfChanged(target.get(), result.bytes().get());
                } catch (OutputLinkException e) {
                    // Not written, and not recorded: the build after the link is gone writes it.
                    problems.add(e.problem());
                    return path;
                }
                if (wrote) {
                    written.incrementAndGet();
                    writtenFiles.add(path);
                    if (!path.startsWith(Permalinks.SEARCH_INDEX)) {
                        pagesWritten.incrementAndGet();
                    }
                }
                cache.record(path, fingerprint, inputs);
            }
            // A page that failed to render keeps its last good version rather than being deleted as stale.
            return path;
        });
        if (stopped.get()) {
            return Optional.empty();
        }
        List<String> files = new ArrayList<>(made.size());
        for (String path : made) {
            if (path != null) {
                files.add(path);
            }
        }
        // Tasks run in any order; report their problems in a stable one.
        return Optional.of(new Pages(files, rendered.get(), written.get(), pagesWritten.get(),
                Pages.sorted(problems), writtenFiles));
    }
}
