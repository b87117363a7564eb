package dev.duet.image;

/**
 * What an image file's header says: its format and size in pixels as the picture is shown, read without decoding the
 * pixels.
 *
 * @param format {@code jpeg}, {@code png} or {@code svg}
 * @param width the width in pixels as shown (for an SVG, from its {@code width} or {@code viewBox}, else 0): a JPEG
 *     stored sideways, with an EXIF orientation that turns it a quarter, has its stored height
 * @param height the height in pixels, likewise
 * @param orientation how the stored pixels are turned to be shown, by EXIF's numbers ({@link ExifOrientation})
 */
public record ImageHeader(String format, int width, int height, int orientation) {

    /** A header for pixels shown as stored. */
    public ImageHeader(String format, int width, int height) {
        this(format, width, height, ExifOrientation.AS_STORED);
    }

    /** True for the formats that are resized; an SVG is copied as it is. */
    public boolean raster() {
        return !format.equals("svg");
    }

    /** The extension of the copies made of it: a PNG stays a PNG (it may have transparency), the rest are JPEG. */
    public String outputExtension() {
        return format.equals("png") ? "png" : format.equals("svg") ? "svg" : "jpg";
    }
}
