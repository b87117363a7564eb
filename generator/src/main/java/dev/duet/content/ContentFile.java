package dev.duet.content;

import java.util.Objects;

/**
 * One article file as read from {@code articles/}: its path, its front matter and its Markdown body. The front
 * matter is held in memory, or, for a shard's build, parked in a {@link FrontMatterStore} with what is kept of a
 * body on disk, and read again each time it is asked for. Two files are equal when their paths, front matter, bodies and body lines are, however each is
 * held.
 */
public final class ContentFile {

    private final String path;
    /** The front matter in memory; null when it is parked. */
    private final FrontMatter frontMatter;
    /** The store of the parked front matter, and where it is there; null and 0 when it is in memory. */
    private final FrontMatterStore store;
    private final long place;
    /** The body; null when it is parked with the front matter. */
    private final Body body;
    private final int bodyLine;

    /**
     * @param path the file's path relative to the site, with forward slashes ({@code articles/2024/slug.zh.md})
     * @param frontMatter the typed front matter
     * @param body the Markdown body, in memory or read again from the file when needed
     * @param bodyLine the 1-based line where the body starts, for messages
     */
    public ContentFile(String path, FrontMatter frontMatter, Body body, int bodyLine) {
        this(Objects.requireNonNull(path, "path"), Objects.requireNonNull(frontMatter, "frontMatter"), null, 0,
                Objects.requireNonNull(body, "body"), bodyLine);
    }

    private ContentFile(String path, FrontMatter frontMatter, FrontMatterStore store, long place, Body body,
            int bodyLine) {
        this.path = path;
        this.frontMatter = frontMatter;
        this.store = store;
        this.place = place;
        this.body = body;
        this.bodyLine = bodyLine;
    }

    /** A file whose front matter is kept at {@code place} in {@code store}, and its body too when it is null. */
    static ContentFile parked(String path, FrontMatterStore store, long place, Body body, int bodyLine) {
        return new ContentFile(path, null, store, place, body, bodyLine);
    }

    /** The file's path relative to the site, with forward slashes. */
    public String path() {
        return path;
    }

    /** The typed front matter; a parked one is read again (each thread decodes the one it read last once). */
    public FrontMatter frontMatter() {
        return frontMatter != null ? frontMatter : store.frontMatter(place);
    }

    /** The Markdown body; a parked one is made again from what the store keeps of it. */
    public Body body() {
        return body != null ? body : store.body(place, path);
    }

    /** The 1-based line where the body starts, for messages. */
    public int bodyLine() {
        return bodyLine;
    }

    /** Whether the front matter is parked in a store rather than held. */
    boolean isParked() {
        return frontMatter == null;
    }

    /** The same file with another body. */
    public ContentFile withBody(Body other) {
        return new ContentFile(path, frontMatter, store, place, other, bodyLine);
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

    /**
     * The key that pairs this file with its translation: {@code translationKey}, else {@link #pairName()}; of a file
     * whose name gives no language, in a language's folder as Hugo's per-language trees have them, its path in that
     * tree ({@code articles/zh/2024/budget.md} pairs with {@code articles/en/2024/budget.md}).
     */
    public String translationKey() {
        return frontMatter().translationKey().orElseGet(() -> ContentReader.langFromName(path).isPresent()
                ? pairName() : ContentReader.langFromFolder(path).map(lang -> withoutFolder(pairName(), lang))
                .orElse(pairName()));
    }

    /** {@code name} without its first folder called {@code folder}. */
    private static String withoutFolder(String name, String folder) {
        String path = "/" + name;
        int at = path.indexOf("/" + folder + "/");
        return (path.substring(0, at) + path.substring(at + folder.length() + 1)).substring(1);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ContentFile file && path.equals(file.path)
                && bodyLine == file.bodyLine && body().equals(file.body()) && frontMatter().equals(file.frontMatter());
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, frontMatter(), body(), bodyLine);
    }

    @Override
    public String toString() {
        return "ContentFile[path=" + path + ", frontMatter=" + frontMatter() + ", body=" + body() + ", bodyLine="
                + bodyLine + "]";
    }
}
