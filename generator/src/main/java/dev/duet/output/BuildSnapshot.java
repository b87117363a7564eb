package dev.duet.output;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import dev.duet.diagnostic.Problem;
import dev.duet.io.AtomicWriter;
import dev.duet.io.FileClock;
import dev.duet.io.Parallel;
import dev.duet.model.Lifecycle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What the last build without errors read, wrote and reported, kept in the cache folder: a digest of everything
 * besides the files that decides the output (configuration, theme, Duet's versions), the stamps of the files it read
 * and of the files it wrote, its counts and its problems. When the next build finds all of that as it was, it would
 * write the same bytes and report the same problems, so it is skipped, as Make or Gradle skip a task whose inputs
 * and outputs are up to date. Any doubt means a real build.
 *
 * <p>A stamp cannot show a change made within the same clock tick as the change it recorded (file systems keep
 * times as coarsely as 2 seconds). So, as git does for "racily clean" files: an input whose time is within
 * {@link #RACY_WINDOW} of the moment the inputs were listed, and an output written within that window of the moment
 * it was stamped (the case of the last files of any build), is recorded with a digest of its bytes as well, and is
 * read again to be compared.
 *
 * @param digest what decides the output besides the files
 * @param inputs the files the build read, listed before it read them
 * @param stamped when the outputs were stamped, in nanoseconds since the epoch
 * @param outputs every file of the site, by site path, in path order
 * @param articles the article pages the build made
 * @param files the files the site has
 * @param problems every problem the build reported, in its order
 * @param schedule the stories the build left waiting for their date: once the next is due (or for a build at a time
 *     before an article it published), the site is not up to date, though no file changed
 */
public record BuildSnapshot(String digest, BuildInputs inputs, long stamped, Map<String, Output> outputs,
        int articles, int files, List<Problem> problems, Lifecycle.Schedule schedule) {

    static final String FILE = "build-snapshot.txt";
    /**
     * The last snapshot while a build that has not finished may have changed the output, or what the last build
     * with errors read ({@link #saveAside}).
     */
    static final String SET_ASIDE = "build-snapshot-set-aside.txt";

    /** How close to a moment a file's time may be for its stamp not to be trusted ({@link FileClock}). */
    public static final long RACY_WINDOW = FileClock.RACY_WINDOW;

    public BuildSnapshot {
        outputs = Collections.unmodifiableSortedMap(new TreeMap<>(outputs));
        problems = List.copyOf(problems);
        java.util.Objects.requireNonNull(schedule, "schedule");
    }

    /** The snapshot of a build that left no story waiting. */
    public BuildSnapshot(String digest, BuildInputs inputs, long stamped, Map<String, Output> outputs,
            int articles, int files, List<Problem> problems) {
        this(digest, inputs, stamped, outputs, articles, files, problems, Lifecycle.Schedule.NONE);
    }

    /** This snapshot, recording the stories its build left waiting. */
    public BuildSnapshot scheduled(Lifecycle.Schedule waiting) {
        return new BuildSnapshot(digest, inputs, stamped, outputs, articles, files, problems, waiting);
    }

    /** True when a build at {@code buildTime} publishes the same articles as the one this snapshot recorded. */
    public boolean holdsAt(java.time.Instant buildTime) {
        return schedule.holdsAt(buildTime);
    }

    /**
     * An output file as the build left it.
     *
     * @param stamp its stamp
     * @param content a digest of its bytes, when it was written too close to the moment it was stamped for the
     *     stamp to tell a later change; else empty
     */
    record Output(FileStamp stamp, String content) {
    }

    /**
     * Stamps the files a build wrote, right after it finished, on {@code threads} threads. A file that cannot be
     * read is recorded as absent, which the next build takes for a change.
     */
    public static BuildSnapshot take(String digest, BuildInputs inputs, Path outputDir, Collection<String> written,
            int articles, List<Problem> problems, int threads) throws IOException {
        return take(digest, inputs, outputDir, written, Set.of(), KnownOutputs.none(), articles, problems, threads);
    }

    /**
     * Stamps the files a build made, as {@link #take(String, BuildInputs, Path, Collection, int, List, int)} does,
     * taking the stamps of the files it did not write ({@code rewritten} names those it did) from what the
     * up-to-date check before it found ({@code known}) instead of looking at them again.
     */
    public static BuildSnapshot take(String digest, BuildInputs inputs, Path outputDir, Collection<String> written,
            Set<String> rewritten, KnownOutputs known, int articles, List<Problem> problems, int threads)
            throws IOException {
        OutputPaths paths = new OutputPaths(outputDir);
        long stamped = FileClock.now();
        List<String> files = List.copyOf(written);
        List<Output> stamps = onThreads(threads, files, path -> {
            try {
                // A known file was found in the output by the check (so its path is plain): its stamp is taken as
                // it is, without the path resolved again, unless it is too recent to be trusted.
                Optional<FileStamp> checked = rewritten.contains(path) ? Optional.empty() : known.stamp(path);
                Optional<Path> file = checked.isPresent() ? Optional.empty() : paths.find(path);
                FileStamp stamp = checked.isPresent() ? checked.get()
                        : file.isEmpty() ? FileStamp.ABSENT : FileStamp.read(file.get(), NOFOLLOW_LINKS);
                if (!stamp.isWithin(RACY_WINDOW, stamped)) {
                    return new Output(stamp, "");
                }
                if (file.isEmpty()) {
                    file = paths.find(path);
                }
                return new Output(stamp, file.isPresent() ? FileStamp.contentDigest(file.get()) : "");
            } catch (IOException e) {
                return new Output(FileStamp.ABSENT, "");
            }
        });
        // The files come in path order from a build: then the map is made in one pass.
        return new BuildSnapshot(digest, inputs, stamped, AscendingMap.of(files, stamps), articles, written.size(),
                problems);
    }

    /**
     * True when a build with this digest and these inputs would make what this snapshot recorded: the same digest,
     * the same input files with the same stamps, and those changed near the time they were listed still holding
     * the bytes they held then. Whether the output is still as the build left it is {@link #checkOutputs}'s
     * question.
     */
    public boolean matches(String digest, BuildInputs now, Path siteDir) {
        return this.digest.equals(digest) && inputs.sameAs(now, siteDir);
    }

    /**
     * What {@link #checkOutputs} found.
     *
     * @param checked when the check started, in nanoseconds since the epoch
     * @param changed the site paths of the files no longer as the build left them
     */
    public record OutputCheck(long checked, Set<String> changed) {

        public OutputCheck {
            changed = Collections.unmodifiableSet(new TreeSet<>(changed));
        }
    }

    /**
     * Finds the files of the site that are no longer as the build left them, looking at them on {@code threads}
     * threads: deleted, replaced or changed since. A file that cannot be looked at is a doubt, and so a change.
     */
    public OutputCheck checkOutputs(Path outputDir, int threads) throws IOException {
        OutputPaths paths = new OutputPaths(outputDir);
        long checked = FileClock.now();
        List<Map.Entry<String, Output>> entries = List.copyOf(outputs.entrySet());
        List<Boolean> unchanged = onThreads(threads, entries, entry -> {
            Optional<Path> file = paths.find(entry.getKey());
            try {
                return file.isPresent() && isUnchanged(file.get(), entry.getValue());
            } catch (IOException e) {
                return false;
            }
        });
        Set<String> changed = new TreeSet<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!unchanged.get(i)) {
                changed.add(entries.get(i).getKey());
            }
        }
        return new OutputCheck(checked, changed);
    }

    /** The outputs the check found as this snapshot recorded them, for the snapshot of the build that follows. */
    public KnownOutputs known(OutputCheck check) {
        return KnownOutputs.of(outputs, check.changed());
    }

    /**
     * This snapshot after a check that found every output as it was and the inputs listed {@code now} the same,
     * for the next check to trust stamps where this one had to compare bytes: an output whose time is now far
     * enough from the check's start is known by its stamp alone, and an input whose stamp changed but not its
     * bytes by its new stamp. Empty when nothing became so.
     */
    public Optional<BuildSnapshot> refreshed(OutputCheck check, BuildInputs now) {
        if (!check.changed().isEmpty()) {
            return Optional.empty();
        }
        SortedMap<String, Output> refreshed = new TreeMap<>(outputs);
        // Inputs whose stamps changed but not their bytes are known by their new stamps from now on.
        boolean restamped = !inputs.files().equals(now.files());
        BuildInputs newInputs = restamped ? inputs.restamped(now) : inputs;
        boolean any = restamped;
        for (Map.Entry<String, Output> entry : refreshed.entrySet()) {
            Output output = entry.getValue();
            if (!output.content().isEmpty() && !output.stamp().isWithin(RACY_WINDOW, check.checked())) {
                entry.setValue(new Output(output.stamp(), ""));
                any = true;
            }
        }
        return any ? Optional.of(new BuildSnapshot(digest, newInputs, check.checked(), refreshed, articles, files,
                problems, schedule)) : Optional.empty();
    }

    private static boolean isUnchanged(Path file, Output output) throws IOException {
        FileStamp stamp = FileStamp.read(file, NOFOLLOW_LINKS);
        if (stamp.isAbsent() || !stamp.equals(output.stamp()) && !stamp.isWholeSecondsOf(output.stamp())) {
            return false;
        }
        return output.content().isEmpty() || output.content().equals(FileStamp.contentDigest(file));
    }

    /** Applies {@code work} to every item on a pool of {@code threads} threads; the results keep the items' order. */
    private static <T, R> List<R> onThreads(int threads, List<T> items, Function<T, R> work) throws IOException {
        return Parallel.map(threads, items, work::apply);
    }


    /** The last build's snapshot, or empty when there is none or it cannot be read whole. */
    public static Optional<BuildSnapshot> load(Path cacheDir) {
        return load(cacheDir, FILE);
    }

    private static Optional<BuildSnapshot> load(Path cacheDir, String name) {
        return read(cacheDir, name, SnapshotFile::read);
    }

    /** How a snapshot file, or a part of it, is read from its stream; empty when it is not one. */
    private interface Reading<T> {
        Optional<T> read(java.io.InputStream in) throws IOException;
    }

    /** What {@code reading} takes from the file {@code name} of the cache folder; empty when it cannot be read. */
    private static <T> Optional<T> read(Path cacheDir, String name, Reading<T> reading) {
        Path file = cacheDir.resolve(name);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try (java.io.InputStream in = Files.newInputStream(file)) {
                return reading.read(in);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Writes the snapshot into the cache folder, streamed, replacing the last one at once. */
    public void save(Path cacheDir) throws IOException {
        AtomicWriter.writeStreamIfChanged(cacheDir.resolve(FILE), out -> SnapshotFile.write(this, out));
        Files.deleteIfExists(cacheDir.resolve(SET_ASIDE));
    }

    /**
     * Removes the last build's snapshot, before a build changes the output folder: if that build stops or fails,
     * no snapshot speaks for files it may have changed.
     */
    public static void delete(Path cacheDir) throws IOException {
        Files.deleteIfExists(cacheDir.resolve(FILE));
    }

    /**
     * Sets the last build's snapshot aside, before a build changes the output folder: as {@link #delete}, no
     * snapshot then speaks for the output, but {@link #lastFinished} still tells what the last build that finished
     * read, however many builds stopped or failed since.
     */
    public static void setAside(Path cacheDir) throws IOException {
        Path file = cacheDir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            Files.move(file, cacheDir.resolve(SET_ASIDE), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /**
     * Writes the snapshot as the one set aside, the snapshot of a build with errors: {@link #lastFinished} tells
     * what that build read, so that the next build knows the stories it published that are gone since, and the
     * stamps of what it wrote, so that the next build finds the files changed by hand since; but {@link #load}
     * finds none, so that the next build runs.
     */
    public void saveAside(Path cacheDir) throws IOException {
        Files.deleteIfExists(cacheDir.resolve(FILE));
        AtomicWriter.writeStreamIfChanged(cacheDir.resolve(SET_ASIDE), out -> SnapshotFile.write(this, out));
    }

    /**
     * The snapshot of the last build that finished, with errors or not: the last one, else the one set aside (by a
     * build with errors, or before a build that did not finish).
     */
    /**
     * The inputs of {@link #lastFinished}, read without its outputs: a site's article files, cheaper than the whole
     * snapshot, which has a line per file of the site.
     */
    public static Optional<BuildInputs> lastFinishedInputs(Path cacheDir) {
        Optional<BuildInputs> last = read(cacheDir, FILE, SnapshotFile::readInputs);
        return last.isPresent() ? last : read(cacheDir, SET_ASIDE, SnapshotFile::readInputs);
    }

    /**
     * Whether the cache folder holds a snapshot, or one set aside by a build under way, that cannot be read: damaged,
     * cut short (a cache restored in part), or written by another version of Duet.
     */
    public static boolean isUnreadable(Path cacheDir) {
        return (Files.isRegularFile(cacheDir.resolve(FILE)) || Files.isRegularFile(cacheDir.resolve(SET_ASIDE)))
                && lastFinishedInputs(cacheDir).isEmpty();
    }

    public static Optional<BuildSnapshot> lastFinished(Path cacheDir) {
        Optional<BuildSnapshot> last = load(cacheDir);
        return last.isPresent() ? last : load(cacheDir, SET_ASIDE);
    }
}
