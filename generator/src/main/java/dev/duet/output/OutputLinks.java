package dev.duet.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds a symbolic link on the way from a folder to one of its files: a folder of the way that is a link, or the
 * file itself. A link in the output folder could lead a write or a deletion out of it, and a link in a shard could
 * bring a file from outside the site into the published one. Each folder found to be a real folder is remembered,
 * so that asking for many files looks at each folder once; only the files asked about are looked at, never the
 * whole tree. Safe to use from many threads.
 */
public final class OutputLinks {

    private final Path root;
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    /** @param root the folder whose files are asked about; it may be a link itself, chosen by the user */
    public OutputLinks(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The first folder between the root and {@code file} (both left out) that is a link, if any. */
    public Optional<Path> linkAbove(Path file) throws IOException {
        Path found = null;
        List<Path> real = new ArrayList<>();
        for (Path dir = file.toAbsolutePath().normalize().getParent();
                dir != null && !dir.equals(root) && dir.startsWith(root) && !folders.contains(dir);
                dir = dir.getParent()) {
            // A folder a build is about to make does not exist yet: asked without an exception, which costs more
            // than the rest of the look, and a cold build asks it for every page's folder. A folder that does not
            // exist, a link to nothing included, leads nowhere: nothing can be made or written through it.
            Optional<BasicFileAttributes> attributes = dir.toFile().exists() ? attributes(dir) : Optional.empty();
            if (attributes.isPresent() && attributes.get().isSymbolicLink()) {
                // Keep going: the link nearest the root is the one to delete.
                found = dir;
            } else if (attributes.isPresent() && attributes.get().isDirectory()) {
                real.add(dir);
            }
        }
        if (found == null) {
            // Remembered only once every folder up to the root is known real: a folder below a link looks real.
            folders.addAll(real);
        }
        return Optional.ofNullable(found);
    }

    /** The link among the folders above {@code file}, else {@code file} itself when it is a link. */
    public Optional<Path> link(Path file) throws IOException {
        Optional<Path> above = linkAbove(file);
        if (above.isPresent()) {
            return above;
        }
        Optional<BasicFileAttributes> attributes = attributes(file);
        return attributes.isPresent() && attributes.get().isSymbolicLink() ? Optional.of(file) : Optional.empty();
    }

    /** The path of a file below the root, with forward slashes, for messages. */
    public String sitePath(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** What a link names, as it is written, for messages. */
    public static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "somewhere else";
        }
    }

    private static Optional<BasicFileAttributes> attributes(Path path) throws IOException {
        try {
            return Optional.of(Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }
}
