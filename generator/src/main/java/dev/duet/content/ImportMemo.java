package dev.duet.content;

import dev.duet.io.FileClock;
import dev.duet.io.Hash128;
import dev.duet.source.ArticleText;
import dev.duet.source.Byline;
import dev.duet.source.DuplicateFinder;
import dev.duet.source.ImportedArticle;
import dev.duet.source.SourceLink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the last import learnt of the source and article files, kept in {@code target/duet/} for the next one, so
 * that an import reads no source or article file that is as it was:
 * <ul>
 * <li>what import took of each source file: the digest of its bytes, what its story's paths and the report need of
 * its article ({@link #outline}), and its signature for the search for duplicates;
 * <li>what import needs of each article file on disk ({@link ArticleOnDisk});
 * <li>which article files are exactly what import writes for a given source, slug and duplicate mark.
 * </ul>
 * An entry is trusted only while its file has the size and time it had when it was read, and only if that time was at
 * least {@link FileClock#RACY_WINDOW} before the reading began: a file saved again within the same tick of the file
 * system's clock keeps its time, and is read, as is a file whose time is a whole second, a time put on it ({@link
 * FileClock#isWholeSecond}) that an edit may have been given back. A file whose stamp changed (an editor's save, a
 * checkout) is read as before. Which files a story gets, which story repeats which, and what each file becomes are
 * decided as without a memo, from what it keeps. A memo that is missing, of another version of Duet, cut short or
 * damaged holds nothing: it only ever saves time. Thread-safe.
 */
public final class ImportMemo {


    /** A file's size and time in nanoseconds since the epoch. */
    public record Stamp(long size, long modified) {

        /** The stamp an entry has when only its digest can be trusted: no file has it. */
        public static final Stamp UNTRUSTED = new Stamp(-1, -1);

        /** The stamp of the file at {@code file}, or empty when there is none. */
        public static Optional<Stamp> of(Path file) throws IOException {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (!attributes.isRegularFile()) {
                    return Optional.empty();
                }
                return Optional.of(new Stamp(attributes.size(),
                        attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            }
        }

        /**
         * This stamp, when a reading begun at {@code readAt} can trust it to tell the file's next change; else
         * {@link #UNTRUSTED}: a file saved again within the same tick of the clock keeps its time.
         */
        Stamp trustedAt(long readAt) {
            return size >= 0 && FileClock.isTrusted(modified, readAt) ? this : UNTRUSTED;
        }
    }

    /**
     * What import took of a source file.
     *
     * @param digest {@link #sourceDigest} of its path and bytes
     * @param outline its article as {@link #outline} keeps it
     * @param signature its signature for the search for duplicates
     */
    public record Source(long[] digest, ImportedArticle outline, DuplicateFinder.Signature signature) {
    }

    record Parsed(Stamp stamp, Source source) {
    }

    /** What import needs of an article file, with its stamp and the digest of its bytes. */
    record Found(Stamp stamp, long high, long low, ArticleOnDisk existing) {
    }

    /** An article file known as what import writes for a key: its stamp, the key and the digest of its bytes. */
    record Output(Stamp stamp, long high, long low, long fileHigh, long fileLow) {
    }

    private final Map<String, Parsed> sources;
    private final Map<String, Found> found;
    private final Map<String, Output> outputs;
    /** Whether what import finds is kept for the next import. */
    private final boolean recording;
    private final AtomicInteger sourcesKnown = new AtomicInteger();
    private final AtomicInteger filesKnown = new AtomicInteger();
    private final AtomicInteger outputsKnown = new AtomicInteger();
    /** Each article file's stamp as import found it when it began, when trusted. */
    private final Map<String, Stamp> listed = new ConcurrentHashMap<>();
    private final Map<String, Parsed> sourcesNow = new ConcurrentHashMap<>();
    private final Map<String, Found> foundNow = new ConcurrentHashMap<>();
    private final Map<String, Output> outputsNow = new ConcurrentHashMap<>();

    /**
     * How many files this import found as the memo knew them, by their stamps or their bytes.
     *
     * @param sources source files whose article was not parsed again
     * @param files article files whose front matter was not read again
     * @param outputs article files not compared again with what import writes
     */
    public record Known(int sources, int files, int outputs) {
    }

    private ImportMemo(Map<String, Parsed> sources, Map<String, Found> found, Map<String, Output> outputs,
            boolean recording) {
        this.sources = sources;
        this.found = found;
        this.outputs = outputs;
        this.recording = recording;
    }

    /** A memo that knows nothing and keeps nothing: every file is read, and nothing is saved. */
    public static ImportMemo none() {
        return new ImportMemo(Map.of(), Map.of(), Map.of(), false);
    }

    /** A memo that knows nothing and keeps what this import finds: every file is read. */
    public static ImportMemo empty() {
        return new ImportMemo(Map.of(), Map.of(), Map.of(), true);
    }

    /** True when the memo knows no file. */
    public boolean knowsNothing() {
        return sources.isEmpty() && found.isEmpty() && outputs.isEmpty();
    }

    /** True when the memo keeps what import finds, for the next import; {@link #none()} does not. */
    public boolean recording() {
        return recording;
    }

    /** The memo the last import left in {@code cacheDir}; one that knows nothing when there is none to trust. */
    public static ImportMemo load(Path cacheDir) {
        try {
            ImportMemoFile.Contents contents = ImportMemoFile.read(cacheDir);
            return new ImportMemo(contents.sources(), contents.found(), contents.outputs(), true);
        } catch (IOException | RuntimeException e) {
            // None yet, or damaged, cut short or of another version: every file is read.
            return empty();
        }
    }

    /**
     * What import took of the source file at {@code sourceFile} (relative to the site), when it has the stamp it had
     * when it was read; empty when it must be read.
     */
    public Optional<Source> source(String sourceFile, Stamp stamp) {
        Parsed entry = sources.get(sourceFile);
        if (entry == null || stamp.equals(Stamp.UNTRUSTED) || !entry.stamp().equals(stamp)) {
            return Optional.empty();
        }
        sourcesNow.put(sourceFile, entry);
        sourcesKnown.incrementAndGet();
        return Optional.of(entry.source());
    }

    /**
     * What import took of a source file read now, whose bytes have {@code digest}, when they are the bytes it had
     * ({@code stamp}, taken at {@code readAt} before it was read, is what the memo keeps from now on): a checkout or
     * a copy gives a file a new time, not new bytes.
     */
    public Optional<Source> source(String sourceFile, Stamp stamp, long readAt, long[] digest) {
        Parsed entry = sources.get(sourceFile);
        if (entry == null || !Arrays.equals(entry.source().digest(), digest)) {
            return Optional.empty();
        }
        sourcesNow.put(sourceFile, new Parsed(stamp.trustedAt(readAt), entry.source()));
        sourcesKnown.incrementAndGet();
        return Optional.of(entry.source());
    }

    /**
     * Keeps what import took of a source file whose stamp, taken at {@code readAt} before it was read, was
     * {@code stamp}: by its stamp when that can be trusted, else by its digest alone.
     */
    public void parsed(Stamp stamp, long readAt, long[] digest, ImportedArticle article,
            DuplicateFinder.Signature signature) {
        sourcesNow.put(article.sourceFile(), new Parsed(stamp.trustedAt(readAt), new Source(digest,
                outline(article), signature)));
    }

    /** Forgets what import took of a source file found to hold other bytes under the stamp it had. */
    public void forget(String sourceFile) {
        sourcesNow.remove(sourceFile);
    }

    /**
     * What import needs of an article to plan its story's paths, report its problems and encoding, and tell whether
     * it can be imported: its source file, encoding, the title of each language, the source's URL, the date and the
     * problems. Its texts, byline and the rest are left out; import reads the source again to write its files.
     */
    public static ImportedArticle outline(ImportedArticle article) {
        return new ImportedArticle(article.sourceFile(), article.encoding(), article.zh().map(ImportMemo::outline),
                article.en().map(ImportMemo::outline), List.of(),
                article.source().map(link -> new SourceLink(link.url(), Optional.empty(), Optional.empty())),
                Optional.empty(), article.date(), Optional.empty(), article.problems());
    }

    private static ArticleText outline(ArticleText text) {
        return outline(text.language(), text.title());
    }

    static ArticleText outline(String language, String title) {
        return new ArticleText(language, "", title, Optional.empty(), List.of(),
                new Byline(Optional.empty(), Optional.empty(), List.of()), 0);
    }

    /**
     * Keeps the stamp of the article file at {@code path} as import found it when it began, taken at
     * {@code readAt} before it was read: the stamp its outcome is kept with.
     */
    public void listed(String path, Stamp stamp, long readAt) {
        listed.put(path, stamp.trustedAt(readAt));
    }

    /** The stamp {@link #listed} kept of an article file; empty when import did not find the file. */
    public Optional<Stamp> listed(String path) {
        return Optional.ofNullable(listed.get(path));
    }

    /**
     * What import needs of the article file at {@code path}, when it has the stamp it had when it was read; empty
     * when it must be read.
     */
    public Optional<ArticleOnDisk> existing(String path, Stamp stamp) {
        Found entry = found.get(path);
        if (entry == null || stamp.equals(Stamp.UNTRUSTED) || !entry.stamp().equals(stamp)) {
            return Optional.empty();
        }
        foundNow.put(path, entry);
        filesKnown.incrementAndGet();
        return Optional.of(entry.existing());
    }

    /**
     * What import needs of the article file at {@code path}, read now, when its bytes ({@link #fileDigest}) are
     * those it had; {@code stamp}, taken at {@code readAt} before it was read, is what the memo keeps from now on.
     */
    public Optional<ArticleOnDisk> existing(String path, Stamp stamp, long readAt, long[] digest) {
        Found entry = found.get(path);
        if (entry == null || entry.high() != digest[0] || entry.low() != digest[1]) {
            return Optional.empty();
        }
        foundNow.put(path, new Found(stamp.trustedAt(readAt), digest[0], digest[1], entry.existing()));
        filesKnown.incrementAndGet();
        return Optional.of(entry.existing());
    }

    /**
     * Keeps what import read of an article file whose bytes have {@code digest} and whose stamp, taken at
     * {@code readAt} before it was read, was {@code stamp}.
     */
    public void read(Stamp stamp, long readAt, long[] digest, ArticleOnDisk existing) {
        foundNow.put(existing.path(), new Found(stamp.trustedAt(readAt), digest[0], digest[1], existing));
    }

    /**
     * True when the file at {@code path}, which has {@code stamp}, is known to be exactly what import writes for
     * {@code key} ({@link #key(long[], String, Optional)}).
     */
    public boolean isOutput(String path, Stamp stamp, long[] key) {
        Output entry = outputs.get(path);
        if (entry == null || stamp.equals(Stamp.UNTRUSTED) || !entry.stamp().equals(stamp) || entry.high() != key[0]
                || entry.low() != key[1]) {
            return false;
        }
        outputsNow.put(path, entry);
        outputsKnown.incrementAndGet();
        return true;
    }

    /** True when the memo knows what import wrote into the file at {@code path} for {@code key}. */
    public boolean hasOutput(String path, long[] key) {
        Output entry = outputs.get(path);
        return entry != null && entry.high() == key[0] && entry.low() == key[1];
    }

    /**
     * True when the file at {@code path}, read now, holds the bytes ({@code digest}) that import wrote for
     * {@code key}; the stamp {@link #listed} kept ({@code trusted}) is what the memo keeps from now on.
     */
    public boolean isOutput(String path, Stamp trusted, long[] key, long[] digest) {
        Output entry = outputs.get(path);
        if (entry == null || entry.high() != key[0] || entry.low() != key[1] || entry.fileHigh() != digest[0]
                || entry.fileLow() != digest[1]) {
            return false;
        }
        output(path, trusted, key, digest);
        outputsKnown.incrementAndGet();
        return true;
    }

    /**
     * Keeps that the file at {@code path} holds the bytes ({@code digest}) import writes for {@code key}, and had
     * the stamp {@link #listed} kept ({@link Stamp#UNTRUSTED} for a file import wrote).
     */
    public void output(String path, Stamp trusted, long[] key, long[] digest) {
        outputsNow.put(path, new Output(trusted, key[0], key[1], digest[0], digest[1]));
    }

    /**
     * Whether every file import wrote for this very source ({@code keys}) is gone since, none left by an interrupted
     * import ({@code unfinished}): an editor deleted the story (in a preview, say, where no build notes its place),
     * and it stays deleted. What the memo knew of the files is kept for the next import.
     */
    public boolean deletedSinceWritten(Path siteDir, List<String> paths, List<long[]> keys, Set<String> unfinished) {
        for (int k = 0; k < paths.size(); k++) {
            String path = paths.get(k);
            if (listed(path).isPresent() || unfinished.contains(path) || !hasOutput(path, keys.get(k))
                    || Files.exists(siteDir.resolve(path), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
        }
        paths.forEach(path -> outputsNow.put(path, outputs.get(path)));
        return !paths.isEmpty();
    }

    /** How many files this import found as the memo knew them. */
    public Known known() {
        return new Known(sourcesKnown.get(), filesKnown.get(), outputsKnown.get());
    }

    /** {@link #fileDigest} of the file at {@code file}, or empty when there is none. */
    public static Optional<long[]> fileDigestIfThere(Path file) throws IOException {
        try {
            return Optional.of(fileDigest(Files.readAllBytes(file)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** The digest of an article file's bytes. */
    public static long[] fileDigest(byte[] bytes) {
        return new Hash128().mark('F').bytes(bytes).bits();
    }

    /**
     * What import writes into one article file depends on the source's bytes and path, the file's path (its slug and
     * language) and the story it repeats; the version of Duet is the memo's own key.
     *
     * @param source {@link #sourceDigest} of the source's bytes
     */
    public static long[] key(long[] source, String path, Optional<String> duplicateOf) {
        return new Hash128().mark('O').bits(source).text(path).text(duplicateOf.orElse("")).mark(
                duplicateOf.isPresent() ? 'D' : 'N').bits();
    }

    /** The digest of a source file, its path and bytes, from which its article files' keys are made. */
    public static long[] sourceDigest(String sourceFile, byte[] bytes) {
        return new Hash128().mark('S').text(sourceFile).bytes(bytes).bits();
    }

    /**
     * Writes what this import found to {@code cacheDir}, when it differs from what the memo held: the entries of
     * files it did not see again are dropped.
     */
    public void save(Path cacheDir) throws IOException {
        if (!recording || sourcesNow.equals(sources) && foundNow.equals(found) && outputsNow.equals(outputs)) {
            return;
        }
        Files.createDirectories(cacheDir);
        ImportMemoFile.write(cacheDir, new ImportMemoFile.Contents(sourcesNow, foundNow, outputsNow));
    }
}
