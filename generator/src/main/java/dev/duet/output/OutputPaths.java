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

    Path root() {
        return root;
    }

    /** The file for a site path, or empty when the path would leave the output folder. */
    public Optional<Path> find(String sitePath) {
        if (!isPlain(sitePath)) {
            return Optional.empty();
        }
        try {
            Path file = root.resolve(sitePath).normalize();
            return file.startsWith(root) && !file.equals(root) ? Optional.of(file) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * Why a path that stays in the output folder cannot be a file there: its characters are not in the encoding the
     * JVM names files in ({@code sun.jnu.encoding}, from the locale: a path in Chinese under the locale C or POSIX).
     */
    public Optional<String> unnameable(String sitePath) {
        if (!isPlain(sitePath)) {
            return Optional.empty();
        }
        try {
            root.resolve(sitePath);
            return Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.of("cannot be written: " + dev.duet.io.SiteFiles.unspellable());
        }
    }

    /**
     * True when the path has no empty, {@code .} or {@code ..} segment (so no leading or trailing slash), no
     * backslash and no control character. One pass over the characters: every build and every up-to-date check
     * asks this of every file of the site.
     */
    private static boolean isPlain(String sitePath) {
        int length = sitePath.length();
        int segment = 0;
        for (int i = 0; i <= length; i++) {
            char c = i < length ? sitePath.charAt(i) : '/';
            if (c == '/') {
                int size = i - segment;
                if (size == 0 || size <= 2 && sitePath.startsWith(size == 1 ? "." : "..", segment)) {
                    return false;
                }
                segment = i + 1;
            } else if (c == '\\' || c < 0x20 || c == 0x7F) {
                return false;
            }
        }
        return true;
    }
}
