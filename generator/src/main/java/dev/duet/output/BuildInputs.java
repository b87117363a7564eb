package dev.duet.output;

import dev.duet.content.ContentReader;
import dev.duet.diagnostic.Problem;
import dev.duet.io.FileClock;
import dev.duet.io.Parallel;
import dev.duet.io.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The files a build reads, each with its {@link FileStamp}, listed when the build starts, before it reads them: a
 * file changed while the build runs then no longer matches its stamp. (The theme's templates, read just before for
 * the renderer's salt, are in the snapshot's digest by their content as well.) A place the build would read but
 * which does not exist is listed as {@link FileStamp#ABSENT}, so that its appearance is a change like any other.
 * Paths below the site's folder are relative to it, with forward slashes; others are absolute.
 *
 * <p>A file changed within {@link BuildSnapshot#RACY_WINDOW} of the listing could change again within the same clock
 * tick and keep its stamp, so it is also recorded with a digest of its bytes, read when it was listed: a file that
 * changed after that no longer matches it.
 *
 * <p>Each file is also known by the digest of the bytes the build read ({@code digests}), so that a file whose stamp
 * changed but whose bytes did not (a checkout, a copy, a {@code touch}) is no change: the next build compares the
 * digest of such a file instead of building again.
 *
 * @param listed when the listing started, in nanoseconds since the epoch
 * @param files every file found, by path, in path order (kept compactly: {@link StampMap})
 * @param contents the digest of the bytes of each file changed near {@code listed}, by path
 * @param digests the digest of the bytes of each file as the build read them, by path; a file missing here is a
 *     change whenever its stamp changes
 */
public record BuildInputs(long listed, Map<String, FileStamp> files, Map<String, String> contents,
        Map<String, String> digests) {

    public BuildInputs {
        files = StampMap.of(files);
        contents = Collections.unmodifiableSortedMap(new TreeMap<>(contents));
        digests = Collections.unmodifiableSortedMap(new TreeMap<>(digests));
    }

    /**
     * These inputs with the digest of every file that still has the stamp it was listed with: taken over from
     * {@code earlier} inputs where they had the same stamp, else read now, on {@code threads} threads. A file whose
     * stamp changed since it was listed is left without one (the build may have read other bytes), and so is a
     * link, which the build does not read.
     */
    public BuildInputs withDigests(Optional<BuildInputs> earlier, Path siteDir, int threads) throws IOException {
        List<String> paths = List.copyOf(files.keySet());
        FileStamp[] stamps = files.values().toArray(FileStamp[]::new);
        FileStamp[] before = earlier.map(e -> StampMap.of(e.files()).stampsOf(paths))
                .orElseGet(() -> new FileStamp[paths.size()]);
        List<Integer> indexes = IntStream.range(0, paths.size()).boxed().toList();
        List<Optional<String>> found = Parallel.map(threads, indexes, i -> {
            String path = paths.get(i);
            FileStamp stamp = stamps[i];
            if (stamp.isAbsent()) {
                return Optional.empty();
            }
            String content = contents.get(path);
            if (content != null) {
                return Optional.of(content);
            }
            if (earlier.isPresent() && stamp.equals(before[i])) {
                String digest = earlier.get().digests().get(path);
                if (digest != null) {
                    return Optional.of(digest);
                }
            }
            return digestIfStill(path(siteDir, path), stamp);
        });
        // The paths are in order: the map is made in one pass.
        List<String> digested = new ArrayList<>(paths.size());
        List<String> digests = new ArrayList<>(paths.size());
        for (int i = 0; i < paths.size(); i++) {
            if (found.get(i).isPresent()) {
                digested.add(paths.get(i));
                digests.add(found.get(i).get());
            }
        }
        return new BuildInputs(listed, files, contents, AscendingMap.of(digested, digests));
    }

    /**
     * These inputs with the file at {@code path} (relative to {@code siteDir}) as it is now, its stamp and digest:
     * for a file the build itself wrote after listing its inputs, which the next build would else find changed.
     */
    public BuildInputs rewritten(Path siteDir, String path) throws IOException {
        Path file = path(siteDir, path);
        Map<String, FileStamp> stamps = new TreeMap<>(files);
        Map<String, String> digested = new TreeMap<>(digests);
        Map<String, String> racy = new TreeMap<>(contents);
        racy.remove(path);
        FileStamp stamp = FileStamp.read(file, LinkOption.NOFOLLOW_LINKS);
        stamps.put(path, stamp);
        digested.remove(path);
        if (!stamp.isAbsent()) {
            digested.put(path, FileStamp.contentDigest(file));
        }
        return new BuildInputs(listed, stamps, racy, digested);
    }

    /** The digest of a file that has {@code stamp} before and after it is read; empty for a link or a change. */
    private static Optional<String> digestIfStill(Path file, FileStamp stamp) {
        try {
            if (Files.isSymbolicLink(file) || !stamp.equals(FileStamp.read(file, LinkOption.NOFOLLOW_LINKS))) {
                return Optional.empty();
            }
            String digest = FileStamp.contentDigest(file);
            return stamp.equals(FileStamp.read(file, LinkOption.NOFOLLOW_LINKS)) ? Optional.of(digest)
                    : Optional.empty();
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /**
     * True when the files listed {@code now} are these, with the same bytes: each either has the same stamp, or
     * a changed stamp and the digest recorded here; and those changed near the time these were listed still hold
     * the bytes they held then.
     */
    boolean sameAs(BuildInputs now, Path siteDir) {
        if (!StampMap.of(files).samePaths(StampMap.of(now.files()))) {
            return false;
        }
        // The same paths in the same order: each file's stamp now is the next one listed now.
        Iterator<FileStamp> nowStamps = now.files().values().iterator();
        for (Map.Entry<String, FileStamp> file : files.entrySet()) {
            FileStamp then = file.getValue();
            FileStamp stamp = nowStamps.next();
            if (then.equals(stamp)) {
                continue;
            }
            Optional<String> digest = Optional.ofNullable(digests.get(file.getKey()));
            if (then.isAbsent() || stamp.isAbsent() || digest.isEmpty()
                    || !digest.equals(digestIfStill(path(siteDir, file.getKey()), stamp))) {
                return false;
            }
        }
        return contentsUnchanged(siteDir);
    }

    /**
     * These inputs as listed {@code now}, for a check that found them {@link #sameAs} these: the new stamps, the
     * digests of this build (the bytes are the same), and the files changed near the new listing.
     */
    BuildInputs restamped(BuildInputs now) {
        return new BuildInputs(now.listed(), now.files(), now.contents(), digests);
    }

    /**
     * A place a build reads: a file, or a folder whose files (at any depth) with names ending in {@code suffix}
     * it reads, as {@link SiteFiles} lists them. A link that is not followed is listed by its own stamp, not by
     * that of what it names: the build does not read it, but it warns about it.
     */
    public record Root(Path path, String suffix) {

        /** A folder's files whose names end with {@code suffix} ({@code ""} for all of them), or a single file. */
        public static Root of(Path path, String suffix) {
            return new Root(path, suffix);
        }

        /** A single file, or every file of a folder. */
        public static Root of(Path path) {
            return new Root(path, "");
        }
    }

    /**
     * Lists and stamps the files of every root, and reads those changed near this moment for their digests. An I/O
     * error means the build cannot be skipped.
     */
    public static BuildInputs scan(SiteFiles siteFiles, List<Root> roots) throws IOException {
        return scan(siteFiles, roots, Map.of());
    }

    /**
     * {@link #scan(SiteFiles, List)}, telling {@code alsoTo}'s visitor of each root it walks every file and left-out
     * link it finds there, as the walk finds them: a build that reads a folder's files as well lists them once.
     */
    public static BuildInputs scan(SiteFiles siteFiles, List<Root> roots, Map<Root, SiteFiles.Visitor> alsoTo)
            throws IOException {
        Path siteDir = siteFiles.siteDir();
        long listed = FileClock.now();
        SortedMap<String, FileStamp> files = new TreeMap<>();
        Set<String> links = new HashSet<>();
        // A root listed twice is told once.
        Map<Root, SiteFiles.Visitor> toTell = new HashMap<>(alsoTo);
        for (Root root : roots) {
            FileStamp stamp = FileStamp.read(root.path());
            if (stamp.isAbsent() || !Files.isDirectory(root.path())) {
                files.put(key(siteDir, root.path()), stamp);
            } else {
                walk(siteFiles, root, files, links, Optional.ofNullable(toTell.remove(root)));
            }
        }
        SortedMap<String, String> contents = new TreeMap<>();
        for (Map.Entry<String, FileStamp> file : files.entrySet()) {
            // what a link left out names is never read, not even for a digest
            FileStamp stamp = file.getValue();
            if ((stamp.isWithin(BuildSnapshot.RACY_WINDOW, listed) || !stamp.isAbsent()
                    && FileClock.isWholeSecond(stamp.modified())) && !links.contains(file.getKey())) {
                contents.put(file.getKey(), FileStamp.contentDigest(path(siteDir, file.getKey())));
            }
        }
        return new BuildInputs(listed, files, contents, Map.of());
    }

    /** {@link #scan(SiteFiles, List)} for a site whose links out of it are not followed. */
    static BuildInputs scan(Path siteDir, List<Root> roots) throws IOException {
        return scan(new SiteFiles(siteDir, false), roots);
    }

    /** True when every file recorded with a digest still has those bytes. */
    boolean contentsUnchanged(Path siteDir) {
        for (Map.Entry<String, String> content : contents.entrySet()) {
            try {
                if (!FileStamp.contentDigest(path(siteDir, content.getKey())).equals(content.getValue())) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** The file a snapshot's path names: relative paths are below the site. */
    private static Path path(Path siteDir, String key) {
        Path path = Path.of(key);
        return path.isAbsolute() ? path : siteDir.resolve(key);
    }

    private static void walk(SiteFiles siteFiles, Root root, Map<String, FileStamp> files, Set<String> links,
            Optional<SiteFiles.Visitor> also) throws IOException {
        Path siteDir = siteFiles.siteDir();
        siteFiles.walk(root.path(), root.suffix(), new SiteFiles.Visitor() {
            @Override
            public void file(Path file, BasicFileAttributes attributes) throws IOException {
                files.put(key(siteDir, file), FileStamp.of(attributes));
                if (also.isPresent()) {
                    also.get().file(file, attributes);
                }
            }

            @Override
            public void refused(Path link, Problem problem) throws IOException {
                String key = key(siteDir, link);
                files.put(key, FileStamp.read(link, LinkOption.NOFOLLOW_LINKS));
                links.add(key);
                if (also.isPresent()) {
                    also.get().refused(link, problem);
                }
            }
        });
    }

    /** The path as the snapshot names it: relative to the site when below it. */
    private static String key(Path siteDir, Path file) {
        return ContentReader.below(siteDir, file).orElseGet(() -> file.toAbsolutePath().normalize().toString()
                .replace('\\', '/'));
    }
}
