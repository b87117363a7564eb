package dev.duet.content;

import dev.duet.io.AtomicWriter;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The article files an import is creating, on disk while it writes them. Import writes a new file straight under its
 * name, since a temporary name and a rename cost the kernel nearly as much again as creating and writing the file;
 * a process killed in the middle of such a write leaves the file short. The next import reads the journal that was
 * left behind and finishes those files (see {@link ContentWriter}), where it would otherwise take a short file for
 * one the user edited and keep it. The journal is deleted when an import completes.
 */
public final class ImportJournal {

    static final String FILE_NAME = "import-journal.txt";
    private static final String HEADER = "duet-import-journal 1";

    private final Path file;
    private final Set<String> unfinished;
    /** Whether an import that did not complete left the journal: it may have left temporary files too. */
    private final boolean interrupted;

    private ImportJournal(Path file, Set<String> unfinished, boolean interrupted) {
        this.file = file;
        this.unfinished = unfinished;
        this.interrupted = interrupted;
    }

    /** The journal in {@code cacheDir}, with the paths an import that did not complete left in it. */
    public static ImportJournal open(Path cacheDir) throws IOException {
        Path file = cacheDir.resolve(FILE_NAME);
        Set<String> unfinished = new HashSet<>();
        boolean interrupted = Files.exists(file);
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            // A journal in another format, or damaged, names nothing: its files are treated as edits, the safe side.
            if (!lines.isEmpty() && lines.get(0).equals(HEADER)) {
                for (String line : lines.subList(1, lines.size())) {
                    if (!line.isEmpty()) {
                        unfinished.add(line);
                    }
                }
            }
        } catch (NoSuchFileException e) {
            // no import was interrupted
        } catch (CharacterCodingException e) {
            // damaged: it names nothing
        }
        return new ImportJournal(file, Set.copyOf(unfinished), interrupted);
    }

    /**
     * Deletes the temporary files that an import killed while it replaced an article file left beside it
     * ({@code .slug.en.md.<process>-<thread>.tmp}: the article itself is whole, as it was or as it became), so that
     * none is committed with the articles; only after an import that did not complete, as only such an import
     * leaves one. Call it holding the site's lock, before this import writes.
     */
    public void removeLeftovers(Path articlesDir) throws IOException {
        if (!interrupted || !Files.isDirectory(articlesDir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(articlesDir)) {
            for (Path leftover : files.filter(f -> AtomicWriter.isTemporary(f.getFileName().toString())
                    && f.getFileName().toString().contains(".md.")
                    && Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    /** Paths, relative to the site, of files an interrupted import was creating. */
    public Set<String> unfinished() {
        return unfinished;
    }

    /**
     * Records that the files at {@code paths} may be created from now on, together with the files of an interrupted
     * import, which stay listed until an import completes.
     */
    public void begin(Collection<String> paths) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        // In no particular order: the journal is read into a set.
        for (String path : unfinished) {
            text.append(path).append('\n');
        }
        for (String path : paths) {
            text.append(path).append('\n');
        }
        AtomicWriter.writeOnce(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Every file the import began is complete. */
    public void complete() throws IOException {
        Files.deleteIfExists(file);
    }
}
