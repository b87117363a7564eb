package dev.duet.image;

/**
 * What an image file's header says: its format and size in pixels, read without decoding the pixels.
 *
 * @param format {@code jpeg}, {@code png} or {@code svg}
 * @param width the width in pixels (for an SVG, from its {@code width} or {@code viewBox}, else 0)
 * @param height the height in pixels, likewise
 */
public record ImageHeader(String format, int width, int height) {

    /** True for the formats that are resized; an SVG is copied as it is. */
    public boolean raster() {
        return !format.equals("svg");
    }

    /** The extension of the copies made of it: a PNG stays a PNG (it may have transparency), the rest are JPEG. */
    public String outputExtension() {
        return format.equals("png") ? "png" : format.equals("svg") ? "svg" : "jpg";
    }
}
