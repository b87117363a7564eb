package dev.duet.content;

import java.util.Objects;

/**
 * One article file as read from {@code articles/}: its front matter and its Markdown body.
 *
 * @param path the file's path relative to the site, with forward slashes ({@code articles/2024/slug.zh.md})
 * @param frontMatter the typed front matter
 * @param body the Markdown body, in memory or read again from the file when needed
 * @param bodyLine the 1-based line where the body starts, for messages
 */
public record ContentFile(String path, FrontMatter frontMatter, Body body, int bodyLine) {

    public ContentFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(frontMatter, "frontMatter");
        Objects.requireNonNull(body, "body");
    }

    /** The name that pairs translations by default: the path without {@code .zh.md}/{@code .en.md}. */
    public String pairName() {
        return pairName(path);
    }

    /** {@link #pairName()} of a file at {@code path}. */
    static String pairName(String path) {
        String name = path;
        if (name.endsWith(".md")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        if (dot > slash && name.length() - dot <= 4) {
            name = name.substring(0, dot);
        }
        return name;
    }

    /** The key that pairs this file with its translation: {@code translationKey}, else {@link #pairName()}. */
    public String translationKey() {
        return frontMatter.translationKey().orElse(pairName());
    }
}
