package dev.duet.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageProbeTest {

    private static Optional<String> reason(String start) {
        byte[] bytes = java.util.Arrays.copyOf(start.getBytes(StandardCharsets.ISO_8859_1), 64);
        return ImageProbe.reason(new ImageProbe(ImageSettings.DEFAULT).probe("photo.jpg", bytes));
    }

    /** What phones and web exports write is named, so that the message says what to convert. */
    @Test
    void aWebpHeicOrAvifPictureIsNamed() {
        assertEquals(Optional.of("it is a WebP image; only JPEG, PNG and SVG are published: convert it"),
                reason("RIFF\0\0\0\0WEBPVP8 "));
        assertEquals(Optional.of("it is a HEIC image; only JPEG, PNG and SVG are published: convert it"),
                reason("\0\0\0\u0018ftypheic"));
        assertEquals(Optional.of("it is an AVIF image; only JPEG, PNG and SVG are published: convert it"),
                reason("\0\0\0\u001cftypavif"));
        assertEquals(Optional.of("it is not an image Duet can read (JPEG, PNG or SVG)"), reason("hello, world"));
    }
}
