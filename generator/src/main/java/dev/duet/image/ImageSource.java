package dev.duet.image;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an image an article names is: a web address, linked as it is and never downloaded; or a file of the site,
 * named relative to the article file (a leading {@code /} names it from the site folder). A path that leaves the
 * site folder, by {@code ..} or through a link, and any other kind of address ({@code data:}, {@code file:},
 * {@code javascript:}) are refused with the reason.
 */
public sealed interface ImageSource {

    /** An http(s) address, linked, not downloaded. */
    record Remote(String url) implements ImageSource {
    }

    /**
     * A file of the site.
     *
     * @param path its path relative to the site folder, with forward slashes
     * @param file the file
     */
    record Local(String path, Path file) implements ImageSource {
    }

    /** A source that cannot be used, and why, in words for a problem's message. */
    record Refused(String reason) implements ImageSource {
    }

    /**
     * Resolves {@code src} as written in the article file {@code articlePath} (relative to the site folder).
     * The file need not exist: {@link ImageProbe} says so.
     */
    static ImageSource resolve(Path siteDir, String articlePath, String src) {
        String s = src.strip();
        if (s.isEmpty()) {
            return new Refused("the image has no src");
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            try {
                URI uri = new URI(s);
                if (uri.getHost() == null) {
                    return new Refused("'" + s + "' is not a web address with a host");
                }
                return new Remote(uri.toASCIIString());
            } catch (URISyntaxException e) {
                return new Refused("'" + s + "' is not a valid web address");
            }
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*:.*") || s.startsWith("//") || s.contains("\\")) {
            return new Refused("'" + s + "' is neither an http(s) address nor a path in the site");
        }
        String written = s.replaceFirst("[?#].*$", "");
        Path root = siteDir.toAbsolutePath().normalize();
        Path base = written.startsWith("/") ? root : root.resolve(articlePath).getParent();
        // An address with escapes (照片%20一.JPG) names the file a browser finds, 照片 一.JPG, unless a file is named
        // with the escapes themselves.
        String path = written.indexOf('%') < 0 || Files.exists(fileAt(base, written)) ? written
                : dev.duet.io.PercentDecoding.decode(written).orElse(written);
        Path file = fileAt(base, path);
        if (!file.startsWith(root) || file.equals(root)) {
            return new Refused("'" + s + "' leads out of the site folder");
        }
        Optional<String> outside = linkOut(root, file);
        if (outside.isPresent()) {
            return new Refused("'" + s + "' is a link to " + outside.get() + ", outside the site folder");
        }
        return new Local(root.relativize(file).toString().replace('\\', '/'), file);
    }

    private static Path fileAt(Path base, String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
    }

    /** Where the file really is, when a link takes it out of the site. */
    private static Optional<String> linkOut(Path root, Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Path real = file.toRealPath();
            Path realRoot = root.toRealPath();
            return real.startsWith(realRoot) ? Optional.empty() : Optional.of(real.toString());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
