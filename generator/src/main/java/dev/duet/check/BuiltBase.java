package dev.duet.check;

import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.Problem;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The base URL a built site was made for, as its {@code robots.txt} names the sitemap ({@code Sitemap:
 * https://news.example.org/my-news/sitemap.xml}). A site built for another base path than the one it is checked
 * for has every root-relative link pointing elsewhere: one error says so, and its links are checked for the base
 * it was built for, rather than each reported broken. A site built for another host under the same path gets a
 * warning from {@link #checkUrls}: its links work there, but its canonical links and sitemap name the other host.
 *
 * @param url the base URL, ending in {@code /}
 * @param path its path, ending in {@code /}
 * @param line the line of {@code robots.txt} that names it
 */
record BuiltBase(URI url, String path, int line) {

    static final String FILE = "robots.txt";
    private static final String PREFIX = "Sitemap:";
    private static final String SITEMAP = "sitemap.xml";

    /** The base named in the output folder's {@code robots.txt}; empty when it names none, or not so. */
    static Optional<BuiltBase> read(Path root) {
        Path file = root.resolve(FILE);
        List<String> lines;
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > 64 * 1024) {
                return Optional.empty();
            }
            lines = List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\r?\n"));
        } catch (IOException e) {
            return Optional.empty();
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
                continue;
            }
            String value = line.substring(PREFIX.length()).strip();
            if (!value.endsWith("/" + SITEMAP)) {
                continue;
            }
            try {
                URI url = URI.create(value.substring(0, value.length() - SITEMAP.length()));
                if (url.isAbsolute() && url.getRawPath() != null && url.getRawPath().startsWith("/")) {
                    return Optional.of(new BuiltBase(url, url.getRawPath(), i + 1));
                }
            } catch (IllegalArgumentException e) {
                // Not a URL: the site says nothing of its base.
            }
        }
        return Optional.empty();
    }

    /** The error of a site built for this base, checked for {@code baseUrl} whose path is {@code basePath}. */
    Problem mismatch(String baseUrl, String basePath) {
        return Problem.error("check.base-url", FILE, line, "the site was built for " + url + ", whose pages link"
                + " to each other under " + path + ", but this check runs with " + baseUrl + ": published under "
                + basePath + ", its links would not resolve. Build and check with the same <baseUrl> /"
                + " -Dduet.baseUrl; the links were checked here as the site was built, under " + path);
    }

    /**
     * The site's absolute URLs must start with the base URL this check runs with: else the site was built for
     * another address, and its links were checked for a place it will not be published at. A site built for the
     * default base URL works only in a local preview.
     */
    static void checkUrls(String baseUrl, List<SiteCheck.AbsoluteUrl> urls, List<Problem> problems) {
        // The sitemap's entries first: the example a warning gives is then the URL a search engine is given.
        List<SiteCheck.AbsoluteUrl> sorted = urls.stream().filter(u -> u.url().startsWith("http://")
                || u.url().startsWith("https://")).sorted(Comparator.comparing((SiteCheck.AbsoluteUrl u) -> !u.file()
                .endsWith(".xml")).thenComparing(SiteCheck.AbsoluteUrl::file)
                .thenComparing(SiteCheck.AbsoluteUrl::url)).toList();
        if (sorted.isEmpty()) {
            return;
        }
        List<SiteCheck.AbsoluteUrl> outside = sorted.stream().filter(u -> !u.url().startsWith(baseUrl)).toList();
        if (!outside.isEmpty()) {
            SiteCheck.AbsoluteUrl first = outside.get(0);
            boolean builtForDefault = outside.stream().allMatch(u -> u.url().startsWith(SiteConfig.DEFAULT_BASE_URL));
            problems.add(Problem.warning("check.base-url", first.file(), 0, outside.size() + " of the site's "
                    + sorted.size() + " absolute URLs (canonical links, sitemap) are not under " + baseUrl
                    + ", the base URL this check runs with, such as " + first.url() + ": the site was built for "
                    + (builtForDefault ? "Duet's default base URL " + SiteConfig.DEFAULT_BASE_URL : "another base URL")
                    + ", so its links were not checked for where it is published; build and check with the same"
                    + " <baseUrl> / -Dduet.baseUrl"));
        } else if (baseUrl.equals(SiteConfig.DEFAULT_BASE_URL)) {
            problems.add(Problem.warning("check.default-base-url", sorted.get(0).file(), 0, "the site was built for"
                    + " Duet's default base URL " + SiteConfig.DEFAULT_BASE_URL + ", which only a local preview has:"
                    + " a published site needs its public address, set as <duet.baseUrl> in the pom's <properties>"
                    + " or with -Dduet.baseUrl"));
        }
    }
}
