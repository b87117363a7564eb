package dev.duet.image;

import java.util.List;
import java.util.Optional;

/**
 * A picture ready to show: where it came from and the files a page offers the browser. A remote picture is
 * linked as it is, and its size is not known.
 *
 * @param source the site-relative path of the original, or its web address
 * @param remote true for a web address: linked, not downloaded
 * @param format {@code jpeg}, {@code png} or {@code svg}; empty for a remote picture
 * @param width the original's width in pixels, 0 when unknown
 * @param height the original's height in pixels, 0 when unknown
 * @param variants the copies to publish, narrowest first; one for an SVG (itself), none for a remote picture
 */
public record Picture(String source, boolean remote, String format, int width, int height, List<Variant> variants) {

    /**
     * One copy of the picture.
     *
     * @param width its width in pixels
     * @param height its height in pixels
     * @param path its path in the output, relative to the site ({@code images/<digest>/<width>.jpg})
     */
    public record Variant(int width, int height, String path) {
    }

    public Picture {
        variants = List.copyOf(variants);
    }

    /** A picture at a web address. */
    public static Picture remote(String url) {
        return new Picture(url, true, "", 0, 0, List.of());
    }

    /**
     * Whether {@code other} shows the same picture: the same address for a remote one, else the same copies (whose
     * paths hold the digest of the original's bytes).
     */
    public boolean sameAs(Picture other) {
        return remote ? other.remote && source.equals(other.source) : !other.remote && variants.equals(other.variants);
    }

    /** The widest copy: the one for a share card and for a page's main size. */
    public Optional<Variant> largest() {
        return variants.isEmpty() ? Optional.empty() : Optional.of(variants.get(variants.size() - 1));
    }

    /** The narrowest copy at least {@code width} wide, else the widest: for a small place such as a list card. */
    public Optional<Variant> atLeast(int width) {
        return variants.stream().filter(v -> v.width() >= width).findFirst().or(this::largest);
    }
}
