package dev.duet.output;

import dev.duet.diagnostic.Problem;
import dev.duet.io.AtomicWriter;
import dev.duet.io.CacheFolder;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes the site's files into the output folder and removes the files an earlier build wrote that this build no
 * longer makes. It writes only files whose bytes changed (so unchanged pages keep their timestamps and a no-change
 * rebuild writes nothing), each atomically, and it never touches a file outside the output folder or one it did
 * not write itself: the list of files it wrote is kept in the cache folder.
 *
 * <p>A build that stops half way (killed, failed, cancelled) must leave nothing the next build cannot repair. So
 * {@link #begin} sets the {@link BuildMarker} and adds every path the build may write to the list before the first
 * file is written: the next build, which finds the marker, renders every file, and its {@link #finish} removes the
 * files the stopped build made that it does not make; {@link #removeLeftovers} removes the rest.
 */
public final class SiteWriter {

    static final String MANIFEST = "output-manifest.txt";
    /** The list's last line, which no site path is: a list without it was cut short. */
    private static final String END_LINE = ".";
    private static final String END = END_LINE + "\n";
    /**
     * Left in the cache folder while the output folder holds files no build is known to have made, found by a build
     * without a list it could trust: each build after looks for them again, until they are gone.
     */
    static final String STRAYS = "output-strays.txt";

    private final OutputPaths paths;
    private final Path manifest;
    private final Path strays;
    private final AtomicWriter files;
    private final BuildMarker marker;
    /** The folders of the output found to be real folders, not links, where this build wrote or deleted. */
    private final OutputLinks links;
    /** The links a write was refused for, which the caller reported: {@link #finish} does not report them again. */
    private final Set<Path> refused = ConcurrentHashMap.newKeySet();
    /** Set once {@link #begin} has listed the paths this build may write; no file is written before. */
    private volatile boolean begun;
    /**
     * The paths the list held after {@link #begin}, sorted, when they were exactly those this build may write (no
     * file of an earlier build left to remove); else null.
     */
    private volatile String[] listedAfterBegin;
    /** Whether the list of files the writer wrote was missing at {@link #begin}: no build before is known. */
    private boolean unlisted;
    /** Whether that list was there but damaged, and so taken as missing. */
    private boolean damaged;
    /** Whether the output folder was missing or empty at {@link #begin}: every folder in it is this build's. */
    private volatile boolean begunEmpty;
    /** Whether this build looks for files no build made: one that trusts nothing ({@link #trustNothing}). */
    private volatile boolean foreignLooked;

    /** A writer for a site that may be served while it is written: every file is replaced atomically. */
    public SiteWriter(Path outputDir, Path cacheDir) {
        this(outputDir, cacheDir, false);
    }

    /**
     * @param newFilesInPlace write files that do not exist yet straight to their names (see {@link AtomicWriter});
     *     for a publishing build, which nobody reads while it runs
     */
    public SiteWriter(Path outputDir, Path cacheDir, boolean newFilesInPlace) {
        this.paths = new OutputPaths(outputDir);
        this.manifest = cacheDir.resolve(MANIFEST);
        this.strays = cacheDir.resolve(STRAYS);
        this.files = new AtomicWriter(newFilesInPlace);
        this.marker = BuildMarker.in(cacheDir);
        this.links = new OutputLinks(paths.root());
    }

    /**
     * Before {@link #begin}: this build trusts nothing (forced), and so, like a build after one that did not finish,
     * names the files in the output folder that no build made.
     */
    public void trustNothing() {
        foreignLooked = true;
    }

    /**
     * Before the first file is written: sets the {@link BuildMarker} and adds the site paths this build may write
     * to the list of files the writer wrote, so that if the build stops, the next build's {@link #finish} removes
     * those it no longer makes. The list is rewritten, and forced to the disk, only when it gains a path.
     */
    public void begin(Collection<String> sitePaths) throws IOException {
        CacheFolder.requireOutput(paths.root());
        boolean unfinished = marker.isSet();
        marker.set();
        String[] now = sitePaths.stream().sorted().distinct().toArray(String[]::new);
        boolean[] listed = new boolean[now.length];
        List<String> earlier = new ArrayList<>();
        AscendingSearch search = new AscendingSearch(now);
        Listing listing = readList(manifest, old -> {
            int at = search.indexOf(old);
            if (at >= 0) {
                listed[at] = true;
            } else {
                earlier.add(old);
            }
        });
        // An output folder this build begins empty holds nothing it did not make: no stray to look for at the end,
        // and no link on the way to a file it writes.
        begunEmpty = isEmpty(paths.root());
        unlisted = (listing != Listing.READ || Files.exists(strays)) && !begunEmpty;
        foreignLooked = (unfinished || foreignLooked) && !unlisted && !begunEmpty;
        if (listing == Listing.DAMAGED) {
            // Taken as missing: every path is listed again, and no earlier one is taken on its word.
            Arrays.fill(listed, false);
            earlier.clear();
            damaged = true;
        }
        boolean gains = listing == Listing.DAMAGED;
        for (boolean was : listed) {
            gains |= !was;
        }
        if (gains) {
            earlier.sort(Comparator.naturalOrder());
            AtomicWriter.writeTextIfChanged(manifest, out -> {
                int e = 0;
                for (String path : now) {
                    for (; e < earlier.size() && earlier.get(e).compareTo(path) < 0; e++) {
                        out.write(earlier.get(e));
                        out.write('\n');
                    }
                    out.write(path);
                    out.write('\n');
                }
                for (; e < earlier.size(); e++) {
                    out.write(earlier.get(e));
                    out.write('\n');
                }
                out.write(END);
            });
            try (FileChannel channel = FileChannel.open(manifest, StandardOpenOption.READ)) {
                channel.force(true);
            }
            BuildMarker.forceFolder(manifest.toAbsolutePath().getParent());
        }
        listedAfterBegin = earlier.isEmpty() ? now : null;
        begun = true;
    }

    /** True when {@code root} is missing or holds nothing but folders of its own such as .git (see OutputStrays). */
    private static boolean isEmpty(Path root) throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.allMatch(entry -> entry.getFileName().toString().startsWith(".")
                    && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS));
        }
    }

    /**
     * Before the first file is written, for a build that writes only files the last finished build made (a
     * preview's rebuild of the pages that show an edited article): sets the {@link BuildMarker}. The list of files
     * holds every path already, and is not read, so that such a rebuild stays quick on a large site.
     */
    public void beginRewriting() throws IOException {
        marker.set();
        listedAfterBegin = null;
        begun = true;
    }

    /**
     * After a build that did not finish: removes the temporary files it left in the output and cache folders, and
     * the folders of the output it made that hold nothing. Its other files are rewritten or removed by this build.
     */
    public void removeLeftovers() throws IOException {
        List<String> read = new ArrayList<>();
        // A damaged list names no folder: only the temporary files go.
        String[] listed = readList(manifest, read::add) == Listing.READ
                ? read.stream().sorted().toArray(String[]::new) : new String[0];
        Path cacheDir = manifest.toAbsolutePath().getParent();
        try (var entries = Files.list(cacheDir)) {
            for (Path file : entries.toList()) {
                if (AtomicWriter.isTemporary(file.getFileName().toString())
                        && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // no cache folder: nothing left in it
        }
        if (!Files.isDirectory(paths.root(), LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        String[] made = listed;
        Files.walkFileTree(paths.root(), new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (attributes.isRegularFile() && AtomicWriter.isTemporary(file.getFileName().toString())) {
                    Files.deleteIfExists(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failed) throws IOException {
                if (failed != null) {
                    throw failed;
                }
                if (!dir.equals(paths.root()) && holdsListedPath(made, dir)) {
                    try (var entries = Files.list(dir)) {
                        if (entries.findAny().isPresent()) {
                            return FileVisitResult.CONTINUE;
                        }
                    }
                    Files.delete(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** True when a path of the sorted list lies under the folder: a folder the writer may have made. */
    private boolean holdsListedPath(String[] listed, Path dir) {
        String prefix = paths.root().relativize(dir).toString().replace('\\', '/') + "/";
        int at = Arrays.binarySearch(listed, prefix);
        int next = at >= 0 ? at : -at - 1;
        return next < listed.length && listed[next].startsWith(prefix);
    }

    /**
     * Writes a file of the site only when its bytes changed; true when it wrote. A file that is a link is replaced
     * by the file, never written through; a folder on its way that is a link is an {@link OutputLinkException},
     * and nothing is written.
     */
    public boolean writeIfChanged(Path file, byte[] bytes) throws IOException {
        if (!begun) {
            throw new IllegalStateException("a site writer writes only after begin(): " + file);
        }
        Optional<Path> link = begunEmpty ? Optional.empty() : links.linkAbove(file);
        if (link.isPresent()) {
            refused.add(link.get());
            throw new OutputLinkException(link.get(), links.sitePath(link.get()));
        }
        return files.writeIfChanged(file, bytes);
    }

    /**
     * True when the file is in the output as a file of its own, not a link: one a build may leave as it is. It
     * looks at the file alone, as often as before, so that a build that skips most files stays quick; a folder link
     * above it is found when a file below it is written or deleted.
     */
    public static boolean holds(Path file) {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }

    /** The file a site path is written to, or empty when the path would leave the output folder. */
    public Optional<Path> find(String sitePath) {
        return paths.find(sitePath);
    }

    /** Why a site path that stays in the output folder cannot be a file ({@link OutputPaths#unnameable}). */
    public Optional<String> unnameable(String sitePath) {
        return paths.unnameable(sitePath);
    }

    /**
     * Records the files this build made and deletes those the previous build made but this one did not. Returns
     * the deleted paths.
     */
    public List<String> finish(Collection<String> written, List<Problem> problems) throws IOException {
        // Sorted and distinct in an array, and the manifests streamed: a large site lists half a million files.
        String[] now = written.stream().sorted().distinct().toArray(String[]::new);
        if (unlisted) {
            if (OutputStrays.tell(paths.root(), now, damaged, problems)) {
                AtomicWriter.writeTextIfChanged(strays, out -> out.write("see the build's build.unknown-output\n"));
            } else {
                Files.deleteIfExists(strays);
            }
        } else if (foreignLooked) {
            List<String> made = new ArrayList<>(List.of(now));
            readList(manifest, made::add);
            OutputStrays.tellForeign(paths.root(), made.stream().sorted().distinct().toArray(String[]::new),
                    problems);
        }
        if (listedAfterBegin != null && Arrays.equals(now, listedAfterBegin)) {
            // The list holds these paths and no other since this build began: nothing to remove or write again.
            return List.of();
        }
        List<String> stale = new ArrayList<>();
        AscendingSearch search = new AscendingSearch(now);
        if (readList(manifest, old -> {
            if (!search.contains(old)) {
                stale.add(old);
            }
        }) != Listing.READ) {
            // Only a list read to its end says which files an earlier build wrote.
            stale.clear();
        }
        List<String> deleted = new ArrayList<>();
        // Stale files below a link are left, and stay listed: once the link is gone, a build removes them.
        List<String> kept = new ArrayList<>();
        for (String old : stale) {
            var file = paths.find(old);
            if (file.isEmpty()) {
                continue;
            }
            Optional<Path> link = links.linkAbove(file.get());
            if (link.isPresent()) {
                String at = links.sitePath(link.get());
                Problem problem = OutputLinkException.problem(at, OutputLinkException.message(link.get()));
                if (!refused.contains(link.get()) && !problems.contains(problem)) {
                    problems.add(problem);
                }
                kept.add(old);
            } else if (Files.isRegularFile(file.get(), LinkOption.NOFOLLOW_LINKS)
                    || Files.isSymbolicLink(file.get())) {
                // A file that is a link goes as a file does: the link, not what it names.
                Files.delete(file.get());
                deleted.add(old);
                removeEmptyParents(file.get());
            }
        }
        String[] listed = kept.isEmpty() ? now : merged(now, kept);
        AtomicWriter.writeTextIfChanged(manifest, out -> {
            for (String path : listed) {
                out.write(path);
                out.write('\n');
            }
            out.write(END);
        });
        return deleted;
    }

    private static String[] merged(String[] sorted, List<String> more) {
        String[] all = Arrays.copyOf(sorted, sorted.length + more.size());
        for (int i = 0; i < more.size(); i++) {
            all[sorted.length + i] = more.get(i);
        }
        Arrays.sort(all);
        return all;
    }

    /** What reading the list of files the writer wrote found. */
    enum Listing { READ, MISSING, DAMAGED }

    /**
     * Gives each path the list of files a writer wrote, {@code manifest}, holds to {@code each}, in the list's order.
     * A list whose bytes are not UTF-8, or cut short, was damaged (by a disk, or by hand) and is
     * {@link Listing#DAMAGED}: the paths given before the damage was found are not to be trusted either.
     */
    static Listing readList(Path manifest, Consumer<String> each) throws IOException {
        if (!Files.isRegularFile(manifest)) {
            return Listing.MISSING;
        }
        try (BufferedReader lines = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            for (String old = lines.readLine(); old != null; old = lines.readLine()) {
                if (old.equals(END_LINE)) {
                    // Its last line: a list cut short (a cache restored in part, a disk's fault) lacks it.
                    return lines.readLine() == null ? Listing.READ : Listing.DAMAGED;
                }
                if (!old.isBlank()) {
                    each.accept(old);
                }
            }
            return Listing.DAMAGED;
        } catch (CharacterCodingException e) {
            return Listing.DAMAGED;
        }
    }

    private void removeEmptyParents(Path file) throws IOException {
        Path dir = file.getParent();
        while (dir != null && !dir.equals(paths.root()) && dir.startsWith(paths.root())) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(dir);
            dir = dir.getParent();
        }
    }
}
