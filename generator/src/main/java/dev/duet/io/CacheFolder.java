package dev.duet.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes the cache folder ({@code <cacheDir>}, {@code target/duet} by default) and the folders Duet keeps in it. The
 * cache folder may be any folder the user names, so a file where it should be may be theirs: Duet stops, naming
 * it. Everything inside the cache folder is Duet's own, and only saves time: a file where one of its folders should
 * be (left by a damaged disk, or by hand) is removed, and the folder made in its place.
 */
public final class CacheFolder {

    /** How the names of the files Duet keeps in every cache folder it used start: one of them tells it is Duet's. */
    private static final List<String> OWN = List.of(CacheLock.FILE_NAME, "build-", "articles-read", "render-cache",
            "import-", "output-", "check-", "desk-", "preview", "segment-states", "translations.", "pages-gone",
            "glossary-read", "incoming", "edited", "images");

    private CacheFolder() {
    }

    /**
     * Makes the cache folder {@code cacheDir} and the folders above it; a {@link NotAFolderException} naming the
     * file when one of them is a file.
     */
    public static Path require(Path cacheDir) throws IOException {
        return require(cacheDir, "Duet keeps its cache folder", "Duet's cache folder", "<cacheDir> / -Dduet.cacheDir");
    }

    /**
     * Makes the output folder {@code outputDir} and the folders above it; a {@link NotAFolderException} naming the
     * file when one of them is a file.
     */
    public static Path requireOutput(Path outputDir) throws IOException {
        return require(outputDir, "Duet writes the site", "the site", "<outputDir> / -Dduet.outputDir");
    }

    /**
     * Refuses, with an {@link IOException} naming it, a cache folder that holds files but none of Duet's: a folder of
     * the user's, named by mistake, in which a build would remove and replace files. An empty folder is taken.
     */
    static void requireOwn(Path cacheDir) throws IOException {
        try (java.util.stream.Stream<Path> entries = Files.list(cacheDir)) {
            List<String> names = entries.map(entry -> entry.getFileName().toString()).toList();
            if (!names.isEmpty() && names.stream().noneMatch(name -> OWN.stream().anyMatch(name::startsWith))) {
                throw new IOException(cacheDir + " holds files, and none of Duet's (" + String.join(", ",
                        names.stream().sorted().limit(3).toList()) + (names.size() > 3 ? "…" : "") + "): it is not"
                        + " the cache folder of a Duet site, and Duet, which removes and replaces files in its cache"
                        + " folder, leaves it alone. Set <cacheDir> / -Dduet.cacheDir to a folder of its own, such as"
                        + " target/duet");
            }
        }
    }

    private static Path require(Path folder, String where, String what, String setting) throws IOException {
        try {
            return Files.createDirectories(folder);
        } catch (FileSystemException e) {
            Path wanted = folder.toAbsolutePath().normalize();
            for (Path at = wanted; at != null; at = at.getParent()) {
                if (Files.exists(at, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(at)) {
                    String place = at.equals(wanted) ? where
                            : "the folder that holds " + what + ", " + wanted + ", should be";
                    throw new NotAFolderException(at, "a file is where " + place + "; Duet does not remove it, as it"
                            + " may be yours: move or delete it, or set " + setting + " to another folder");
                }
            }
            throw e;
        }
    }

    /**
     * Makes {@code folder}, inside the cache folder {@code cacheDir}, with the folders between; a file where one of
     * those should be is removed first. Returns {@code folder}.
     */
    public static Path make(Path cacheDir, Path folder) throws IOException {
        Path root = cacheDir.toAbsolutePath().normalize();
        Path wanted = folder.toAbsolutePath().normalize();
        if (!wanted.startsWith(root)) {
            throw new IllegalArgumentException(folder + " is not inside the cache folder " + cacheDir);
        }
        if (Files.isDirectory(wanted)) {
            return folder;
        }
        require(root);
        Path at = root;
        for (Path name : root.relativize(wanted)) {
            at = at.resolve(name);
            // A link to a folder is a folder; a file, or a link to nothing, is in the way.
            if (Files.exists(at, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(at)) {
                Files.deleteIfExists(at);
            }
        }
        Files.createDirectories(wanted);
        return folder;
    }
}
