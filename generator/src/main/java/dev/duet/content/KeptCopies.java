package dev.duet.content;

import dev.duet.io.AtomicWriter;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * The copies import keeps of article files in the cache folder: the source's version of a file an editor changed
 * where the source changed it too ({@code incoming/}), and an edited file before {@code overwriteEdited} replaces it.
 * Thread-safe: each copy is of one file, and articles write different files.
 */
final class KeptCopies {

    private final Path siteDir;
    private final Path incomingDir;
    private final AtomicWriter writer = new AtomicWriter();

    KeptCopies(Path siteDir, Path incomingDir) {
        this.siteDir = siteDir;
        this.incomingDir = incomingDir.toAbsolutePath().normalize();
    }

    /** Where the source's version of the article file at {@code path} is kept when it conflicts with an editor's. */
    Path incoming(String path) {
        Path target = incomingDir.resolve(path).normalize();
        return target.startsWith(incomingDir) ? target : incomingDir.resolve(Path.of(path).getFileName().toString());
    }

    /** Keeps {@code bytes}, the source's version of the article file at {@code path}. */
    void putIncoming(String path, byte[] bytes) throws IOException {
        Path target = incoming(path);
        Files.createDirectories(target.getParent());
        writer.write(target, bytes);
    }

    /**
     * Whether {@code bytes}, what import writes for the file at {@code path}, are the source's version an earlier
     * import kept when it reported a conflict in the file: a change of the source the editor has not taken.
     */
    boolean isIncoming(String path, byte[] bytes) throws IOException {
        Path copy = incoming(path);
        return Files.isRegularFile(copy) && Files.size(copy) == bytes.length
                && Arrays.equals(Files.readAllBytes(copy), bytes);
    }

    /**
     * Copies an edited file to {@code folder}, under its path relative to the site, before import overwrites it. A
     * copy kept by an earlier import is never replaced: the new one gets a number, {@code slug-2.zh.md}.
     */
    static Path keep(Path file, String path, Path folder) throws IOException {
        Path target = folder.resolve(path).normalize();
        if (!target.startsWith(folder)) {
            // An articles folder outside the site: its files are kept by name.
            target = folder.resolve(file.getFileName().toString());
        }
        Files.createDirectories(target.getParent());
        String name = target.getFileName().toString();
        int dot = name.indexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; ; n++) {
            try {
                return Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
            } catch (FileAlreadyExistsException e) {
                target = target.resolveSibling(stem + "-" + n + extension);
            }
        }
    }

    /** A kept copy's path as a message shows it: relative to the site when it lies below it. */
    String shown(Path kept) {
        return ContentReader.below(siteDir, kept).orElse(kept.toString());
    }
}
