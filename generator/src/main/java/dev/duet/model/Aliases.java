package dev.duet.model;

import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.Problem;
import dev.duet.io.PercentDecoding;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An article's {@code aliases}, its old addresses, made output files: {@code /zh/2024/05/old-slug/} (a path from
 * the site's root), {@code zh/2024/05/old-slug}, {@code /news/123.html} or an absolute URL of this site become
 * {@code zh/2024/05/old-slug/index.html} or {@code news/123.html}. An alias that would leave the output folder,
 * names another site, or holds what no file name may hold is reported and left out.
 */
final class Aliases {

    private final SiteConfig config;

    Aliases(SiteConfig config) {
        this.config = config;
    }

    /** The output file of an alias, or empty with a problem in {@code problems}. */
    Optional<String> outputPath(String alias, String file, int line, List<Problem> problems) {
        String text = alias.strip();
        Optional<String> path = sitePath(text);
        if (path.isEmpty() && (text.contains("?") || text.contains("#")) && sitePath(text.replaceAll("[?#].*", ""))
                .isPresent()) {
            problems.add(Problem.warning("content.alias", file, line, "alias '" + text + "' has a query or a"
                    + " fragment (?…, #…), which a static host serves no page by, so no redirect is made for it: give"
                    + " the path alone, such as " + text.replaceAll("[?#].*", "")));
            return Optional.empty();
        }
        if (path.isEmpty()) {
            problems.add(Problem.warning("content.alias", file, line, "alias '" + text + "' is not an address of"
                    + " this site (" + config.publishedUrl() + "), so no redirect is made for it: give its path"
                    + " from the site's root, such as /zh/2024/05/old-slug/"));
            return Optional.empty();
        }
        String basePath = SiteConfig.basePath(config.publishedUrl());
        String fromRoot = text.startsWith("/") ? text : "/" + text;
        if (!text.startsWith("/") && !text.contains("://")) {
            problems.add(Problem.warning("content.alias", file, line, "alias '" + escape(text) + "' does not start"
                    + " with '/': it is taken from the site's root, as " + escape(fromRoot) + ", not from the"
                    + " article's address; write it so"));
        }
        if (basePath.length() > 1 && !text.contains("://") && fromRoot.startsWith(basePath)) {
            // Most likely the old address as the host serves it, the site's folder included, and so twice over.
            problems.add(Problem.warning("content.alias", file, line, "alias '" + escape(text) + "' is a path from"
                    + " the site's root, " + config.publishedUrl() + ", so its redirect is made at " + basePath
                    + fromRoot.substring(1) + "; if the old address was " + fromRoot + ", write it as "
                    + fromRoot.substring(basePath.length() - 1) + " or as a full URL"));
        }
        List<String> segments = new ArrayList<>();
        for (String raw : path.get().split("/", -1)) {
            if (raw.isEmpty()) {
                continue;
            }
            // Each segment decoded apart: an escaped slash (%2F) is in a name, never a folder of its own. Escapes
            // that are not UTF-8 make no name a file may have.
            Optional<String> decoded = PercentDecoding.decode(raw);
            String segment = decoded.orElse(raw);
            if (decoded.isEmpty() || segment.equals(".") || segment.equals("..") || !isFileName(segment)) {
                problems.add(Problem.error("content.alias", file, line, "alias '" + text + "' has a segment '"
                        + escape(segment) + "' that no redirect may have (it could lead out of the site); give the"
                        + " old path as it was, such as /zh/2024/05/old-slug/"));
                return Optional.empty();
            }
            if (segment.startsWith(".") || hasDirectionMark(segment)) {
                problems.add(Problem.error("content.alias", file, line, "alias '" + escape(text) + "' has a segment '"
                        + escape(segment) + "' that no redirect may have: " + (segment.startsWith(".")
                                ? "a hidden name (.git, .well-known) is no page a reader had"
                                : "an invisible mark (of direction, or of zero width) would make the address read as"
                                + " another")
                        + "; give the old path as it was, such as /zh/2024/05/old-slug/"));
                return Optional.empty();
            }
            segments.add(segment);
        }
        if (segments.isEmpty()) {
            problems.add(Problem.error("content.alias", file, line, "alias '" + text + "' is the site's home page,"
                    + " which a redirect may not replace; remove it"));
            return Optional.empty();
        }
        String last = segments.get(segments.size() - 1).toLowerCase(Locale.ROOT);
        boolean isPage = last.endsWith(".html") || last.endsWith(".htm") || last.endsWith(".shtml");
        return Optional.of(String.join("/", segments) + (isPage ? "" : "/index.html"));
    }

    /** The alias's path below the site's root, escapes kept; empty when it is a URL of another site. */
    private Optional<String> sitePath(String alias) {
        try {
            URI uri = new URI(alias.replace(" ", "%20"));
            if (uri.getScheme() == null && uri.getRawAuthority() == null) {
                if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getPath() == null) {
                    return Optional.empty();
                }
                return Optional.of(uri.getRawPath());
            }
            // A preview serves the site at its own address, in place of the published one: an alias is judged
            // against the published base URL, as a build judges it, and its file is at the same path below the root.
            URI base = config.publishedUrl();
            String basePath = SiteConfig.basePath(base);
            boolean web = uri.getScheme() != null && (uri.getScheme().equalsIgnoreCase("http")
                    || uri.getScheme().equalsIgnoreCase("https"));
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            if (!web || uri.getHost() == null || !uri.getHost().equalsIgnoreCase(base.getHost())
                    || uri.getPort() != base.getPort() || uri.getRawQuery() != null
                    || !(path + "/").startsWith(basePath)) {
                return Optional.empty();
            }
            return Optional.of(path.length() < basePath.length() ? "" : path.substring(basePath.length()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * A segment a static host can serve as a file name: no separators (an escaped slash included), control
     * characters or Windows specials.
     */
    private static boolean isFileName(String segment) {
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"'
                    || c == '<' || c == '>' || c == '|') {
                return false;
            }
        }
        return segment.length() <= 200;
    }

    /**
     * Whether a segment holds a mark that sets the direction of text (U+200E, U+202A–U+202E, U+2066–U+2069) or has
     * no width (U+200B–U+200D, U+2060, U+FEFF, the soft hyphen U+00AD): {@code /\u200Bzh/x/} reads as {@code /zh/x/}.
     */
    private static boolean hasDirectionMark(String segment) {
        return segment.chars().anyMatch(Aliases::isDirectionMark);
    }

    private static boolean isDirectionMark(int c) {
        return c == 0x200e || c == 0x200f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
                || c >= 0x200b && c <= 0x200d || c == 0x2060 || c == 0xfeff || c == 0xad;
    }

    private static String escape(String segment) {
        StringBuilder out = new StringBuilder();
        segment.codePoints().forEach(c -> out.append(c < 0x20 || c == 0x7f || isDirectionMark(c)
                ? String.format(java.util.Locale.ROOT, "\\u%04x", c) : new String(Character.toChars(c))));
        return out.toString();
    }
}
