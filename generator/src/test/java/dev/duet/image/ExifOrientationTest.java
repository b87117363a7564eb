package dev.duet.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ExifOrientationTest {

    @Test
    void theOrientationIsReadInEitherByteOrderAndNothingElseIsTakenForIt() throws IOException {
        byte[] plain = TestImages.draw("jpg", 40, 20);
        assertEquals(1, ExifOrientation.of(plain));
        for (int orientation = 1; orientation <= 8; orientation++) {
            assertEquals(orientation, ExifOrientation.of(TestImages.withOrientation(plain, orientation, true)));
            assertEquals(orientation, ExifOrientation.of(TestImages.withOrientation(plain, orientation, false)));
        }
        assertEquals(1, ExifOrientation.of(TestImages.withOrientation(plain, 9, false)), "no such orientation");
        byte[] exif = TestImages.withOrientation(plain, 6, false);
        assertEquals(1, ExifOrientation.of(java.util.Arrays.copyOf(exif, 30)), "cut short in the EXIF segment");
        assertEquals(1, ExifOrientation.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0x7F}));
        assertEquals(1, ExifOrientation.of(TestImages.draw("png", 10, 10)));
    }

    /** Each orientation moves the stored picture's top-left corner where the EXIF standard says it is shown. */
    @Test
    void eachOrientationTurnsAndMirrorsThePixels() {
        BufferedImage stored = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        int corner = 0xff0000;
        stored.setRGB(0, 0, corner);
        // Where the stored top-left pixel is shown, for orientations 1 to 8, in the picture as shown.
        List<int[]> shownAt = List.of(new int[] {0, 0}, new int[] {2, 0}, new int[] {2, 1}, new int[] {0, 1},
                new int[] {0, 0}, new int[] {1, 0}, new int[] {1, 2}, new int[] {0, 2});
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage shown = ExifOrientation.apply(stored, orientation);
            boolean swapped = orientation >= 5;
            assertEquals(swapped ? 2 : 3, shown.getWidth(), "orientation " + orientation);
            assertEquals(swapped ? 3 : 2, shown.getHeight(), "orientation " + orientation);
            int[] at = shownAt.get(orientation - 1);
            assertEquals(corner, shown.getRGB(at[0], at[1]) & 0xffffff, "orientation " + orientation);
        }
    }

    /**
     * A CMYK JPEG, as print desks send them, keeps its colours: the JDK's own conversion of the inks washed an orange
     * of rgb(255, 155, 55), as browsers show the original, out to rgb(254, 205, 128).
     */
    @Test
    void aCmykPictureKeepsItsColours() throws IOException {
        byte[] cmyk;
        try (var in = getClass().getResourceAsStream("/images/cmyk-orange.jpg")) {
            cmyk = in.readAllBytes();
        }
        java.nio.file.Path cache = java.nio.file.Files.createTempDirectory("duet-cmyk");
        ImageVariants variants = new ImageVariants(cache, ImageSettings.DEFAULT);
        ImageVariants.Made made = (ImageVariants.Made) variants.make("orange.jpg", cmyk,
                "fedcba9876543210fedcba9876543210");
        BufferedImage copy = ImageIO.read(new ByteArrayInputStream(variants.bytes(made.picture().variants().get(0)
                .path())));
        int rgb = copy.getRGB(copy.getWidth() / 2, copy.getHeight() / 2);
        int[] channels = {rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff};
        int[] expected = {255, 155, 55};
        for (int i = 0; i < 3; i++) {
            assertEquals(true, Math.abs(channels[i] - expected[i]) <= 6, java.util.Arrays.toString(channels));
        }
    }

    /** A phone picture stored sideways is published upright: its header's size and every copy are turned. */
    @Test
    void aPictureStoredSidewaysIsPublishedUpright() throws IOException {
        byte[] sideways = TestImages.withOrientation(TestImages.draw("jpg", 1200, 800), 6, true);
        ImageProbe.Result probed = new ImageProbe(ImageSettings.DEFAULT).probe("phone.jpg", sideways);
        ImageHeader header = ((ImageProbe.Usable) probed).header();
        assertEquals(List.of(800, 1200, 6), List.of(header.width(), header.height(), header.orientation()));

        java.nio.file.Path cache = java.nio.file.Files.createTempDirectory("duet-exif");
        ImageVariants variants = new ImageVariants(cache, ImageSettings.DEFAULT);
        ImageVariants.Made made = (ImageVariants.Made) variants.make("phone.jpg", sideways,
                "0123456789abcdef0123456789abcdef");
        assertEquals(List.of(800, 1200), List.of(made.picture().width(), made.picture().height()));
        for (Picture.Variant variant : made.picture().variants()) {
            BufferedImage copy = ImageIO.read(new ByteArrayInputStream(variants.bytes(variant.path())));
            assertEquals(variant.width(), copy.getWidth());
            assertEquals(variant.height(), copy.getHeight());
            assertEquals(true, copy.getHeight() > copy.getWidth(), variant.path());
        }
    }
}
