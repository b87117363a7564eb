package dev.duet.content;

import dev.duet.io.AtomicWriter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * What a build of a large site read of each article file, kept in {@code target/duet/} for the next build: the front
 * matter, the problems and the body's lengths and digest (the text itself stays in the file). A file whose size and
 * modification time are those it had when it was read, read at least {@link Body.Stamp#SETTLED} after it was last
 * changed, is taken from here instead of being read and parsed again; any other file is read. The cache belongs to
 * one site folder and one version of Duet's reading code, and a cache that is missing, of another version, cut short
 * or damaged is ignored: it only ever saves time.
 */
public final class ReadCache {

    static final String FILE_NAME = "articles-read.bin";
    /** The cache is written again once more than one file in this many was read rather than taken from it. */
    static final int REWRITE_SHARE = 32;

    private final Map<String, ContentReader.Result> entries;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();

    private ReadCache(Map<String, ContentReader.Result> entries) {
        this.entries = entries;
    }

    /** A cache that holds nothing: every file is read. */
    public static ReadCache empty() {
        return new ReadCache(Map.of());
    }

    /** The cache the last build of the site at {@code siteDir} left in {@code cacheDir}; empty when it has none. */
    public static ReadCache load(Path cacheDir, Path siteDir) {
        try {
            byte[] bytes = Files.readAllBytes(cacheDir.resolve(FILE_NAME));
            return new ReadCache(ReadRecords.decode(bytes, key(siteDir), siteDir));
        } catch (IOException | RuntimeException e) {
            // None yet, or damaged, cut short or of another version: the files are read instead.
            return empty();
        }
    }

    /**
     * The article file at {@code file} as {@code reader} would read it: from the cache when the file is as it was,
     * else read now. Thread-safe.
     */
    public ContentReader.Result read(ContentReader reader, Path siteDir, Path file) throws IOException {
        ContentReader.Result cached = entries.get(ContentReader.relative(siteDir, file));
        if (cached != null) {
            Body.Stamp stamp = cached.files().get(0).body().stampBelow(siteDir, cached.files().get(0).path())
                    .orElseThrow();
            if (stamp.matches(Files.readAttributes(file, BasicFileAttributes.class))) {
                hits.incrementAndGet();
                return cached;
            }
        }
        misses.incrementAndGet();
        return reader.read(siteDir, file);
    }

    /** How many files were taken from the cache. */
    public int reused() {
        return hits.get();
    }

    /**
     * Keeps {@code results}, the files of a whole reading of the site at {@code siteDir}, for the next build: those
     * read with a settled stamp. Writing the cache takes longer than reading a few files again, so it is written only
     * when more than one file in {@value #REWRITE_SHARE} was read, or when it held no file. Until then the files
     * added or changed since are read at each build.
     */
    public void save(Path cacheDir, Path siteDir, List<ContentReader.Result> results) throws IOException {
        if (hits.get() > 0 && (long) misses.get() * REWRITE_SHARE <= results.size()) {
            return;
        }
        List<ContentReader.Result> kept = results.stream().filter(r -> isKept(r, siteDir)).toList();
        Files.createDirectories(cacheDir);
        new AtomicWriter().write(cacheDir.resolve(FILE_NAME), ReadRecords.encode(kept, key(siteDir), siteDir));
    }

    private static boolean isKept(ContentReader.Result result, Path siteDir) {
        if (result.files().size() != 1) {
            return false;
        }
        ContentFile file = result.files().get(0);
        return file.body().stampBelow(siteDir, file.path()).filter(Body.Stamp::settled).isPresent()
                && result.problems().stream().allMatch(p -> p.file().equals(file.path()));
    }

    /** What the cache is valid for: the site's folder and the code that read it. */
    private static String key(Path siteDir) {
        return siteDir.toAbsolutePath() + "\n" + codeIdentity();
    }

    /**
     * The version of the reading code: the size and time of the jar it runs from, or, run from a folder of classes
     * (in development), the newest time and the count of this package's classes.
     */
    private static String codeIdentity() {
        try {
            CodeSource source = ReadCache.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return "unknown";
            }
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return "jar " + Files.size(location) + " " + Files.getLastModifiedTime(location).toMillis();
            }
            Path classes = location.resolve(ReadCache.class.getPackageName().replace('.', '/'));
            try (Stream<Path> files = Files.list(classes)) {
                long[] newest = {0, 0};
                files.forEach(file -> {
                    newest[0] = Math.max(newest[0], file.toFile().lastModified());
                    newest[1]++;
                });
                return "classes " + newest[0] + " " + newest[1];
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown " + System.nanoTime();
        }
    }

    /** The entries of a decoded cache, by path; for {@link ReadRecords}. */
    static Map<String, ContentReader.Result> byPath(List<ContentReader.Result> results) {
        Map<String, ContentReader.Result> map = new HashMap<>();
        for (ContentReader.Result result : results) {
            map.put(result.files().get(0).path(), result);
        }
        return map;
    }
}
