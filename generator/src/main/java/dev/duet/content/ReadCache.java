package dev.duet.content;

import dev.duet.diagnostic.Problem;
import dev.duet.io.AtomicWriter;
import dev.duet.io.CodeVersion;
import dev.duet.io.Hash128;
import dev.duet.io.SharedStrings;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * What a build read of each article file, kept in {@code target/duet/} for the next build: the front matter as a
 * build reads it ({@link FrontMatter#forBuild}: without what only import reads, its repeated values shared), the
 * problems, the body's lengths, digest and pictures (the text itself stays in the file), and a digest of the file's
 * bytes. A file whose size and modification time are those it had when it was read, and which could be trusted
 * then ({@link dev.duet.io.FileClock#isTrusted}), is taken from here instead of being read and parsed again;
 * a file whose time changed but not its bytes (a checkout, a copy, a cache restored on a CI runner) is read but not
 * parsed again; any other file is read and parsed. A file that cannot be read as an article keeps the last reading
 * the cache holds of it, which the cache keeps for the next build until the file can be read again. The cache
 * belongs to one site folder and one version of Duet's reading code, and a cache that is missing, of another
 * version, cut short or damaged is ignored: every file is read, and one that cannot be read has no reading to keep.
 */
public final class ReadCache {

    public static final String FILE_NAME = "articles-read.bin";
    /**
     * The files a build read that the cache does not hold as they are, while the cache is not written again: not
     * taken from, but what the last build read in a file deleted since ({@link #earlier}).
     */
    public static final String RECENT_FILE_NAME = "articles-read-recent.bin";
    /** The cache is written again once more than one file in this many was not taken from it as it was. */
    static final int REWRITE_SHARE = 32;

    /**
     * A file as read: the article, the problems found reading it, and the digest of its bytes (128 bits of SHA-256).
     * One object, since a build keeps one for every file it reads until the cache is saved.
     */
    record Entry(ContentFile file, List<Problem> problems, long high, long low) {

        Entry {
            problems = problems.isEmpty() ? List.of() : List.copyOf(problems);
        }

        /** The entry of a result of one article. */
        Entry(ContentReader.Result result, long high, long low) {
            this(result.files().get(0), result.problems(), high, low);
        }

        ContentReader.Result result() {
            return new ContentReader.Result(List.of(file), problems);
        }
    }

    private final Map<String, Entry> entries;
    /** The last build's reads that the cache did not hold as they were: for {@link #earlier} only. */
    private final Map<String, Entry> recent;
    /** This reading's files that the cache did not hold as they are. */
    private final Map<String, Entry> fresh = new ConcurrentHashMap<>();
    /** The values the files' front matter repeats, one instance of each. */
    private final SharedStrings shared;
    /** Each file as the build keeps it: as read, or with its front matter parked in a store. */
    private final UnaryOperator<ContentFile> keep;
    /** What this reading found of each file, by path: the entries to save. */
    private final Map<String, Entry> read = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private final AtomicInteger parsed = new AtomicInteger();

    private ReadCache(Map<String, Entry> entries, Map<String, Entry> recent, SharedStrings shared,
            UnaryOperator<ContentFile> keep) {
        this.entries = entries;
        this.recent = recent;
        this.shared = shared;
        this.keep = keep;
    }

    /** A cache that holds nothing: every file is read. */
    public static ReadCache empty() {
        return new ReadCache(Map.of(), Map.of(), new SharedStrings(), UnaryOperator.identity());
    }

    /** No cache, each file's front matter parked in {@code parking}. */
    public static ReadCache empty(FrontMatterStore parking) {
        return new ReadCache(Map.of(), Map.of(), parking.shared(), parking::park);
    }

    /** The cache the last build of the site at {@code siteDir} left in {@code cacheDir}; empty when it has none. */
    public static ReadCache load(Path cacheDir, Path siteDir) {
        return load(cacheDir, siteDir, new SharedStrings(), UnaryOperator.identity());
    }

    /**
     * The same, each file's front matter parked in {@code parking}, as soon as it is read from the cache or from
     * its file: a shard's build, which reads every file of a site but renders a share of its pages.
     */
    public static ReadCache load(Path cacheDir, Path siteDir, FrontMatterStore parking) {
        return load(cacheDir, siteDir, parking.shared(), parking::park);
    }

    private static ReadCache load(Path cacheDir, Path siteDir, SharedStrings shared,
            UnaryOperator<ContentFile> keep) {
        return new ReadCache(decode(cacheDir.resolve(FILE_NAME), siteDir, shared, keep),
                decode(cacheDir.resolve(RECENT_FILE_NAME), siteDir, shared, keep), shared, keep);
    }

    private static Map<String, Entry> decode(Path file, Path siteDir, SharedStrings shared,
            UnaryOperator<ContentFile> keep) {
        try {
            // The length of the file opened, whatever replaces the name meanwhile.
            try (FileChannel channel = FileChannel.open(file)) {
                return ReadRecords.decode(Channels.newInputStream(channel), channel.size(), key(), siteDir, shared,
                        keep);
            }
        } catch (IOException | RuntimeException e) {
            // None yet, or damaged, cut short or of another version: the files are read instead.
            return Map.of();
        }
    }

    /**
     * The article file at {@code file} as {@code reader} would read it: from the cache when the file is as it was
     * or holds the same bytes, else read now. Thread-safe.
     */
    public ContentReader.Result read(ContentReader reader, Path siteDir, Path file) throws IOException {
        return read(reader, siteDir, file, ContentReader.relative(siteDir, file));
    }

    /**
     * The same, of the file at {@code path} relative to the site (or absolute), as a build's listing holds it.
     */
    public ContentReader.Result read(ContentReader reader, Path siteDir, String path) throws IOException {
        return read(reader, siteDir, siteDir.resolve(path), path);
    }

    /**
     * The same, of the file at {@code path} as a walk that began at {@code listedAt} (nanoseconds since the epoch)
     * found it: {@code size} bytes, last modified at {@code modified}. A change after the walk is a change the
     * next build sees, since the build's snapshot holds the same stamp.
     */
    public ContentReader.Result read(ContentReader reader, Path siteDir, String path, long size, long modified,
            long listedAt) throws IOException {
        return read(reader, siteDir, siteDir.resolve(path), path, size, modified, listedAt);
    }

    private ContentReader.Result read(ContentReader reader, Path siteDir, Path file, String path)
            throws IOException {
        // Stamped before it is read: a change after the stamp is a change the body's next reading sees.
        long now = System.currentTimeMillis() * 1_000_000L;
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return ContentReader.unreadable(path, e);
        }
        return read(reader, siteDir, file, path, attributes.size(),
                attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), now);
    }

    private ContentReader.Result read(ContentReader reader, Path siteDir, Path file, String path, long size,
            long modified, long now) throws IOException {
        Entry cached = entries.get(path);
        if (cached != null) {
            Body.Stamp stamp = cached.file().body().stampBelow(siteDir, path).orElseThrow();
            if (stamp.settled() && stamp.matches(size, modified)) {
                hits.incrementAndGet();
                read.put(path, cached);
                return cached.result();
            }
        }
        misses.incrementAndGet();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            // No last reading is kept: its body, which its pages need, cannot be read either.
            return ContentReader.unreadable(path, e);
        }
        Body.Stamp stamp = Body.Stamp.of(size, modified, now, bytes);
        // Hash128, not SHA-256: after a fresh checkout every file is read again and digested, and the client
        // compiler that a publish runs with has no SHA-256 intrinsic (a twentieth of the cost).
        long[] digest = new Hash128().mark('R').bytes(bytes).bits();
        long high = digest[0];
        long low = digest[1];
        ContentReader.Result result;
        if (cached != null && cached.high() == high && cached.low() == low) {
            // The same bytes at another time: what they held, with the file's stamp now.
            ContentFile was = cached.file();
            Body body = was.body();
            result = new ContentReader.Result(List.of(was.withBody(Body.restored(siteDir, path, stamp, body.length(),
                    body.utf8Length(), body.high(), body.low(), body.imageSources()))), cached.result().problems());
        } else {
            parsed.incrementAndGet();
            result = forBuild(reader.read(siteDir, file, path, stamp, bytes));
        }
        if (isKept(result, siteDir)) {
            Entry entry = new Entry(result, high, low);
            read.put(path, entry);
            fresh.put(path, entry);
        } else if (result.leftOut()) {
            Entry last = lastRead(path);
            if (last != null) {
                // A file that cannot be read now keeps its last reading, in this build and, saved again, in the
                // next ones, until it can be read. Its body is read again from the file when a page needs it.
                read.put(path, last);
                fresh.put(path, last);
                return result.keeping(last.file());
            }
        }
        return result;
    }

    /** The last reading of the file at {@code path} the cache holds, the latest first; null when none. */
    private Entry lastRead(String path) {
        Entry last = recent.get(path);
        return last != null ? last : entries.get(path);
    }

    /**
     * The article the cache holds of the file at {@code path} (relative to {@code siteDir}), when the cache read it
     * as {@code size} bytes last modified at {@code modified} (nanoseconds): what the build that saw the file with
     * that stamp found in it, though the file be gone since.
     */
    public java.util.Optional<ContentFile> earlier(Path siteDir, String path, long size, long modified) {
        for (Map<String, Entry> held : List.of(recent, entries)) {
            Entry cached = held.get(path);
            if (cached != null && cached.file().body().stampBelow(siteDir, path).map(s -> s.matches(size, modified))
                    .orElse(false)) {
                return java.util.Optional.of(cached.file());
            }
        }
        return java.util.Optional.empty();
    }

    /** The result with each file's front matter as a build reads it. */
    private ContentReader.Result forBuild(ContentReader.Result result) {
        return new ContentReader.Result(result.files().stream().map(file -> keep.apply(new ContentFile(file.path(),
                file.frontMatter().forBuild(shared), file.body(), file.bodyLine()))).toList(), result.problems());
    }

    /** How many files were taken from the cache without reading them. */
    public int reused() {
        return hits.get();
    }

    /** How many files were parsed: not in the cache, or with other bytes. */
    public int parsed() {
        return parsed.get();
    }

    /**
     * Keeps what this reading found, for the next build. Writing the cache takes longer than reading a few files
     * again, so it is written only when more than one file in {@value #REWRITE_SHARE} was read, or when it held no
     * file. Until then the files added or changed since are read at each build.
     */
    public void save(Path cacheDir, Path siteDir) throws IOException {
        save(cacheDir, siteDir, path -> false);
    }

    /**
     * {@link #save(Path, Path)}, keeping besides what the cache held of the files gone since that {@code stillNeeded}
     * accepts: what the last build that finished read in a file deleted since, until a build that finishes notes
     * its place, whatever builds stop or fail in between.
     */
    public void save(Path cacheDir, Path siteDir, java.util.function.Predicate<String> stillNeeded)
            throws IOException {
        int files = hits.get() + misses.get();
        if (hits.get() > 0 && (long) misses.get() * REWRITE_SHARE <= files) {
            // The few files read anew, so that a build that finds one of them deleted knows what it held.
            if (fresh.isEmpty()) {
                Files.deleteIfExists(cacheDir.resolve(RECENT_FILE_NAME));
            } else {
                List<Entry> inOrder = new java.util.ArrayList<>(new java.util.TreeMap<>(fresh).values());
                new AtomicWriter().write(cacheDir.resolve(RECENT_FILE_NAME), out -> ReadRecords.encode(inOrder,
                        key(), siteDir, out));
            }
            return;
        }
        List<String> gone = entries.keySet().stream().filter(path -> !read.containsKey(path)).toList();
        if (!gone.isEmpty()) {
            gone.stream().filter(stillNeeded).forEach(path -> read.put(path, entries.get(path)));
        }
        // In path order, through the sorted paths alone: a map sorted anew would take 40 bytes a file more.
        String[] paths = read.keySet().toArray(new String[0]);
        Arrays.sort(paths);
        List<Entry> inOrder = new AbstractList<>() {
            @Override
            public Entry get(int index) {
                return read.get(paths[index]);
            }

            @Override
            public int size() {
                return paths.length;
            }
        };
        new AtomicWriter().write(cacheDir.resolve(FILE_NAME), out -> ReadRecords.encode(inOrder, key(), siteDir,
                out));
        Files.deleteIfExists(cacheDir.resolve(RECENT_FILE_NAME));
    }

    /** Whether a file's result can be kept: one article, its body read from its own path below the site. */
    private static boolean isKept(ContentReader.Result result, Path siteDir) {
        if (result.files().size() != 1) {
            return false;
        }
        ContentFile file = result.files().get(0);
        return file.body().stampBelow(siteDir, file.path()).isPresent()
                && result.problems().stream().allMatch(p -> p.file().equals(file.path()));
    }

    /**
     * What the cache is valid for: the code that read it. Not the site's folder: its entries name files relative to
     * it (or absolute ones outside it), each is trusted only while its file has the stamp it was read with, and a
     * site moved, or whose {@code target/} CI restores into a workspace at another path, keeps them.
     */
    private static String key() {
        return CodeVersion.of(ReadCache.class);
    }
}
