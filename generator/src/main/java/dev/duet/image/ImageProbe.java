package dev.duet.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads an image's format and size from its header alone, so that an image too large to decode safely is refused
 * before a pixel is read. Only JPEG, PNG and SVG are accepted; an SVG that could run script or load a document
 * (see {@link SvgProbe}) is refused, since a reader who opens it alone would run it on the site's origin.
 */
public final class ImageProbe {

    private final ImageSettings settings;

    public ImageProbe(ImageSettings settings) {
        this.settings = settings;
    }

    /** The outcome of a probe: the header, or why the file cannot be published. */
    public sealed interface Result {
    }

    /** A usable image. */
    public record Usable(ImageHeader header) implements Result {
    }

    /** A file that is not published, and why, in words for a problem's message. */
    public record Refused(String reason) implements Result {
    }

    /** Reads {@code bytes}, the whole file named {@code name}. */
    public Result probe(String name, byte[] bytes) {
        if (name.toLowerCase(Locale.ROOT).endsWith(".svg")) {
            return SvgProbe.probe(bytes);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return new Refused(otherFormat(bytes).map(format -> "it is " + (format.startsWith("A") ? "an " : "a ")
                        + format + " image; only JPEG, PNG and SVG are published: convert it")
                        .orElse("it is not an image Duet can read (JPEG, PNG or SVG)"));
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (format.equals("jpg")) {
                    format = "jpeg";
                }
                if (!format.equals("jpeg") && !format.equals("png")) {
                    return new Refused("it is a " + format.toUpperCase(Locale.ROOT)
                            + " image; only JPEG, PNG and SVG are published: convert it");
                }
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    return new Refused("its header gives no size");
                }
                if ((long) width * height > settings.maxPixels()) {
                    return new Refused("it is " + width + "×" + height + " pixels (" + megapixels(width, height)
                            + " megapixels), more than the " + settings.maxPixels() / 1_000_000
                            + " megapixels Duet decodes; scale it down before adding it");
                }
                int orientation = format.equals("jpeg") ? ExifOrientation.of(bytes) : ExifOrientation.AS_STORED;
                return new Usable(ExifOrientation.swapsSides(orientation)
                        ? new ImageHeader(format, height, width, orientation)
                        : new ImageHeader(format, width, height, orientation));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return new Refused("its header cannot be read (" + e.getMessage() + "): the file is damaged or not an"
                    + " image");
        }
    }

    /**
     * The format of an image no reader here decodes, named from its first bytes: what phones and web exports write
     * (WebP, HEIC, AVIF), so that the message says what to convert.
     */
    private static Optional<String> otherFormat(byte[] bytes) {
        if (bytes.length >= 12 && JpegSegments.opensWith(bytes, 0, "RIFF")
                && JpegSegments.opensWith(bytes, 8, "WEBP")) {
            return Optional.of("WebP");
        }
        if (bytes.length >= 12 && JpegSegments.opensWith(bytes, 4, "ftyp")) {
            String brand = new String(bytes, 8, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (brand.equals("avif") || brand.equals("avis")) {
                return Optional.of("AVIF");
            }
            if (brand.startsWith("hei") || brand.startsWith("hev") || brand.equals("mif1") || brand.equals("msf1")) {
                return Optional.of("HEIC");
            }
        }
        return Optional.empty();
    }

    private static String megapixels(int width, int height) {
        return Long.toString(Math.round((double) width * height / 1_000_000));
    }

    /** The reason, when {@code result} refuses the image. */
    public static Optional<String> reason(Result result) {
        return result instanceof Refused refused ? Optional.of(refused.reason()) : Optional.empty();
    }
}
