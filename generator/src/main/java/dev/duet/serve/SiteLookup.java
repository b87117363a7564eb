package dev.duet.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the file a request asks for inside the site directory, and nothing outside it. The resolved path must stay
 * under the root both as written ({@code normalize()}) and as it really is on disk ({@code toRealPath()}), so a
 * symbolic link inside the site that points elsewhere is treated as missing. Directories are never listed: one is
 * answered with its {@code index.html}, or a redirect when the request lacks the trailing slash.
 */
final class SiteLookup {

    /** What a request path names. */
    sealed interface Target permits Found, NeedsSlash, Missing {
    }

    /** A regular file to serve, by its real path. */
    record Found(Path file) implements Target {
    }

    /** A directory asked for without its trailing slash; relative links in its index need the slash. */
    record NeedsSlash() implements Target {
    }

    /** Nothing servable. */
    record Missing() implements Target {
    }

    private static final Missing MISSING = new Missing();

    private final Path root;

    SiteLookup(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    Target find(RequestPath request) {
        Path path = root;
        for (String segment : request.segments()) {
            path = path.resolve(segment);
        }
        path = path.normalize();
        if (!path.startsWith(root)) {
            return MISSING;
        }
        Optional<Path> real = realPathInside(path);
        if (real.isEmpty()) {
            return MISSING;
        }
        if (Files.isDirectory(real.get())) {
            if (!request.directory()) {
                return new NeedsSlash();
            }
            return realPathInside(path.resolve("index.html"))
                    .filter(Files::isRegularFile)
                    .<Target>map(Found::new)
                    .orElse(MISSING);
        }
        return Files.isRegularFile(real.get()) ? new Found(real.get()) : MISSING;
    }

    /** The site's own {@code 404.html}, when it has one. */
    Optional<Path> findNotFoundPage() {
        return realPathInside(root.resolve("404.html")).filter(Files::isRegularFile);
    }

    private Optional<Path> realPathInside(Path path) {
        try {
            // the root is resolved on every request: a clean build may delete and recreate it
            Path realRoot = root.toRealPath();
            Path real = path.toRealPath();
            return real.startsWith(realRoot) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
