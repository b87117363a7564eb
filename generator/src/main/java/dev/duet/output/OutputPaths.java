package dev.duet.output;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns a site-relative path into a file under the output folder, refusing any path that would leave it: absolute
 * paths, {@code ..} segments, backslashes, NUL and other control characters.
 */
public final class OutputPaths {

    private final Path root;

    public OutputPaths(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The file for a site path, or empty when the path would leave the output folder. */
    public Optional<Path> find(String sitePath) {
        if (sitePath.isEmpty() || sitePath.startsWith("/") || sitePath.indexOf('\\') >= 0
                || sitePath.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            return Optional.empty();
        }
        for (String segment : sitePath.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".") || (segment.isEmpty())) {
                return Optional.empty();
            }
        }
        try {
            Path file = root.resolve(sitePath).normalize();
            return file.startsWith(root) && !file.equals(root) ? Optional.of(file) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
