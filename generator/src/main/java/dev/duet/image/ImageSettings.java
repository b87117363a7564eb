package dev.duet.image;

import java.util.List;

/**
 * How pictures are resized: the widths made of each (never wider than the original), the JPEG quality, and the
 * largest image the build will decode, in pixels and bytes. The settings are part of each cached copy's key, so a
 * change of settings makes new copies instead of reusing old ones.
 *
 * @param widths the widths to make, smallest first
 * @param jpegQuality JPEG quality between 0 and 1
 * @param maxPixels the most pixels an image may have; above it the image is refused before it is decoded
 * @param maxBytes the largest image file read
 */
public record ImageSettings(List<Integer> widths, float jpegQuality, long maxPixels, long maxBytes) {

    /** 480, 960 and 1600 pixels wide; quality 0.82; at most 40 megapixels and 40 MB. */
    public static final ImageSettings DEFAULT = new ImageSettings(List.of(480, 960, 1600), 0.82f, 40_000_000L,
            40L * 1024 * 1024);

    public ImageSettings {
        widths = List.copyOf(widths);
    }

    /**
     * A short text that changes with every setting that changes the bytes of a copy. Its version changes too when
     * the checks change what is published: v2 checks each SVG again, as XML, before a cached copy is taken; v3 turns
     * a JPEG as its EXIF orientation says, and converts a CMYK JPEG's inks itself.
     */
    public String key() {
        StringBuilder key = new StringBuilder("v3");
        widths.forEach(w -> key.append('-').append(w));
        return key.append("-q").append(Math.round(jpegQuality * 100)).toString();
    }

    /** The widths to make of an image {@code width} pixels wide: the settings' below it, and its own if smaller. */
    public List<Integer> widthsFor(int width) {
        List<Integer> out = new java.util.ArrayList<>();
        for (int w : widths) {
            if (w < width) {
                out.add(w);
            }
        }
        int largest = Math.min(width, widths.get(widths.size() - 1));
        if (out.isEmpty() || out.get(out.size() - 1) != largest) {
            out.add(largest);
        }
        return out;
    }
}
