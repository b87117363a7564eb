package dev.duet.serve;

import java.util.Locale;
import java.util.Map;

/**
 * The {@code Content-Type} for a file of the generated site, chosen by its name. Text types carry
 * {@code charset=utf-8} because the generator writes every text file in UTF-8, and a browser guessing otherwise
 * would garble Chinese pages.
 */
final class MediaTypes {

    static final String HTML = "text/html; charset=utf-8";
    static final String UNKNOWN = "application/octet-stream";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", HTML),
            Map.entry("htm", HTML),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("md", "text/markdown; charset=utf-8"),
            Map.entry("svg", "image/svg+xml; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("webmanifest", "application/manifest+json; charset=utf-8"));

    private MediaTypes() {
    }

    /** The media type for a file name; {@code application/octet-stream} when the extension is unknown. */
    static String of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.equals("atom.xml") || name.equals("feed.xml")) {
            return "application/atom+xml; charset=utf-8";
        }
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return UNKNOWN;
        }
        return BY_EXTENSION.getOrDefault(name.substring(dot + 1), UNKNOWN);
    }

    static boolean isHtml(String mediaType) {
        return mediaType.equals(HTML);
    }
}
