package dev.duet.content;

import dev.duet.diagnostic.Problem;
import dev.duet.io.AtomicWriter;
import dev.duet.io.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

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
     * Notes, beside the source's version kept of each file at {@code paths}, a digest of the file as import leaves it
     * ({@code .against}): an editor who changes the file after that settles the conflict by hand
     * ({@link #settledByHand}). Nothing for a file of which no version is kept.
     */
    void markAgainst(Set<String> paths) throws IOException {
        for (String path : paths) {
            if (Files.isRegularFile(incoming(path))) {
                writer.write(againstFile(incoming(path)),
                        digest(Files.readAllBytes(siteDir.resolve(path))).getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    /**
     * Whether the article file, now {@code current}, changed after import kept the source's version of it
     * ({@link #markAgainst}): its editor settled the conflict by hand. A copy kept without the digest (by an older
     * version of Duet) is not settled.
     */
    boolean settledByHand(String path, byte[] current) throws IOException {
        Path against = againstFile(incoming(path));
        return Files.isRegularFile(against)
                && !new String(Files.readAllBytes(against), StandardCharsets.US_ASCII).strip()
                        .equals(digest(current));
    }

    /** A digest of an article file's text, whatever its line ends: a file saved again with CRLF is unchanged. */
    private static String digest(byte[] bytes) {
        return Sha256.hex(new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }

    /**
     * Lets go of the source's version kept of a file its editor changed after import reported the conflict: they
     * merged the two, and no flag takes that back. With {@code overwriting} ({@code overwriteEdited}), says so.
     */
    Optional<Problem> settle(String path, boolean overwriting) throws IOException {
        dropIncoming(path);
        return overwriting ? Optional.of(Problem.warning("import.settled", path, 0, "edited after import reported"
                + " its conflict with the source, so taken as settled by hand and not overwritten (overwriteEdited"
                + " takes a conflict only until its file is edited; the source's text is in its source file)"))
                : Optional.empty();
    }

    /** Deletes the source's version kept of the file at {@code path}, and its digest. */
    void dropIncoming(String path) throws IOException {
        Files.deleteIfExists(incoming(path));
        Files.deleteIfExists(againstFile(incoming(path)));
    }

    private static Path againstFile(Path copy) {
        return copy.resolveSibling(copy.getFileName() + ".against");
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
